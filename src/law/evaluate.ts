/**
 * One milestone of one case, start to end: the rule version and its timing (`versions.ts`), whether and
 * when it was done, the adjustments in their order of precedence (`adjustments.ts`), the status on
 * `asOf` (`status.ts`) and the window. With a trace, the explanation steps are recorded in the same pass.
 */
import { formatIsoDate, type EpochDay } from '../calendar/days.js';
import { firstFrom, type CaseFacts, type Completion } from '../case/context.js';
import type { Status } from '../model/timeline-schema.js';
import type { CompiledRule, CompiledVersion } from '../rules/compiled.js';
import { adjust, type Draft } from './adjustments.js';
import type { Results } from './results.js';
import { statusOf } from './status.js';
import { timingDate, type TimingOut } from './timing.js';
import { selectChosen, selectVersion, type Chosen, type SelectionOut } from './versions.js';

/**
 * A milestone evaluated: its rule and version, its timing's outcome, its date after every adjustment, its
 * status. One object in its final shape, completed in place: the choice of version and the timing
 * write their outcome into it (`SelectionOut`), the adjustments change its `Draft` part. The engine
 * evaluates every milestone of a case into the same one (`evaluateInto`).
 */
export interface Evaluation extends Draft, SelectionOut {
  readonly rule: CompiledRule;
  readonly version: CompiledVersion;
  readonly windowStart: EpochDay | undefined;
  readonly completion: Completion | undefined;
  /** The date it was done (what later milestones read). */
  readonly completed: EpochDay | undefined;
  readonly status: Status | undefined;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** Completion: a `completed` event, or another event the rule says counts as doing it. */
function completionOf(f: CaseFacts, rule: CompiledRule, position: number, recurring: boolean): Completion | undefined {
  // A recurring milestone is the next occurrence: the recorded ones are its anchor, never its completion.
  let completion = recurring ? undefined : f.completionAt[position];
  const others = rule.behaviour.completedBy;
  if (others === undefined) return completion;
  for (let i = 0; i < others.length; i++) {
    const by = others[i]!;
    let alt: EpochDay | undefined;
    if (by.event === 'loonsanctie') alt = f.loonsancties[0]?.date;
    if (by.event === 'loonsanctie-hersteld') {
      const reports = f.eventDates.herstelmelding;
      const reported = reports.length === 0 ? undefined : reports[reports.length - 1];
      alt = reported === undefined ? undefined : firstFrom(f.herstel, reported);
    }
    if (by.event === 'verkorte-wachttijd' && f.verkorte !== undefined && (by.onlyWhenGranted !== true || f.verkorte.end !== undefined)) alt = f.verkorte.date;
    if (alt !== undefined && (completion === undefined || alt < completion.date)) completion = { date: alt, via: by.event };
  }
  return completion;
}

/** A draft to evaluate into (`evaluateInto`): every field present, so that all drafts have one shape. */
export function newDraft(): Mutable<Evaluation> {
  return {
    due: 0,
    countedDay: undefined,
    inherited: undefined,
    namedDay: false,
    extensions: undefined,
    notApplicable: undefined,
    onverwijld: false,
    deviation: undefined,
    rule: undefined!,
    version: undefined!,
    review: undefined,
    explanation: undefined,
    windowStart: undefined,
    completion: undefined,
    completed: undefined,
    status: undefined,
  };
}

/**
 * Evaluates `rule`, at `position` in the engine's rule order, for the case, into a draft of its own;
 * `adjustable`: the adjustments that can change a milestone of the case (`caseAdjustments`).
 */
export function evaluate(f: CaseFacts, results: Results, rule: CompiledRule, position: number, adjustable: number, explain: boolean): Evaluation | undefined {
  const ev = newDraft();
  return evaluateInto(ev, f, results, rule, position, adjustable, explain) ? ev : undefined;
}

/**
 * `evaluate` into `ev`, a draft the caller reuses for every milestone of a case (`newDraft`): every field
 * is written again here, and `false` means the milestone has no date in this case. The engine builds the
 * milestone and the results table's entry from the draft before it evaluates the next rule, so that a
 * case allocates one draft, not an object per milestone that is dropped once the timeline is made (a
 * kilobyte or two a case, which costs more in memory traffic than its stores). `chosen`: the version and
 * timing chosen once for the case's facts and the range of days its chain starts in, where that choice
 * does not depend on the case's own dates (`chosenForStarts`).
 */
export function evaluateInto(ev: Mutable<Evaluation>, f: CaseFacts, results: Results, rule: CompiledRule, position: number, adjustable: number, explain: boolean, chosen?: Chosen): boolean {
  ev.due = 0;
  ev.countedDay = undefined;
  ev.inherited = undefined;
  ev.namedDay = false;
  ev.extensions = undefined;
  ev.notApplicable = undefined;
  ev.onverwijld = false;
  ev.deviation = undefined;
  ev.rule = rule;
  ev.review = undefined;
  ev.explanation = undefined;
  ev.windowStart = undefined;
  ev.completion = undefined;
  ev.completed = undefined;
  ev.status = undefined;
  // The version chosen once for every case of these facts whose chain starts in the same range
  // (`chosenForStarts`): `selectVersion` would choose it too. With a trace, `selectVersion` records why.
  const version = chosen !== undefined && !explain ? selectChosen(f, results, rule, chosen, ev) : selectVersion(f, results, rule, explain, ev);
  if (version === undefined) return false;
  ev.version = version;
  if (ev.inherited !== undefined) ev.notApplicable = 'depends-on-not-applicable';
  // Written by the choice of version (TypeScript would still see the reset above).
  const steps = ev.explanation as Evaluation['explanation'];
  if (steps !== undefined) {
    const v = version.data;
    const selectDate = formatIsoDate(v.selectBy === 'due' ? ev.due : f.chain.start);
    steps.unshift({ step: 'rule', rule: rule.id, version: v.version, validFrom: v.validFrom, validTo: v.validTo, selectBy: v.selectBy, selectDate });
  }
  const completion = completionOf(f, rule, position, version.recurring);
  ev.completion = completion;
  ev.completed = completion?.date;
  adjust(ev, f, rule, version, completion, steps, adjustable);

  if (completion !== undefined) steps?.push({ step: 'completed', date: formatIsoDate(completion.date), via: completion.via });
  if (f.asOf !== undefined) {
    const status = ev.notApplicable !== undefined ? 'not-applicable' : statusOf(rule.behaviour.kind, ev.due, completion?.date, f.asOf);
    // An option whose day passed unused on asOf.
    if (status === 'not-applicable' && ev.notApplicable === undefined) ev.notApplicable = 'option-unused';
    ev.status = status;
    steps?.push({ step: 'status', status, asOf: formatIsoDate(f.asOf) });
  }
  if (ev.notApplicable !== undefined) steps?.push({ step: 'note', code: `not-applicable-${ev.notApplicable}` });

  if (version.window !== undefined) {
    // The window's own timing, in a draft of its own (rare: a few rules have one).
    const w: TimingOut = { due: 0, countedDay: undefined, inherited: undefined, namedDay: false, extensions: undefined };
    if (timingDate(f, results, version.window, rule.id, undefined, w) && w.due <= ev.due) ev.windowStart = w.due;
  }
  return true;
}
