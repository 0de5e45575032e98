/**
 * poortwachter: the Dutch statutory sickness-absence timeline (Wet verbetering poortwachter).
 *
 * ```ts
 * import { computeTimeline, explainMilestone } from 'poortwachter';
 * const t = computeTimeline({ firstSickDay: '2025-01-06', asOf: '2025-03-01' }, { explain: true });
 * console.log(explainMilestone(t, 'probleemanalyse'));
 * ```
 *
 * The main entry holds what users call: computing (`computeTimeline`, `safeComputeTimeline`,
 * `createEngine`), the errors, explanations, the output formats, the input's JSON Schema and the types.
 * It does not load zod (its import costs more than a whole cold start may): the zod schemas, the input's
 * `caseInputSchema` included, and the rule vocabulary are in `poortwachter/schema`; the scenario helper
 * is `poortwachter/testing`.
 */
import { computeWith, safeComputeWith } from './defaults.js';
import type { ComputeOptions, EngineOptions, SafeResult } from './engine.js';
import type { CaseInput } from './case/schema.js';
import type { Timeline } from './model/timeline-schema.js';

export { createEngine } from './engine.js';
export type { Engine, EngineOptions, ComputeOptions, SafeResult } from './engine.js';
export { EVENT_TYPES } from './case/events.js';
export { MAX_EVENTS } from './case/fields.js';
export type { CaseInput, CaseEvent, CaseOptions, EventType } from './case/schema.js';
export type { MilestoneId, CustomMilestoneIds } from './model/milestone-ids.js';
export { STATUSES } from './model/values.js';
export type { Timeline, Milestone, Period, ExplanationStep, Extension, Status, Receipt } from './model/timeline-schema.js';
export type { Basis, Label } from './model/primitives.js';
export type { RuleFile, RuleVersion, Timing, Condition } from './rules/schema.js';
export { PoortwachterError, InvalidInputError, InvalidRuleError, UnknownMilestoneError, InternalError, formatPath } from './errors.js';
export type { Issue, IssuePath } from './errors.js';
export { explainMilestone, explainMilestoneLines } from './explain/render.js';
export type { ExplainOptions, Locale } from './explain/render.js';
export { REGIMES } from './rules/law.js';
export type { Regime } from './rules/law.js';
export { toICalendar } from './output/ical.js';
export type { ICalendarOptions } from './output/ical.js';
export { toSvg } from './output/svg.js';
export type { SvgOptions } from './output/svg.js';
export { renderTable, renderMarkdown } from './output/text.js';
export type { TableOptions } from './output/text.js';
export { caseInputJsonSchema } from './json-schema.js';
export { diffTimelines } from './compare/diff.js';
export type { TimelineChange, JsonValue } from './compare/diff.js';
export { agenda } from './batch/agenda.js';
export type { AgendaItem, AgendaOptions } from './batch/agenda.js';
export type { JsonSchema } from './json-schema.js';

/**
 * Computes the statutory timeline of a case. Throws a `PoortwachterError` (an `InvalidInputError`
 * listing every problem) on bad input. `{ explain: true }` records every milestone's explanation in the
 * same pass (for `explainMilestone`); `{ rules }` adds a rule pack of your own (the engine built for a
 * pack is kept for that same array, so pass the same array again, or use `createEngine({ rules })`).
 */
export function computeTimeline(input: CaseInput, options?: EngineOptions & ComputeOptions): Timeline {
  return computeWith(input, options);
}

/** Like `computeTimeline`, but never throws: `{ success: true, data }` or `{ success: false, error }`. */
export function safeComputeTimeline(input: unknown, options?: EngineOptions & ComputeOptions): SafeResult {
  return safeComputeWith(input, options);
}
