/**
 * The formats of the law as data: a milestone's rule file (`rules/milestones/*.json`, or an entry of a
 * caller's rule pack), the cited sources (`rules/sources.json`, every article text once), and the dated
 * constants of the law (`rules/parameters.json`). A rule is one milestone: its legal metadata, the
 * json-rules-engine conditions that decide whether it applies to a case, and its versions, each valid on
 * a half-open interval `[validFrom, validTo)` of dates. Every field carries a description, so the shipped
 * `rule.schema.json` documents itself in an editor.
 */
import * as z from 'zod';
import { ruleSchemas, type RuleSchemas } from './schema-build.js';

export { AFTER_EVENT_TYPES, FACT_NAMES, FACTS, INTERVAL_OPTIONS, OPERATORS, type AfterEventType, type FactName, type OperatorName } from './vocabulary.js';
export { DATED_WETTEN_URL, PUBLICATION_PATTERN, type Condition, type Parameter, type PlainTiming, type RuleFile, type RuleVersion, type SourcesFile, type Timing } from './schema-build.js';

// Typed by the builder's type, so that the declaration files state each schema's type once.
// Built here, when this module is imported (poortwachter/schema, the build's check); the engine itself
// builds them only for a rule pack (`ruleSchemas`).
const schemas = ruleSchemas(z);
export const conditionSchema: RuleSchemas['conditionSchema'] = schemas.conditionSchema;
export const topLevelConditionSchema: RuleSchemas['topLevelConditionSchema'] = schemas.topLevelConditionSchema;
export const plainTimingSchema: RuleSchemas['plainTimingSchema'] = schemas.plainTimingSchema;
export const timingSchema: RuleSchemas['timingSchema'] = schemas.timingSchema;
export const sourceKeySchema: RuleSchemas['sourceKeySchema'] = schemas.sourceKeySchema;
export const versionSchema: RuleSchemas['versionSchema'] = schemas.versionSchema;
export const ruleSchema: RuleSchemas['ruleSchema'] = schemas.ruleSchema;
export const sourcesFileSchema: RuleSchemas['sourcesFileSchema'] = schemas.sourcesFileSchema;
export const parameterSchema: RuleSchemas['parameterSchema'] = schemas.parameterSchema;
export const aowAgeTableSchema: RuleSchemas['aowAgeTableSchema'] = schemas.aowAgeTableSchema;
export const parametersFileSchema: RuleSchemas['parametersFileSchema'] = schemas.parametersFileSchema;
export const regimesFileSchema: RuleSchemas['regimesFileSchema'] = schemas.regimesFileSchema;
