/**
 * JSON Schemas generated from the zod schemas (zod 4's `z.toJSONSchema`), for systems that do not use
 * TypeScript and for editors. They are also shipped as files: `poortwachter/case.schema.json` and
 * `poortwachter/rule.schema.json` (written by `npm run build`, checked by a test).
 */
import { z } from 'zod';
import { caseInputSchema } from './input-schema.js';
import { ruleSchema } from './rule-schema.js';

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
