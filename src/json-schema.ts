/**
 * The JSON Schemas of the case input and of a rule file, for systems that do not use TypeScript and for
 * editors. They are generated from the zod schemas by `npm run schemas` (scripts/schemas.mjs) and shipped
 * as files (`poortwachter/case.schema.json`, `poortwachter/rule.schema.json`); a test fails when they
 * drift from the schemas.
 */
import caseSchemaFile from '../schema/case.schema.json';
import ruleSchemaFile from '../schema/rule.schema.json';
import { deepFreeze } from './rules/freeze.js';

/** A JSON Schema document (draft 2020-12). */
export type JsonSchema = Readonly<Record<string, unknown>>;

/** The JSON Schema of the case input, for systems that do not use TypeScript (the shipped file). */
export const caseInputJsonSchema: JsonSchema = deepFreeze(caseSchemaFile);
/** The JSON Schema of a rule file (`rules/milestones/*.json`, or a rule pack entry) (the shipped file). */
export const ruleJsonSchema: JsonSchema = deepFreeze(ruleSchemaFile);
