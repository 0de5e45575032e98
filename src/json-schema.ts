/**
 * The JSON Schemas of the case input and of a rule file, for systems that do not use TypeScript and for
 * editors. They are generated from the zod schemas by `npm run schemas` (scripts/schemas.mjs) and shipped
 * as files (`poortwachter/case.schema.json`, `poortwachter/rule.schema.json`); a test fails when they
 * drift from the schemas. The rule schema (100 KB) is in `rule-json-schema.ts`, reached only from the
 * `poortwachter/schema` subpath, so that importing the main entry does not load it.
 */
import caseSchemaFile from '../schema/case.schema.json';
import { deepFreeze } from './rules/freeze.js';

/** A JSON Schema document (draft 2020-12). */
export type JsonSchema = Readonly<Record<string, unknown>>;

/** The JSON Schema of the case input, for systems that do not use TypeScript (the shipped file). */
export const caseInputJsonSchema: JsonSchema = deepFreeze(caseSchemaFile);
