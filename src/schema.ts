/**
 * `poortwachter/schema`: the zod schemas and JSON Schemas of everything poortwachter reads and writes
 * (case input, events, rule files, sources, parameters, timeline), and the vocabulary of the rule format
 * (labels, facts, operators). For validating data in your own code, and for tools.
 */
export { caseInputSchema, caseEventSchema, caseOptionsSchema, EVENT_TYPES, MAX_EVENTS } from './case/schema.js';
export { isoDateSchema, milestoneIdSchema, basisSchema, labelSchema, LABELS } from './model/primitives.js';
export { timelineSchema, milestoneSchema, periodSchema, extensionSchema, explanationStepSchema, statusSchema, STATUSES, NOT_APPLICABLE_REASONS, EXTENSION_CAUSES } from './model/timeline-schema.js';
export { ruleSchema, versionSchema, timingSchema, conditionSchema, sourcesFileSchema, parametersFileSchema, FACTS, OPERATORS } from './rules/schema.js';
export { caseInputJsonSchema } from './json-schema.js';
export { ruleJsonSchema } from './rule-json-schema.js';
export type { JsonSchema } from './json-schema.js';
