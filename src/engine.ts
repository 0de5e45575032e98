/**
 * The engine: rules loaded and compiled once (`createEngine`), then every case computed synchronously
 * (`engine.compute`). Applicability is decided once per distinct set of case facts and memoised; all
 * date arithmetic is on epoch days; each date is formatted once, on the way out.
 */
import { BUILTIN_RULE_FILES } from './builtin-rules.js';
import { addMonths, formatIsoDate, parseIsoDate, type EpochDay } from './days.js';
import { InternalError, InvalidInputError, PoortwachterError, type Issue } from './errors.js';
import { firstWorkingDayFrom } from './holidays.js';
import { caseEventSchema, caseInputSchema, isoDateSchema, MAX_EVENTS, type CaseEvent, type CaseInput } from './input-schema.js';
import { buildChain, dateOfCountedDay, skippedBefore, countedDaysUpTo, type Chain, type Interval, type StateEvent } from './periods.js';
import { regimeFor, WVP_START, type Regime } from './regimes.js';
import { compileRule, orderRules, type CompiledRule, type CompiledVersion } from './rule-loader.js';
import type { FactName, Timing } from './rule-schema.js';
import type { ExplanationStep, Milestone, Status, Timeline } from './timeline-schema.js';
import { zodIssues } from './zod-issues.js';

export interface EngineOptions {
  /**
   * Extra rules in the same JSON format as `rules/*.json` (a company's own absence protocol). They are
   * validated like the built-in ones, must carry the label `own`, and cannot run code.
   */
  readonly rules?: readonly unknown[];
}

export type SafeResult = { success: true; data: Timeline } | { success: false; error: PoortwachterError };

export interface Engine {
  /** Computes the timeline; throws an `InvalidInputError` (a `PoortwachterError`) on bad input. */
  compute(input: CaseInput): Timeline;
  /** Never throws, whatever it is given. */
  safeCompute(input: unknown): SafeResult;
  /** The milestone ids this engine knows. */
  readonly milestoneIds: readonly string[];
}

type NotApplicable = NonNullable<Milestone['notApplicable']>;

/** What one milestone came to, before formatting. */
interface Computed {
  version: string;
  due: EpochDay;
  completed: EpochDay | undefined;
  notApplicable: NotApplicable | undefined;
}

interface Completion {
  date: EpochDay;
  via: string;
}

/** Everything about one case that the rules need, derived once from the input. */
interface CaseContext {
  input: CaseInput;
  chain: Chain;
  regime: Regime;
  asOf: EpochDay | undefined;
  completions: Map<string, Completion>;
  evaluations: EpochDay[];
  deviations: Map<string, { due: EpochDay; reason: string }>;
  employmentEnd: EpochDay | undefined;
  loonsancties: Array<{ date: EpochDay; weeks: number }>;
  herstel: EpochDay[];
  verlenging: { date: EpochDay; until: EpochDay } | undefined;
  verkorte: { date: EpochDay; end: EpochDay | undefined } | undefined;
  leave: Interval[];
  computed: Map<string, Computed>;
  /** The last day of the wachttijd without a verkorte wachttijd (base of wage payment). */
  standardWachttijdEnd: EpochDay | undefined;
  review: Array<{ milestone: string; reason: string }>;
}

/** WIA 123b(1): the late-application extension applies to those incapacitated from 2004-08-15. */
const LATE_APPLICATION_FROM = parseIsoDate('2004-08-15')!;

function eventDate(e: NonNullable<CaseInput['events']>[number]): { date: string; field: string } {
  if (e.type === 'pregnancy-leave') return { date: e.start, field: 'start' };
  if (e.type === 'deviation') return { date: e.due, field: 'due' };
  return { date: e.date, field: 'date' };
}

/**
 * The valid parts of an input the schema rejected: a valid first sick day and asOf, and each event that
 * passes on its own (at its own index; `undefined` where it does not).
 */
function salvage(raw: unknown): CaseInput {
  const obj = typeof raw === 'object' && raw !== null && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {};
  const date = (v: unknown): string | undefined => (isoDateSchema.safeParse(v).success ? (v as string) : undefined);
  const rawEvents = Array.isArray(obj.events) ? obj.events.slice(0, MAX_EVENTS) : [];
  const events = rawEvents.map((e) => {
    const r = caseEventSchema.safeParse(e);
    return r.success ? r.data : undefined;
  });
  return {
    firstSickDay: date(obj.firstSickDay) ?? '',
    asOf: date(obj.asOf),
    events: events as CaseEvent[],
  };
}

export function createEngine(options: EngineOptions = {}): Engine {
  const compiled: CompiledRule[] = BUILTIN_RULE_FILES.map((f) => compileRule(f.file, f.data, true));
  (options.rules ?? []).forEach((raw, i) => {
    compiled.push(compileRule(`rules[${i}]${typeof (raw as { id?: unknown })?.id === 'string' ? ` (${(raw as { id: string }).id})` : ''}`, raw, false));
  });
  const rules = orderRules(compiled);
  const ruleById = new Map(rules.map((r) => [r.id, r]));
  const milestoneIds = rules.map((r) => r.id);
  const applicableMemo = new Map<string, CompiledRule[]>();

  function applicableRules(facts: Record<FactName, string | boolean>): CompiledRule[] {
    const key = `${facts.regime}|${+facts.pregnancyRelated}${+facts.noRiskPolis}${+facts.vangnet}${+facts.employmentEnded}${+facts.vrijwilligeVerlenging}${+facts.loonsanctie}${+facts.verkorteWachttijd}`;
    let list = applicableMemo.get(key);
    if (list === undefined) {
      list = rules.filter((r) => r.applies(facts));
      applicableMemo.set(key, list);
    }
    return list;
  }

  function buildContext(raw: unknown): CaseContext {
    const parsed = caseInputSchema.safeParse(raw);
    // On a schema error, the parts that are valid are still checked, so that one error lists every problem.
    const issues: Issue[] = parsed.success ? [] : zodIssues(parsed.error);
    const input: CaseInput = parsed.success ? parsed.data : salvage(raw);
    const firstSickDay = parseIsoDate(input.firstSickDay);
    if (firstSickDay === undefined) throw new InvalidInputError(issues);
    if (input.firstSickDay < WVP_START) {
      issues.push({ code: 'before_wvp', path: ['firstSickDay'], message: `${input.firstSickDay} is before ${WVP_START}, when the Wet verbetering poortwachter took effect; poortwachter does not compute earlier law` });
    }
    const asOf = input.asOf === undefined ? undefined : parseIsoDate(input.asOf)!;
    if (asOf !== undefined && asOf < firstSickDay) {
      issues.push({ code: 'as_of_before_first_sick_day', path: ['asOf'], message: `asOf ${input.asOf} is before the first sick day ${input.firstSickDay}` });
    }
    const events: ReadonlyArray<CaseEvent | undefined> = input.events ?? [];
    const stateEvents: StateEvent[] = [];
    const leave: Array<Interval & { index: number }> = [];
    const deviations = new Map<string, { due: EpochDay; reason: string }>();
    let employmentEnd: { date: EpochDay; index: number } | undefined;
    let verlenging: { date: EpochDay; until: EpochDay; index: number } | undefined;
    let verkorte: { date: EpochDay; end: EpochDay | undefined; index: number } | undefined;
    const loonsancties: Array<{ date: EpochDay; weeks: number }> = [];
    const herstel: Array<{ date: EpochDay; index: number }> = [];

    events.forEach((e, index) => {
      if (e === undefined) return; // rejected by the schema already
      const { date: text, field } = eventDate(e);
      const date = parseIsoDate(text)!;
      if (date < firstSickDay) {
        issues.push({ code: 'event_before_first_sick_day', path: ['events', index, field], message: `${e.type} on ${text} is before the first sick day ${input.firstSickDay}` });
        return;
      }
      switch (e.type) {
        case 'completed':
          if (!ruleById.has(e.milestone)) issues.push({ code: 'unknown_milestone', path: ['events', index, 'milestone'], message: `unknown milestone '${e.milestone}'; known: ${milestoneIds.join(', ')}` });
          break;
        case 'recovered':
        case 'sick':
          stateEvents.push({ kind: e.type, date, index });
          break;
        case 'pregnancy-leave': {
          const end = parseIsoDate(e.end)!;
          if (end < date) issues.push({ code: 'leave_end_before_start', path: ['events', index, 'end'], message: `pregnancy leave ends (${e.end}) before it starts (${e.start})` });
          else leave.push({ start: date, end, index });
          break;
        }
        case 'deviation': {
          const rule = ruleById.get(e.milestone);
          if (rule === undefined) issues.push({ code: 'unknown_milestone', path: ['events', index, 'milestone'], message: `unknown milestone '${e.milestone}'` });
          else if (rule.data.deviable !== true) issues.push({ code: 'not_deviable', path: ['events', index, 'milestone'], message: `the term of '${e.milestone}' cannot be departed from; only ${rules.filter((r) => r.data.deviable === true).map((r) => r.id).join(' and ')} can (Regeling procesgang art 5)` });
          else if (deviations.has(e.milestone)) issues.push({ code: 'duplicate_deviation', path: ['events', index], message: `a second deviation for '${e.milestone}': record one agreed term` });
          else deviations.set(e.milestone, { due: date, reason: e.reason });
          break;
        }
        case 'employment-ended':
          if (employmentEnd !== undefined) issues.push({ code: 'duplicate_employment_end', path: ['events', index], message: 'employment can end only once' });
          else employmentEnd = { date, index };
          break;
        case 'loonsanctie':
          loonsancties.push({ date, weeks: e.weeks });
          break;
        case 'loonsanctie-hersteld':
          herstel.push({ date, index });
          break;
        case 'vrijwillige-verlenging': {
          const until = parseIsoDate(e.until)!;
          if (until < date) issues.push({ code: 'verlenging_before_decision', path: ['events', index, 'until'], message: `the extension ends (${e.until}) before UWV's decision (${e.date})` });
          // Several decisions (extended further, shortened): the latest decision sets the end (WIA 24(2)).
          else if (verlenging === undefined || date > verlenging.date) verlenging = { date, until, index };
          else if (date === verlenging.date) issues.push({ code: 'conflicting_events', path: ['events', index], message: 'two vrijwillige-verlenging decisions on the same day' });
          break;
        }
        case 'verkorte-wachttijd': {
          if (verkorte !== undefined) {
            issues.push({ code: 'duplicate_verkorte_wachttijd', path: ['events', index], message: 'a verkorte wachttijd can be applied for only once (WIA 66(2))' });
            break;
          }
          const end = e.end === undefined ? undefined : parseIsoDate(e.end)!;
          verkorte = { date, end, index };
          break;
        }
        case 'partially-recovered':
          break;
      }
    });
    leave.sort((a, b) => a.start - b.start);
    for (let i = 1; i < leave.length; i++) {
      if (leave[i]!.start <= leave[i - 1]!.end) {
        issues.push({ code: 'overlapping_leave', path: ['events', leave[i]!.index], message: `pregnancy leave from ${formatIsoDate(leave[i]!.start)} overlaps the leave that ends ${formatIsoDate(leave[i - 1]!.end)}` });
      }
    }
    loonsancties.sort((a, b) => a.date - b.date);
    for (const h of herstel) {
      if (!loonsancties.some((l) => l.date <= h.date)) {
        issues.push({ code: 'herstel_without_loonsanctie', path: ['events', h.index], message: 'a finding that a loonsanctie shortcoming is repaired, without a loonsanctie decided on or before it' });
      }
    }
    if (issues.length > 0) throw new InvalidInputError(issues);

    const chain = buildChain(firstSickDay, stateEvents, leave, issues);
    if (issues.length > 0) throw new InvalidInputError(issues);
    const regime = regimeFor(formatIsoDate(chain.start));
    if (regime === undefined) {
      throw new InvalidInputError([{ code: 'before_wvp', path: ['firstSickDay'], message: `the current chain starts ${formatIsoDate(chain.start)}, before ${WVP_START}` }]);
    }
    // Events of earlier chains (four weeks or more fit in between) do not belong to this one.
    const inChain = (d: EpochDay): boolean => d >= chain.start;
    const completions = new Map<string, Completion>();
    const evaluations: EpochDay[] = [];
    events.forEach((e) => {
      if (e?.type !== 'completed') return;
      const d = parseIsoDate(e.date)!;
      if (!inChain(d)) return;
      if (e.milestone === 'evaluatie') evaluations.push(d);
      const prev = completions.get(e.milestone);
      if (prev === undefined || d < prev.date) completions.set(e.milestone, { date: d, via: 'completed' });
    });
    evaluations.sort((a, b) => a - b);

    if (verkorte !== undefined && verkorte.end !== undefined) {
      const weeks = (verkorte.end - chain.start + 1) / 7;
      if (verkorte.end < verkorte.date + 70) issues.push({ code: 'verkorte_wachttijd_too_early', path: ['events', verkorte.index, 'end'], message: 'a verkorte wachttijd ends at least ten weeks after the application (WIA 23(6))' });
      if (weeks < 13 || weeks > 78) issues.push({ code: 'verkorte_wachttijd_length', path: ['events', verkorte.index, 'end'], message: `a verkorte wachttijd lasts 13 to 78 weeks (WIA 23(6)); this one would last ${Math.round(weeks * 10) / 10}` });
    }
    if (issues.length > 0) throw new InvalidInputError(issues);

    return {
      input,
      chain,
      regime,
      asOf,
      completions,
      evaluations,
      deviations,
      employmentEnd: employmentEnd !== undefined && inChain(employmentEnd.date) ? employmentEnd.date : undefined,
      loonsancties: loonsancties.filter((l) => inChain(l.date)),
      herstel: herstel.filter((h) => inChain(h.date)).map((h) => h.date).sort((a, b) => a - b),
      verlenging: verlenging !== undefined && inChain(verlenging.date) ? verlenging : undefined,
      verkorte: verkorte !== undefined && inChain(verkorte.date) ? verkorte : undefined,
      leave,
      computed: new Map(),
      standardWachttijdEnd: undefined,
      review: [],
    };
  }

  function countedDayStep(ctx: CaseContext, k: number, steps: ExplanationStep[]): { date: EpochDay; beyond: boolean } {
    const r = dateOfCountedDay(ctx.chain, k);
    const { gapDays, leaveDays } = skippedBefore(ctx.chain, r.date);
    steps.push({ step: 'counted-day', day: k, firstSickDay: formatIsoDate(ctx.chain.start), date: formatIsoDate(r.date), gapDays, leaveDays, projected: r.beyond });
    return r;
  }

  /** The date a timing gives, or `undefined` when it depends on a milestone this case does not have. */
  function timingDate(
    ctx: CaseContext,
    timing: Timing,
    steps: ExplanationStep[],
  ): { due: EpochDay; countedDay?: number; inherited?: NotApplicable } | undefined {
    const chain = ctx.chain;
    switch (timing.type) {
      case 'countedDay':
        return { due: countedDayStep(ctx, timing.day, steps).date, countedDay: timing.day };
      case 'afterMilestone': {
        const ref = ctx.computed.get(timing.milestone);
        if (ref === undefined) return undefined;
        const recorded = timing.from === 'due' ? undefined : ref.completed;
        const base = recorded ?? ref.due;
        steps.push({ step: 'after-milestone', milestone: timing.milestone, days: timing.days, from: formatIsoDate(base), source: recorded !== undefined ? 'recorded' : 'due' });
        return { due: base + timing.days, inherited: ref.notApplicable };
      }
      case 'beforeEnd': {
        if (ctx.verlenging !== undefined) {
          steps.push({ step: 'before-end', weeks: timing.weeks, endDay: timing.endDay, extendedUntil: formatIsoDate(ctx.verlenging.until) });
          return { due: ctx.verlenging.until - 7 * timing.weeks };
        }
        steps.push({ step: 'before-end', weeks: timing.weeks, endDay: timing.endDay });
        const k = timing.endDay - 7 * timing.weeks;
        return { due: countedDayStep(ctx, k, steps).date, countedDay: k };
      }
      case 'months': {
        // Month terms run on the calendar from day 1; the counted day they reach is then moved by gaps.
        const raw = addMonths(chain.start, timing.months) - 1 + timing.offsetDays;
        const k = raw - chain.start + 1;
        steps.push({ step: 'months', months: timing.months, offsetDays: timing.offsetDays, firstSickDay: formatIsoDate(chain.start), date: formatIsoDate(raw) });
        return { due: countedDayStep(ctx, k, steps).date, countedDay: k };
      }
      case 'monthsBeforeEnd': {
        const end = countedDayStep(ctx, timing.endDay, steps).date;
        const due = addMonths(end, -timing.months);
        steps.push({ step: 'months-before-end', months: timing.months, endDate: formatIsoDate(end), date: formatIsoDate(due) });
        return { due };
      }
      case 'endOfWachttijd': {
        const r = countedDayStep(ctx, timing.day, steps);
        ctx.standardWachttijdEnd = r.date;
        if (ctx.verkorte?.end !== undefined) {
          steps.push({ step: 'verkorte-wachttijd', application: formatIsoDate(ctx.verkorte.date), end: formatIsoDate(ctx.verkorte.end) });
          return { due: ctx.verkorte.end };
        }
        return { due: r.date, countedDay: timing.day };
      }
      case 'endOfWagePayment':
        return { due: wagePaymentEnd(ctx, steps) };
      case 'recurring': {
        const ref = ctx.computed.get(timing.after);
        if (ref === undefined) return undefined;
        const every = ctx.input.options?.evaluationIntervalDays ?? timing.everyDays;
        let last: EpochDay | undefined;
        for (const d of ctx.evaluations) if (ctx.asOf === undefined || d <= ctx.asOf) last = d;
        const base = last ?? ref.completed ?? ref.due;
        steps.push({ step: 'recurring', everyDays: every, from: formatIsoDate(base), source: last !== undefined ? 'recorded-evaluation' : ref.completed !== undefined ? 'recorded' : 'due' });
        return { due: base + every, inherited: ref.notApplicable };
      }
      case 'employmentEnd':
        if (ctx.employmentEnd === undefined) return undefined;
        steps.push({ step: 'employment-end', date: formatIsoDate(ctx.employmentEnd) });
        return { due: ctx.employmentEnd };
    }
  }

  /** BW 7:629(1),(11); WIA 24, 25(9)-(14): the end of the wachttijd plus every extension. */
  function wagePaymentEnd(ctx: CaseContext, steps: ExplanationStep[]): EpochDay {
    const base = ctx.standardWachttijdEnd ?? dateOfCountedDay(ctx.chain, 728).date;
    let end = base;
    const extend = (cause: Extract<ExplanationStep, { step: 'extension' }>['cause'], to: EpochDay): void => {
      steps.push({ step: 'extension', cause, days: to - end, from: formatIsoDate(end + 1), to: formatIsoDate(to) });
      end = to;
    };
    steps.push({ step: 'note', code: 'wage-base', params: { date: formatIsoDate(base) } });
    if (ctx.verkorte?.end !== undefined) steps.push({ step: 'note', code: 'verkorte-wachttijd-wage' });

    // A late 13th-week report extended wage payment by the delay (old BW 7:629(11)(a), before 2008-08-01).
    const melding = ctx.computed.get('ziekmelding-uwv');
    if (melding !== undefined && melding.version === '13e-weeksmelding') {
      if (melding.completed !== undefined && melding.completed > melding.due) extend('late-ziekmelding', end + (melding.completed - melding.due));
      else if (melding.completed === undefined && ctx.asOf !== undefined && ctx.asOf > melding.due) steps.push({ step: 'note', code: 'late-ziekmelding-pending' });
    }

    if (ctx.verlenging !== undefined) extend('vrijwillige-verlenging', ctx.verlenging.until);

    const application = ctx.computed.get('wia-aanvraag');
    if (application !== undefined && ctx.chain.start >= LATE_APPLICATION_FROM && ctx.regime.id !== 'wao-2002') {
      const made = ctx.completions.get('wia-aanvraag');
      if (made !== undefined && made.date > application.due) {
        const letter = ctx.completions.get('wia-brief');
        const letterDue = ctx.computed.get('wia-brief')?.due;
        const report = ctx.completions.get('ziekmelding-uwv')?.date;
        // WIA 64(6), second sentence: no protection if the 42e-weeksmelding was not made before week 81 was complete.
        const reportedInTime = report !== undefined && report < dateOfCountedDay(ctx.chain, 567).date;
        if (letter === undefined) {
          steps.push({ step: 'note', code: 'wia-brief-assumed-in-time' });
          extend('late-wia-aanvraag', end + (made.date - application.due));
        } else if (letterDue !== undefined && letter.date > letterDue && reportedInTime && made.date <= letter.date + 28) {
          steps.push({ step: 'note', code: 'wia-aanvraag-deemed-timely', params: { letter: formatIsoDate(letter.date) } });
        } else {
          if (letterDue !== undefined && letter.date > letterDue && !reportedInTime) steps.push({ step: 'note', code: 'wia-aanvraag-no-protection' });
          extend('late-wia-aanvraag', end + (made.date - application.due));
        }
      } else if (made === undefined && ctx.asOf !== undefined && ctx.asOf > application.due && application.notApplicable === undefined) {
        steps.push({ step: 'note', code: 'wia-aanvraag-late-pending' });
      }
    }

    for (const sanction of ctx.loonsancties) {
      if (sanction.date > end) {
        steps.push({ step: 'note', code: 'loonsanctie-too-late', params: { date: formatIsoDate(sanction.date) } });
        continue;
      }
      let start = end + 1;
      // Pregnancy leave at the start postpones the period; leave during it interrupts it (WIA 25(9)).
      for (const l of ctx.leave) if (l.start <= start && l.end >= start) start = l.end + 1;
      let last = start + 7 * sanction.weeks - 1;
      for (const l of ctx.leave) {
        if (l.start > start && l.start <= last) last += l.end - l.start + 1;
      }
      const repaired = ctx.herstel.find((h) => h >= sanction.date);
      if (repaired !== undefined) {
        steps.push({ step: 'note', code: 'loonsanctie-hersteld', params: { date: formatIsoDate(repaired) } });
        last = Math.min(last, repaired + 42);
      }
      if (last > end) extend('loonsanctie', last);
    }

    if (ctx.employmentEnd !== undefined && ctx.employmentEnd < end) {
      steps.push({ step: 'employment-end', date: formatIsoDate(ctx.employmentEnd) });
      end = ctx.employmentEnd;
    }
    return end;
  }

  /** Picks the rule version and computes its timing. */
  function selectVersion(
    ctx: CaseContext,
    rule: CompiledRule,
  ): { version: CompiledVersion; result: NonNullable<ReturnType<typeof timingDate>>; steps: ExplanationStep[]; review?: string } | undefined {
    const start = ctx.chain.start;
    for (const v of rule.versions) {
      if (v.data.selectBy === 'firstSickDay') {
        if (start < v.from || start >= v.to) continue;
        const steps: ExplanationStep[] = [];
        const result = timingDate(ctx, v.data.timing, steps);
        return result === undefined ? undefined : { version: v, result, steps };
      }
      // Selected by the day it falls due: a version that ended before the chain began cannot apply.
      if (v.to <= start) continue;
      const steps: ExplanationStep[] = [];
      const result = timingDate(ctx, v.data.timing, steps);
      if (result === undefined) return undefined;
      if (result.due >= v.from && result.due < v.to) {
        const review = v.from > start
          ? `The first sick day ${formatIsoDate(start)} lies before ${v.data.validFrom}, when version '${v.data.version}' of this rule took effect; the deadline falls under it, but the transitional law of that change is not modelled: check it.`
          : undefined;
        return { version: v, result, steps, review };
      }
    }
    // No version claims the date (a deadline that moved across a change): use the one in force on day 1.
    const fallback = rule.versions.find((v) => start >= v.from && start < v.to) ?? rule.versions[rule.versions.length - 1]!;
    const steps: ExplanationStep[] = [];
    const result = timingDate(ctx, fallback.data.timing, steps);
    if (result === undefined) return undefined;
    return { version: fallback, result, steps, review: `No version of this rule covers both the first sick day and the deadline; version '${fallback.data.version}' (in force on the first sick day) was used: check it.` };
  }

  function statusOf(kind: 'action' | 'option' | 'moment', due: EpochDay, completed: EpochDay | undefined, asOf: EpochDay): Status {
    const done = completed !== undefined && completed <= asOf ? completed : undefined;
    if (kind === 'moment') return asOf > due ? 'done' : 'open';
    if (done !== undefined) return done <= due ? 'done' : 'done-late';
    if (asOf <= due) return 'open';
    return kind === 'action' ? 'overdue' : 'not-applicable';
  }

  function milestoneFor(ctx: CaseContext, rule: CompiledRule): Milestone | undefined {
    const selected = selectVersion(ctx, rule);
    if (selected === undefined) return undefined;
    const { version, result, steps } = selected;
    const data = rule.data;
    const v = version.data;
    const explanation: ExplanationStep[] = [
      { step: 'rule', rule: rule.id, version: v.version, validFrom: v.validFrom, validTo: v.validTo, selectBy: v.selectBy, selectDate: formatIsoDate(v.selectBy === 'due' ? result.due : ctx.chain.start) },
      ...steps,
    ];
    let due = result.due;
    let countedDay = result.countedDay;
    let notApplicable: NotApplicable | undefined = result.inherited === undefined ? undefined : 'depends-on-not-applicable';
    let onverwijld: boolean | undefined;
    let deviation: { reason: string } | undefined;

    // Completion: a `completed` event, or another event that counts as doing it.
    let completion = ctx.completions.get(rule.id);
    for (const by of data.completedBy ?? []) {
      let alt: EpochDay | undefined;
      if (by.event === 'loonsanctie') alt = ctx.loonsancties[0]?.date;
      if (by.event === 'verkorte-wachttijd' && ctx.verkorte !== undefined && (by.onlyWhenGranted !== true || ctx.verkorte.end !== undefined)) alt = ctx.verkorte.date;
      if (alt !== undefined && (completion === undefined || alt < completion.date)) completion = { date: alt, via: by.event };
    }

    const dev = ctx.deviations.get(rule.id);
    if (dev !== undefined) {
      due = dev.due;
      countedDay = undefined;
      deviation = { reason: dev.reason };
      explanation.push({ step: 'deviation', due: formatIsoDate(dev.due), reason: dev.reason });
    } else if (data.onverwijld === true && completion === undefined && ctx.chain.periods.length > 1) {
      // Regeling art 2(3): the counted days passed the term in an earlier period that was itself shorter
      // than the term (so long absence was not apparent then); the current period makes the absence
      // long, so the analysis is due without delay from its first day.
      const current = ctx.chain.periods[ctx.chain.periods.length - 1]!;
      const passedIn = ctx.chain.periods.find((p) => p.start <= due && due <= p.end);
      if (due < current.start && passedIn !== undefined && passedIn.end - passedIn.start + 1 < (result.countedDay ?? Infinity)) {
        due = current.start;
        countedDay = undefined;
        onverwijld = true;
        explanation.push({ step: 'onverwijld', since: formatIsoDate(current.start) });
      }
    }

    if (data.uwvWorkingDayLeniency === true && ctx.input.options?.ziekmeldingUwv === 'uwv-eerste-werkdag') {
      const shifted = firstWorkingDayFrom(due);
      explanation.push({ step: 'note', code: 'uwv-eerste-werkdag', params: { from: formatIsoDate(due), to: formatIsoDate(shifted) } });
      if (shifted !== due) countedDay = undefined;
      due = shifted;
    }

    // End of employment (ZW 38(2)): the Ziektewet takes over.
    const end = ctx.employmentEnd;
    if (end !== undefined && data.onEmploymentEnd !== undefined && completion === undefined) {
      const effect = data.onEmploymentEnd;
      if (effect === 'not-applicable-after' && due > end) notApplicable ??= 'employment-ended';
      else if (effect === 'due-on-last-day' && end < due) {
        due = end;
        countedDay = undefined;
        explanation.push({ step: 'employment-end', date: formatIsoDate(end) });
      } else if (effect === 'due-on-last-day-after-6-weeks') {
        if (end - ctx.chain.start >= 42) {
          if (end < due) {
            due = end;
            countedDay = undefined;
            explanation.push({ step: 'employment-end', date: formatIsoDate(end) });
          }
        } else if (due > end) notApplicable ??= 'employment-ended';
      }
    }

    const verkorteEnd = ctx.verkorte?.end;
    if (verkorteEnd !== undefined && data.onVerkorteWachttijd !== undefined) {
      if (data.onVerkorteWachttijd === 'not-applicable' || (data.onVerkorteWachttijd === 'not-applicable-after' && due > verkorteEnd)) notApplicable ??= 'verkorte-wachttijd';
    }

    // Recovered for good so far: what the chain never reached no longer applies.
    if (ctx.chain.closed && completion === undefined) {
      const lastSickDay = ctx.chain.periods[ctx.chain.periods.length - 1]!.end;
      if (due > lastSickDay) notApplicable ??= 'recovered';
    }

    ctx.computed.set(rule.id, { version: v.version, due, completed: completion?.date, notApplicable });
    if (completion !== undefined) explanation.push({ step: 'completed', date: formatIsoDate(completion.date), via: completion.via });

    let status: Status | undefined;
    if (ctx.asOf !== undefined) {
      status = notApplicable !== undefined ? 'not-applicable' : statusOf(data.kind, due, completion?.date, ctx.asOf);
      explanation.push({ step: 'status', status, asOf: formatIsoDate(ctx.asOf) });
    }
    if (notApplicable !== undefined) explanation.push({ step: 'note', code: `not-applicable-${notApplicable}` });

    let windowStart: string | undefined;
    if (v.window !== undefined) {
      const w = timingDate(ctx, v.window, []);
      if (w !== undefined && w.due <= due) windowStart = formatIsoDate(w.due);
    }
    if (selected.review !== undefined) ctx.review.push({ milestone: rule.id, reason: selected.review });

    const m: Milestone = {
      id: rule.id,
      title: v.title ?? data.title,
      kind: data.kind,
      responsible: data.responsible,
      label: data.label,
      due: formatIsoDate(due),
      rule: { id: rule.id, version: v.version, validFrom: v.validFrom, validTo: v.validTo, selectBy: v.selectBy },
      basis: v.basis,
      explanation,
    };
    if (windowStart !== undefined) m.windowStart = windowStart;
    if (countedDay !== undefined) m.countedDay = countedDay;
    if (status !== undefined) m.status = status;
    if (completion !== undefined) m.completed = formatIsoDate(completion.date);
    if (notApplicable !== undefined) m.notApplicable = notApplicable;
    if (onverwijld) m.onverwijld = true;
    if (deviation !== undefined) m.deviation = deviation;
    if (selected.review !== undefined) m.review = selected.review;
    return m;
  }

  function compute(raw: unknown): Timeline {
    const ctx = buildContext(raw);
    const pregnancyRelated = ctx.input.pregnancyRelated === true;
    const noRiskPolis = ctx.input.noRiskPolis === true;
    const facts: Record<FactName, string | boolean> = {
      regime: ctx.regime.id,
      pregnancyRelated,
      noRiskPolis,
      vangnet: pregnancyRelated || noRiskPolis,
      employmentEnded: ctx.employmentEnd !== undefined,
      vrijwilligeVerlenging: ctx.verlenging !== undefined,
      loonsanctie: ctx.loonsancties.length > 0,
      verkorteWachttijd: ctx.verkorte?.end !== undefined,
    };
    if (ctx.verlenging !== undefined && ctx.verlenging.until <= dateOfCountedDay(ctx.chain, ctx.regime.id === 'wao-2002' ? 364 : 728).date) {
      const index = (ctx.input.events ?? []).findIndex((e) => e.type === 'vrijwillige-verlenging' && e.until === formatIsoDate(ctx.verlenging!.until));
      throw new InvalidInputError([{ code: 'verlenging_before_end', path: ['events', index, 'until'], message: `a vrijwillige verlenging must end after the wachttijd (last day ${formatIsoDate(dateOfCountedDay(ctx.chain, 728).date)}); ${formatIsoDate(ctx.verlenging.until)} does not` }]);
    }
    const milestones: Milestone[] = [];
    const dues: number[] = [];
    for (const rule of applicableRules(facts)) {
      const m = milestoneFor(ctx, rule);
      if (m === undefined) continue;
      milestones.push(m);
      dues.push(ctx.computed.get(rule.id)!.due);
    }
    const order = milestones.map((_, i) => i).sort((a, b) => dues[a]! - dues[b]! || a - b);
    const sorted = order.map((i) => milestones[i]!);

    const wachttijd = ctx.computed.get('einde-wachttijd')?.due ?? dateOfCountedDay(ctx.chain, 728).date;
    const wage = ctx.computed.get('einde-loondoorbetaling')?.due ?? wachttijd;
    const chain = ctx.chain;
    const partial = (ctx.input.events ?? [])
      .filter((e) => e.type === 'partially-recovered')
      .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : (a.percentage ?? -1) - (b.percentage ?? -1)));
    const timeline: Timeline = {
      firstSickDay: formatIsoDate(chain.start),
      regime: ctx.regime.id,
      regimeTitle: ctx.regime.title,
      lastDayOfWachttijd: formatIsoDate(wachttijd),
      wiaStart: formatIsoDate(wachttijd + 1),
      endOfWagePayment: formatIsoDate(wage),
      periods: chain.periods.map((p, i) => {
        const prev = chain.periods[i - 1];
        const within = partial.filter((e) => {
          const d = parseIsoDate(e.date)!;
          return d >= p.start && d <= p.end;
        });
        return {
          start: formatIsoDate(p.start),
          end: p.end === Infinity ? null : formatIsoDate(p.end),
          countedDays: p.end === Infinity ? null : countedDaysUpTo(chain, p.end) - countedDaysUpTo(chain, p.start - 1),
          gapBefore: prev === undefined ? null : { start: formatIsoDate(prev.end + 1), end: formatIsoDate(p.start - 1), days: p.gapBefore },
          partialRecoveries: within.map((e) => (e.percentage === undefined ? { date: e.date } : { date: e.date, percentage: e.percentage })),
        };
      }),
      leave: chain.leave.map((l) => ({ start: formatIsoDate(l.start), end: formatIsoDate(l.end), days: l.end - l.start + 1 })),
      earlierChains: chain.earlierChainStarts.map(formatIsoDate),
      milestones: sorted,
      review: ctx.review,
    };
    if (ctx.input.caseId !== undefined) timeline.caseId = ctx.input.caseId;
    if (ctx.asOf !== undefined) {
      timeline.asOf = formatIsoDate(ctx.asOf);
      timeline.countedDaysAsOf = countedDaysUpTo(chain, ctx.asOf);
    }
    return timeline;
  }

  return {
    compute(input) {
      try {
        return compute(input);
      } catch (e) {
        // Nothing but a PoortwachterError leaves the engine: a bug of ours is still an error value.
        throw e instanceof PoortwachterError ? e : new InternalError(e);
      }
    },
    safeCompute(input) {
      try {
        return { success: true, data: compute(input) };
      } catch (e) {
        return { success: false, error: e instanceof PoortwachterError ? e : new InternalError(e) };
      }
    },
    milestoneIds,
  };
}
