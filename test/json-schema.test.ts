// The JSON Schema files in schema/ are generated from the zod schemas; this test fails when they drift.
// Regenerate with `npm run schemas`.
import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { z } from 'zod';
import { caseInputJsonSchema, caseInputSchema, ruleJsonSchema, ruleSchema } from '../src/index.js';
import { scenarioSchema } from '../src/testing.js';

// Date checks and cross-field rules are code (refinements); the JSON Schema states the shapes.
function generate(schema: z.ZodType, id: string, title: string): Record<string, unknown> {
  return { ...(z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>), $id: id, title };
}

const files = {
  'schema/case.schema.json': generate(caseInputSchema, 'https://poortwachter.dev/schema/case.schema.json', 'poortwachter case input'),
  'schema/rule.schema.json': generate(ruleSchema, 'https://poortwachter.dev/schema/rule.schema.json', 'poortwachter rule file'),
  'schema/scenario.schema.json': { ...(z.toJSONSchema(scenarioSchema, { io: 'input', unrepresentable: 'any' }) as object), title: 'poortwachter scenario' },
};

describe('JSON Schema files', () => {
  for (const [file, generated] of Object.entries(files)) {
    test(`${file} matches the zod schema`, () => {
      const text = `${JSON.stringify(generated, null, 2)}\n`;
      if (process.env.UPDATE_SCHEMAS === '1') writeFileSync(file, text);
      expect(readFileSync(file, 'utf8')).toBe(text);
    });
  }

  // In update mode the imported module still holds the old files; the next plain run checks this.
  test.skipIf(process.env.UPDATE_SCHEMAS === '1')('the exported schemas are the files', () => {
    expect(caseInputJsonSchema).toEqual(files['schema/case.schema.json']);
    expect(ruleJsonSchema).toEqual(files['schema/rule.schema.json']);
  });

  test('the case schema describes the public input', () => {
    const s = caseInputJsonSchema as { required: string[]; properties: Record<string, unknown> };
    expect(s.required).toEqual(['firstSickDay']);
    expect(Object.keys(s.properties)).toEqual(expect.arrayContaining(['firstSickDay', 'asOf', 'events', 'options']));
  });
});
