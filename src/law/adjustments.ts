/**
 * What happens to a milestone's date after its timing, as a named list in order of precedence. Each
 * adjustment reads the case facts and changes only the draft of this one milestone.
 *
 * 1. `deviation-or-onverwijld`: a reasoned deviation (Regeling procesgang art 5) replaces the term
 *    outright; only without one can the term be due "onverwijld" (art 2(3)), because an agreed term is
 *    the employer's and employee's own answer to the same situation.
 * 2. `algemene-termijnenwet`: a short forward term set in a law (the version says `atw`) that ends on a
 *    Saturday, Sunday or Atw holiday runs to the next day that is not (Atw 1(1)); it applies to the term
 *    the law sets, so after a deviation (an agreed date, not a statutory term) it does not, nor on a day
 *    the law names instead of a term (the last day of employment, ZW 38a(3)).
 * 3. `uwv-eerste-werkdag`: UWV's working-day leniency (a case option) moves whatever date the law gives.
 * 4. `employment-end` (ZW 38(2)): the Ziektewet takes over; the milestone moves to the last day or no
 *    longer applies. A milestone already done keeps its date, and so does a duty an eigenrisicodrager
 *    for the Ziektewet keeps towards the former employee (WIA 26(2)).
 * 5. `aow-age` (BW 7:658a since 2016): for an employee who has reached the AOW age the plan van aanpak
 *    and its evaluations lapse from the AOW date (rules with `onAowAge`).
 * 6. `verkorte-wachttijd` (WIA 23(6), 66): the employer's later duties lapse.
 * 7. `recovered`: what the chain never reached no longer applies (unless the rule says `onRecovery:
 *    'still-due'`: a report about a sickness that has ended).
 *
 * For `notApplicable` the first reason wins (`??=`): the end of employment, then the AOW age, then the
 * verkorte wachttijd, then recovery; a milestone that follows one that does not apply inherits that first.
 */
import { formatIsoDate, type EpochDay } from '../calendar/days.js';
import { firstWorkingDayFrom } from '../calendar/holidays.js';
import type { Interval } from '../case/chain.js';
import type { CaseFacts, Completion } from '../case/context.js';
import type { Trace } from '../explain/trace.js';
import type { CompiledRule, CompiledVersion, RuleBehaviour } from '../rules/compiled.js';
import type { NotApplicable } from './results.js';

/** What an adjustment may change: the milestone's date so far, and why it would not apply. */
export interface Draft {
  due: EpochDay;
  countedDay: number | undefined;
  notApplicable: NotApplicable | undefined;
  onverwijld: boolean;
  deviation: { reason: string } | undefined;
  /** The timing gave a day the law names (the last day of employment), not the end of a term. */
  namedDay: boolean;
}

/**
 * What it reads: the draft (the timing's outcome so far), the case, the rule, the completion; and the
 * trace. `concerns` says from the rule alone whether it can ever change the rule's milestone (a rule
 * that cannot be deviated from, a term the Atw does not govern): decided once per rule version when the
 * rule is compiled. `inCase` says from the case alone whether it can change any milestone of the case
 * (no end of employment, no recovery, …): decided once per case (`caseAdjustments`). `apply` runs only
 * for the versions it concerns in the cases it is in (`adjust`), so it does not test again what
 * `concerns` tested; it may test again what `inCase` tested (a necessary condition, cheaper than a call
 * per milestone: most adjustments have nothing to do in most cases).
 */
interface Adjustment {
  readonly name: string;
  concerns(b: RuleBehaviour, version: { readonly atw: boolean }): boolean;
  inCase(facts: CaseFacts): boolean;
  apply(d: Draft, facts: CaseFacts, rule: CompiledRule, completion: Completion | undefined, steps: Trace, version: CompiledVersion): void;
}

/**
 * The period that holds `day`. A loop in a function of its own: `find` with an arrow over the draft in
 * `apply` would put the draft in a context object that every call of `apply` allocates.
 */
function periodOn(periods: readonly Interval[], day: EpochDay): Interval | undefined {
  for (let i = 0; i < periods.length; i++) if (periods[i]!.start <= day && day <= periods[i]!.end) return periods[i];
  return undefined;
}

/** The adjustments, in their order of precedence (see the module comment). */
export const ADJUSTMENTS: readonly Adjustment[] = Object.freeze([
  {
    name: 'deviation-or-onverwijld',
    concerns: (b) => b.deviable || b.onverwijld,
    // A deviation to apply, or an earlier period in which the term could have passed.
    inCase: (facts) => facts.deviations.size > 0 || facts.chain.periods.length >= 2,
    apply(d, facts, rule, completion, steps) {
      const dev = rule.behaviour.deviable ? facts.deviations.get(rule.id) : undefined;
      if (dev !== undefined) {
        d.due = dev.due;
        d.countedDay = undefined;
        d.deviation = { reason: dev.reason };
        steps?.push({ step: 'deviation', due: formatIsoDate(dev.due), reason: dev.reason });
        return;
      }
      const periods = facts.chain.periods;
      if (!rule.behaviour.onverwijld || completion !== undefined || periods.length < 2) return;
      // Regeling art 2(3): the counted days passed the term in an earlier period that was itself shorter
      // than the term (so long absence was not apparent then); the current period makes the absence long,
      // so the milestone is due without delay from its first day.
      const current = periods[periods.length - 1]!;
      const passedIn = periodOn(periods, d.due);
      // The draft's countedDay is still the timing's own here: this is the first adjustment.
      if (d.due < current.start && passedIn !== undefined && passedIn.end - passedIn.start + 1 < (d.countedDay ?? Infinity)) {
        steps?.push({ step: 'onverwijld', since: formatIsoDate(current.start), day: d.countedDay ?? 0 });
        d.due = current.start;
        d.countedDay = undefined;
        d.onverwijld = true;
      }
    },
  },
  {
    name: 'algemene-termijnenwet',
    concerns: (_b, version) => version.atw,
    // Whether a date falls on a weekend or holiday depends on the milestone.
    inCase: () => true,
    apply(d, _facts, _rule, _completion, steps) {
      if (d.deviation !== undefined || d.namedDay) return;
      const end = firstWorkingDayFrom(d.due);
      if (end === d.due) return;
      steps?.push({ step: 'note', code: 'algemene-termijnenwet', params: { from: formatIsoDate(d.due), to: formatIsoDate(end) } });
      d.due = end;
      d.countedDay = undefined;
    },
  },
  {
    name: 'uwv-eerste-werkdag',
    concerns: (b) => b.uwvWorkingDayLeniency,
    inCase: (facts) => facts.input.options?.ziekmeldingUwv === 'uwv-eerste-werkdag',
    apply(d, facts, _rule, _completion, steps) {
      if (facts.input.options?.ziekmeldingUwv !== 'uwv-eerste-werkdag') return;
      const shifted = firstWorkingDayFrom(d.due);
      steps?.push({ step: 'note', code: 'uwv-eerste-werkdag', params: { from: formatIsoDate(d.due), to: formatIsoDate(shifted) } });
      if (shifted !== d.due) d.countedDay = undefined;
      d.due = shifted;
    },
  },
  {
    name: 'employment-end',
    concerns: (b) => b.onEmploymentEnd !== undefined,
    inCase: (facts) => facts.employmentEnd !== undefined,
    apply(d, facts, rule, completion, steps) {
      const end = facts.employmentEnd;
      const effect = rule.behaviour.onEmploymentEnd;
      if (end === undefined || completion !== undefined) return;
      // WIA 26(2): an eigenrisicodrager for the Ziektewet keeps these duties towards the former employee.
      if (rule.behaviour.keptByEigenrisicodragerZw && facts.ruleFacts.eigenrisicodragerZw) {
        steps?.push({ step: 'note', code: 'kept-by-eigenrisicodrager' });
        return;
      }
      const moveToLastDay = effect === 'due-on-last-day' || (effect === 'due-on-last-day-after-6-weeks' && end - facts.chain.start >= facts.law.employmentEndReportMinDays);
      if (moveToLastDay) {
        if (end < d.due) {
          d.due = end;
          d.countedDay = undefined;
          steps?.push({ step: 'employment-end', date: formatIsoDate(end) });
        }
      } else if (d.due > end) d.notApplicable ??= 'employment-ended';
    },
  },
  {
    name: 'aow-age',
    concerns: (b) => b.onAowAge !== undefined,
    inCase: (facts) => facts.aow !== undefined && facts.law.werkenNaAow,
    apply(d, facts, _rule, completion) {
      const aow = facts.aow;
      if (aow === undefined || !facts.law.werkenNaAow || completion !== undefined) return;
      if (d.due >= aow.date) d.notApplicable ??= 'aow-age';
    },
  },
  {
    name: 'verkorte-wachttijd',
    concerns: (b) => b.onVerkorteWachttijd !== undefined,
    inCase: (facts) => facts.verkorte?.end !== undefined,
    apply(d, facts, rule) {
      const end = facts.verkorte?.end;
      const effect = rule.behaviour.onVerkorteWachttijd;
      if (end === undefined) return;
      if (effect === 'not-applicable' || (effect === 'not-applicable-after' && d.due > end)) d.notApplicable ??= 'verkorte-wachttijd';
    },
  },
  {
    name: 'recovered',
    concerns: (b) => b.onRecovery !== 'still-due',
    inCase: (facts) => facts.chain.closed,
    apply(d, facts, _rule, completion) {
      if (!facts.chain.closed || completion !== undefined) return;
      const periods = facts.chain.periods;
      if (d.due > periods[periods.length - 1]!.end) d.notApplicable ??= 'recovered';
    },
  },
] satisfies Adjustment[]);

const [deviationOrOnverwijld, algemeneTermijnenwet, uwvEersteWerkdag, employmentEnd, aowAge, verkorteWachttijd, recovered] = ADJUSTMENTS as readonly [
  Adjustment,
  Adjustment,
  Adjustment,
  Adjustment,
  Adjustment,
  Adjustment,
  Adjustment,
];

/**
 * The adjustments that concern a rule version, as bits in the order of `ADJUSTMENTS` (the version's
 * `adjustments`, set when the rule is compiled).
 */
export function adjustmentMask(b: RuleBehaviour, version: { readonly atw: boolean }): number {
  let mask = 0;
  for (let i = 0; i < ADJUSTMENTS.length; i++) if (ADJUSTMENTS[i]!.concerns(b, version)) mask |= 1 << i;
  return mask;
}

/**
 * The adjustments that can change a milestone of the case, as bits in the order of `ADJUSTMENTS`: once
 * per case, for `adjust`.
 */
export function caseAdjustments(facts: CaseFacts): number {
  // One call site per adjustment, as in `adjust` (a loop would call seven functions from one site, for
  // every case); test/adjustments-in-case.test.ts holds it to each adjustment's own `inCase`.
  return (
    (deviationOrOnverwijld.inCase(facts) ? 1 : 0) |
    (algemeneTermijnenwet.inCase(facts) ? 2 : 0) |
    (uwvEersteWerkdag.inCase(facts) ? 4 : 0) |
    (employmentEnd.inCase(facts) ? 8 : 0) |
    (aowAge.inCase(facts) ? 16 : 0) |
    (verkorteWachttijd.inCase(facts) ? 32 : 0) |
    (recovered.inCase(facts) ? 64 : 0)
  );
}

/**
 * Applies every adjustment that concerns the rule version (its `adjustments` bits) and is in the case
 * (`inCase`: the bits of `caseAdjustments`), in the order of `ADJUSTMENTS` (taken from the list above by
 * position). One call site per adjustment keeps a batch's hot loop monomorphic; the bits keep it from
 * calling the ones with nothing to do.
 */
export function adjust(d: Draft, facts: CaseFacts, rule: CompiledRule, version: CompiledVersion, completion: Completion | undefined, steps: Trace, inCase: number): void {
  const m = version.adjustments & inCase;
  if ((m & 1) !== 0) deviationOrOnverwijld.apply(d, facts, rule, completion, steps, version);
  if ((m & 2) !== 0) algemeneTermijnenwet.apply(d, facts, rule, completion, steps, version);
  if ((m & 4) !== 0) uwvEersteWerkdag.apply(d, facts, rule, completion, steps, version);
  if ((m & 8) !== 0) employmentEnd.apply(d, facts, rule, completion, steps, version);
  if ((m & 16) !== 0) aowAge.apply(d, facts, rule, completion, steps, version);
  if ((m & 32) !== 0) verkorteWachttijd.apply(d, facts, rule, completion, steps, version);
  if ((m & 64) !== 0) recovered.apply(d, facts, rule, completion, steps, version);
}
