// schema/timeline.schema.json (shipped as `poortwachter/timeline.schema.json`) describes every timeline
// poortwachter computes: each scenario's timeline, with and without explanations, and the timelines of
// random cases validate against it, judged by Ajv (a JSON Schema 2020-12 validator, with ajv-formats for
// `format: date`), not by our own code. json-schema.test.ts keeps the file in step with the zod schema.
import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { computeTimeline, safeComputeTimeline, type Timeline } from '../src/index.js';
import { loadScenarios } from '../src/testing.js';
import { buildCase, caseShape } from './arbitraries.js';

const schema = JSON.parse(readFileSync('schema/timeline.schema.json', 'utf8')) as Record<string, unknown>;
// strict, but `type: ['string', 'number']` is plain JSON Schema (zod writes it for a union of the two).
const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });
addFormats(ajv);
const validate = ajv.compile(schema);

function errorsOf(t: unknown): string[] {
  return validate(t) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message ?? ''}`);
}

const scenarios = loadScenarios('test/scenarios').filter((s) => s.expectError === undefined);

describe('the timeline JSON Schema', () => {
  test('is a valid JSON Schema 2020-12 document whose $id names the shipped file', () => {
    expect(ajv.validateSchema(schema)).toBe(true);
    expect(schema.$id).toBe('https://poortwachter.dev/schema/timeline.schema.json');
  });

  test(`every scenario's timeline validates, with and without explanations (${scenarios.length} scenarios)`, () => {
    expect(scenarios.length).toBeGreaterThan(50);
    const failures: string[] = [];
    for (const s of scenarios) {
      for (const explain of [false, true]) {
        const t = computeTimeline(s.input as never, { explain, ...(s.rules === undefined ? {} : { rules: s.rules }) });
        for (const e of errorsOf(t)) failures.push(`${s.name} (explain: ${explain}): ${e}`);
      }
    }
    expect(failures).toEqual([]);
  });

  test('the timelines of random cases validate', () => {
    fc.assert(
      fc.property(caseShape, fc.boolean(), (s, explain) => {
        const r = safeComputeTimeline(buildCase(s), { explain });
        if (r.success) expect(errorsOf(r.data)).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  test('it refuses what a timeline never holds: an unknown field, an unknown status, an impossible date, a missing field', () => {
    const t: Timeline = computeTimeline({ firstSickDay: '2026-03-02', asOf: '2026-06-01' });
    const [first, ...rest] = t.milestones;
    const { milestones: _, ...withoutMilestones } = t;
    expect(errorsOf(t)).toEqual([]);
    expect(errorsOf({ ...t, extra: 1 })).not.toEqual([]);
    expect(errorsOf({ ...t, milestones: [{ ...first, status: 'late' }, ...rest] })).not.toEqual([]);
    expect(errorsOf({ ...t, endOfWagePayment: '2028-02-30' })).not.toEqual([]);
    expect(errorsOf(withoutMilestones)).not.toEqual([]);
  });
});
