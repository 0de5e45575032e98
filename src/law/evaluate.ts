/**
 * One milestone of one case, start to end: the rule version and its timing (`versions.ts`), whether and
 * when it was done, the adjustments in their order of precedence (`adjustments.ts`), the status on
 * `asOf` (`status.ts`) and the window. With a trace, the explanation steps are recorded in the same pass.
 */
import { formatIsoDate, type EpochDay } from '../calendar/days.js';
import type { CaseFacts, Completion } from '../case/context.js';
import type { ReviewNote } from '../model/timeline-schema.js';
import type { ExplanationStep, Status } from '../model/timeline-schema.js';
import type { CompiledRule, CompiledVersion } from '../rules/load.js';
import { adjust, type Draft } from './adjustments.js';
import type { Results } from './results.js';
import { statusOf } from './status.js';
import { timingDate, type TimingResult } from './timing.js';
import { selectVersion } from './versions.js';

/** A milestone evaluated: its rule and version, its date after every adjustment, its status. */
export interface Evaluation extends Draft {
  readonly rule: CompiledRule;
  readonly version: CompiledVersion;
  readonly result: TimingResult;
  readonly review: ReviewNote | undefined;
  readonly windowStart: EpochDay | undefined;
  readonly completion: Completion | undefined;
  /** The date it was done (what later milestones read). */
  readonly completed: EpochDay | undefined;
  readonly status: Status | undefined;
  /** With `explain` only. */
  readonly explanation: ExplanationStep[] | undefined;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** Completion: a `completed` event, or another event the rule says counts as doing it. */
function completionOf(f: CaseFacts, rule: CompiledRule, recurring: boolean): Completion | undefined {
  // A recurring milestone is the next occurrence: the recorded ones are its anchor, never its completion.
  let completion = recurring ? undefined : f.completions.get(rule.id);
  const others = rule.behaviour.completedBy;
  if (others === undefined) return completion;
  for (let i = 0; i < others.length; i++) {
    const by = others[i]!;
    let alt: EpochDay | undefined;
    if (by.event === 'loonsanctie') alt = f.loonsancties[0]?.date;
    if (by.event === 'loonsanctie-hersteld') {
      const reports = f.eventDates.herstelmelding;
      const reported = reports[reports.length - 1];
      alt = reported === undefined ? undefined : f.herstel.find((h) => h >= reported);
    }
    if (by.event === 'verkorte-wachttijd' && f.verkorte !== undefined && (by.onlyWhenGranted !== true || f.verkorte.end !== undefined)) alt = f.verkorte.date;
    if (alt !== undefined && (completion === undefined || alt < completion.date)) completion = { date: alt, via: by.event };
  }
  return completion;
}

export function evaluate(f: CaseFacts, results: Results, rule: CompiledRule, explain: boolean): Evaluation | undefined {
  const selected = selectVersion(f, results, rule, explain);
  if (selected === undefined) return undefined;
  const { version, result } = selected;
  let steps: ExplanationStep[] | undefined;
  if (explain) {
    const v = version.data;
    const selectDate = formatIsoDate(v.selectBy === 'due' ? result.due : f.chain.start);
    steps = [{ step: 'rule', rule: rule.id, version: v.version, validFrom: v.validFrom, validTo: v.validTo, selectBy: v.selectBy, selectDate }, ...selected.steps!];
  }
  const completion = completionOf(f, rule, version.recurring);
  // One object, built in its final shape and completed in place: the adjustments change its Draft part.
  const ev: Mutable<Evaluation> = {
    due: result.due,
    countedDay: result.countedDay,
    notApplicable: result.inherited === undefined ? undefined : 'depends-on-not-applicable',
    onverwijld: false,
    deviation: undefined,
    rule,
    version,
    result,
    review: selected.review,
    windowStart: undefined,
    completion,
    completed: completion?.date,
    status: undefined,
    explanation: steps,
  };
  adjust(ev, f, rule, version, result, completion, steps);

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
    const w = timingDate(f, results, version.window, rule.id, undefined);
    if (w !== undefined && w.due <= ev.due) ev.windowStart = w.due;
  }
  return ev;
}
