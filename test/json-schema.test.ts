// The JSON Schema files in schema/ are generated from the zod schemas (`npm run schemas`, which runs
// scripts/schemas.mjs); this test runs the same generation on the sources and fails when a file drifts.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
// @ts-expect-error: a plain ES module script without declarations
import { schemaFiles, text } from '../scripts/schemas.mjs';
import { caseInputJsonSchema, caseInputSchema, parametersFileSchema, ruleJsonSchema, ruleSchema, sourcesFileSchema, timelineSchema } from '../src/schema.js';
import { scenarioSchema } from '../src/testing.js';

const files = schemaFiles({ caseInputSchema, ruleSchema, sourcesFileSchema, parametersFileSchema, scenarioSchema, timelineSchema }) as Record<string, unknown>;

describe('JSON Schema files', () => {
  for (const [file, generated] of Object.entries(files)) {
    test(`${file} matches the zod schema (npm run schemas regenerates it)`, () => {
      expect(readFileSync(file, 'utf8')).toBe(text(generated));
    });
  }

  test('the exported schemas are the files', () => {
    expect(caseInputJsonSchema).toEqual(files['schema/case.schema.json']);
    expect(ruleJsonSchema).toEqual(files['schema/rule.schema.json']);
  });

  test('the case schema describes the public input', () => {
    const s = caseInputJsonSchema as { required: string[]; properties: Record<string, unknown> };
    expect(s.required).toEqual(['firstSickDay']);
    expect(Object.keys(s.properties)).toEqual(expect.arrayContaining(['firstSickDay', 'asOf', 'events', 'options']));
  });

  test('every field of the rule format is described, so an editor can show what it means', () => {
    const undescribed: string[] = [];
    const walk = (node: unknown, path: string, parentDescribed: boolean): void => {
      if (node === null || typeof node !== 'object') return;
      const n = node as Record<string, unknown>;
      const props = n.properties as Record<string, Record<string, unknown>> | undefined;
      if (props !== undefined) {
        for (const [k, v] of Object.entries(props)) {
          const described = typeof v.description === 'string' || (typeof v.$ref === 'string' && parentDescribed) || k === 'type';
          if (!described && !(Array.isArray(v.anyOf) && v.anyOf.some((x) => typeof (x as { description?: unknown }).description === 'string'))) undescribed.push(`${path}.${k}`);
          walk(v, `${path}.${k}`, described);
        }
      }
      for (const key of ['items', 'anyOf', 'oneOf', 'allOf', '$defs', 'additionalProperties']) {
        const child = n[key];
        if (Array.isArray(child)) child.forEach((c, i) => walk(c, `${path}.${key}[${i}]`, parentDescribed));
        else if (child !== undefined && typeof child === 'object') {
          if (key === '$defs') for (const [dk, dv] of Object.entries(child as object)) walk(dv, `${path}.$defs.${dk}`, true);
          else walk(child, `${path}.${key}`, parentDescribed);
        }
      }
    };
    walk(ruleJsonSchema, 'rule', true);
    expect(undescribed).toEqual([]);
  });
});
