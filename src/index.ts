/**
 * poortwachter: the Dutch statutory sickness-absence timeline (Wet verbetering poortwachter).
 *
 * ```ts
 * import { computeTimeline } from 'poortwachter';
 * const t = computeTimeline({ firstSickDay: '2025-01-06', asOf: '2025-03-01' });
 * ```
 */
import { createEngine, type Engine, type EngineOptions, type SafeResult } from './engine.js';
import { InternalError, PoortwachterError } from './errors.js';
import type { CaseInput } from './input-schema.js';
import type { Timeline } from './timeline-schema.js';

export { createEngine } from './engine.js';
export type { Engine, EngineOptions, SafeResult } from './engine.js';
export { caseInputSchema, caseEventSchema, caseOptionsSchema, isoDateSchema, EVENT_TYPES, MAX_EVENTS } from './input-schema.js';
export type { CaseInput, CaseEvent, CaseOptions } from './input-schema.js';
export { timelineSchema, milestoneSchema, periodSchema, explanationStepSchema, statusSchema, STATUSES } from './timeline-schema.js';
export type { Timeline, Milestone, Period, ExplanationStep, Status } from './timeline-schema.js';
export { ruleSchema, LABELS, FACTS, OPERATORS } from './rule-schema.js';
export type { RuleFile, RuleVersion, Timing, Basis, Condition } from './rule-schema.js';
export { PoortwachterError, InvalidInputError, InvalidRuleError, UnknownMilestoneError, InternalError, formatPath } from './errors.js';
export type { Issue, IssuePath } from './errors.js';
export { explainMilestone, explainMilestoneLines } from './explain.js';
export type { ExplainOptions, Locale } from './explain.js';
export { REGIMES, regimeFor } from './regimes.js';
export type { Regime } from './regimes.js';
export { atwHolidays, isWorkingDay, firstWorkingDayFrom } from './holidays.js';
export { toICalendar } from './ical.js';
export type { ICalendarOptions } from './ical.js';
export { toSvg } from './svg.js';
export type { SvgOptions } from './svg.js';
export { renderTable, renderMarkdown } from './render-text.js';
export { caseInputJsonSchema, ruleJsonSchema } from './json-schema.js';
export type { JsonSchema } from './json-schema.js';

let defaultEngine: Engine | undefined;

/** The shared engine of the built-in rules, created on first use. */
export function getDefaultEngine(): Engine {
  defaultEngine ??= createEngine();
  return defaultEngine;
}

/**
 * Computes the statutory timeline of a case. Throws a `PoortwachterError` (an `InvalidInputError`
 * listing every problem) on bad input. Pass `{ rules }` to add a rule pack of your own; for many cases
 * with the same pack, create the engine once with `createEngine({ rules })` instead.
 */
export function computeTimeline(input: CaseInput, options?: EngineOptions): Timeline {
  const engine = options?.rules !== undefined ? createEngine(options) : getDefaultEngine();
  return engine.compute(input);
}

/** Like `computeTimeline`, but never throws: `{ success: true, data }` or `{ success: false, error }`. */
export function safeComputeTimeline(input: unknown, options?: EngineOptions): SafeResult {
  let engine: Engine;
  try {
    engine = options?.rules !== undefined ? createEngine(options) : getDefaultEngine();
  } catch (e) {
    return { success: false, error: e instanceof PoortwachterError ? e : new InternalError(e) };
  }
  return engine.safeCompute(input);
}
