/**
 * One milestone of one case, start to end: the rule version and its timing (`versions.ts`), whether and
 * when it was done, the adjustments in their order of precedence (`adjustments.ts`), the status on
 * `asOf` (`status.ts`) and the window. With a trace, the explanation steps are recorded in the same pass.
 */
import { formatIsoDate, type EpochDay } from '../calendar/days.js';
import type { CaseFacts, Completion } from '../case/context.js';
import type { ExplanationStep, Status } from '../model/timeline-schema.js';
import type { CompiledRule, CompiledVersion } from '../rules/load.js';
import { ADJUSTMENTS, type Draft } from './adjustments.js';
import type { NotApplicable, Results } from './results.js';
import { statusOf } from './status.js';
import { timingDate, type TimingResult } from './timing.js';
import { selectVersion } from './versions.js';

export interface Evaluation {
  readonly rule: CompiledRule;
  readonly version: CompiledVersion;
  readonly result: TimingResult;
  readonly review: string | undefined;
  readonly due: EpochDay;
  readonly countedDay: number | undefined;
  readonly windowStart: EpochDay | undefined;
  readonly completion: Completion | undefined;
  readonly notApplicable: NotApplicable | undefined;
  readonly onverwijld: boolean;
  readonly deviation: { reason: string } | undefined;
  readonly status: Status | undefined;
  /** With `explain` only. */
  readonly explanation: ExplanationStep[] | undefined;
}

/** Completion: a `completed` event, or another event the rule says counts as doing it. */
function completionOf(f: CaseFacts, rule: CompiledRule, recurring: boolean): Completion | undefined {
  // A recurring milestone is the next occurrence: the recorded ones are its anchor, never its completion.
  let completion = recurring ? undefined : f.completions.get(rule.id);
  for (const by of rule.data.completedBy ?? []) {
    let alt: EpochDay | undefined;
    if (by.event === 'loonsanctie') alt = f.loonsancties[0]?.date;
    if (by.event === 'verkorte-wachttijd' && f.verkorte !== undefined && (by.onlyWhenGranted !== true || f.verkorte.end !== undefined)) alt = f.verkorte.date;
    if (alt !== undefined && (completion === undefined || alt < completion.date)) completion = { date: alt, via: by.event };
  }
  return completion;
}

export function evaluate(f: CaseFacts, results: Results, rule: CompiledRule, explain: boolean): Evaluation | undefined {
  const selected = selectVersion(f, results, rule, explain);
  if (selected === undefined) return undefined;
  const { version, result } = selected;
  const v = version.data;
  let steps: ExplanationStep[] | undefined;
  if (explain) {
    const selectDate = formatIsoDate(v.selectBy === 'due' ? result.due : f.chain.start);
    steps = [{ step: 'rule', rule: rule.id, version: v.version, validFrom: v.validFrom, validTo: v.validTo, selectBy: v.selectBy, selectDate }, ...selected.steps!];
  }
  const completion = completionOf(f, rule, v.timing.type === 'recurring');
  const draft: Draft = {
    due: result.due,
    countedDay: result.countedDay,
    notApplicable: result.inherited === undefined ? undefined : 'depends-on-not-applicable',
    onverwijld: false,
    deviation: undefined,
  };
  const input = { facts: f, rule, result, completion, steps };
  for (const a of ADJUSTMENTS) a.apply(draft, input);

  if (completion !== undefined) steps?.push({ step: 'completed', date: formatIsoDate(completion.date), via: completion.via });
  let status: Status | undefined;
  if (f.asOf !== undefined) {
    status = draft.notApplicable !== undefined ? 'not-applicable' : statusOf(rule.data.kind, draft.due, completion?.date, f.asOf);
    // An option whose day passed unused on asOf.
    if (status === 'not-applicable' && draft.notApplicable === undefined) draft.notApplicable = 'option-unused';
    steps?.push({ step: 'status', status, asOf: formatIsoDate(f.asOf) });
  }
  if (draft.notApplicable !== undefined) steps?.push({ step: 'note', code: `not-applicable-${draft.notApplicable}` });

  let windowStart: EpochDay | undefined;
  if (v.window !== undefined) {
    const w = timingDate(f, results, v.window, rule.id, undefined);
    if (w !== undefined && w.due <= draft.due) windowStart = w.due;
  }
  return {
    rule,
    version,
    result,
    review: selected.review,
    due: draft.due,
    countedDay: draft.countedDay,
    windowStart,
    completion,
    notApplicable: draft.notApplicable,
    onverwijld: draft.onverwijld,
    deviation: draft.deviation,
    status,
    explanation: steps,
  };
}
