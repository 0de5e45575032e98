// The JSON Schema files in schema/ are generated from the zod schemas; this test fails when they drift.
// Regenerate with `npm run schemas`.
import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { caseInputJsonSchema, ruleJsonSchema } from '../src/index.js';
import { getCaseInputJsonSchema, getRuleJsonSchema } from '../src/json-schema.js';
import { scenarioSchema } from '../src/testing.js';
import { z } from 'zod';

const files = {
  'schema/case.schema.json': getCaseInputJsonSchema(),
  'schema/rule.schema.json': getRuleJsonSchema(),
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
    expect(caseInputJsonSchema).toEqual(getCaseInputJsonSchema());
    expect(ruleJsonSchema).toEqual(getRuleJsonSchema());
  });

  test('the case schema describes the public input', () => {
    const s = caseInputJsonSchema as { required: string[]; properties: Record<string, unknown> };
    expect(s.required).toEqual(['firstSickDay']);
    expect(Object.keys(s.properties)).toEqual(expect.arrayContaining(['firstSickDay', 'asOf', 'events', 'options']));
  });
});
