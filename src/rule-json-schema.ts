/**
 * The JSON Schema of a rule file, for `poortwachter/schema` only (see `json-schema.ts`): 100 KB that an
 * import of the main entry should not have to load.
 */
import ruleSchemaFile from '../schema/rule.schema.json';
import type { JsonSchema } from './json-schema.js';
import { deepFreeze } from './rules/freeze.js';

/** The JSON Schema of a rule file (`rules/milestones/*.json`, or a rule pack entry) (the shipped file). */
export const ruleJsonSchema: JsonSchema = deepFreeze(ruleSchemaFile);
