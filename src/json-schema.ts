/**
 * JSON Schemas generated from the zod schemas (zod 4's `z.toJSONSchema`), for systems that do not use
 * TypeScript and for editors. They are also shipped as files: `poortwachter/case.schema.json` and
 * `poortwachter/rule.schema.json` (written by `npm run build`, checked by a test).
 */
import { z } from 'zod';
import caseSchemaFile from '../schema/case.schema.json';
import ruleSchemaFile from '../schema/rule.schema.json';
import { caseInputSchema } from './input-schema.js';
import { ruleSchema } from './rule-schema.js';

/** A JSON Schema document (draft 2020-12). */
export type JsonSchema = Readonly<Record<string, unknown>>;

/** The JSON Schema of the case input, for systems that do not use TypeScript (the shipped file). */
export const caseInputJsonSchema: JsonSchema = caseSchemaFile;
/** The JSON Schema of a rule file (`rules/*.json`, or a rule pack entry) (the shipped file). */
export const ruleJsonSchema: JsonSchema = ruleSchemaFile;

function generate(schema: z.ZodType, id: string, title: string): Record<string, unknown> {
  // Date checks and cross-field rules are code (refinements); the JSON Schema states the shapes.
  const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
  return { ...json, $id: id, title };
}

let caseSchema: Record<string, unknown> | undefined;
let rule: Record<string, unknown> | undefined;

/** The JSON Schema of the case input (`CaseInput`). */
export function getCaseInputJsonSchema(): Record<string, unknown> {
  caseSchema ??= generate(caseInputSchema, 'https://poortwachter.dev/schema/case.schema.json', 'poortwachter case input');
  return caseSchema;
}

/** The JSON Schema of a rule file (`rules/*.json`, or an entry of a rule pack). */
export function getRuleJsonSchema(): Record<string, unknown> {
  rule ??= generate(ruleSchema, 'https://poortwachter.dev/schema/rule.schema.json', 'poortwachter rule file');
  return rule;
}
