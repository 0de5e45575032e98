// The renderers and explainers read a timeline handed back to them without zod (src/model/timeline-check.ts
// interprets the shipped timeline.schema.json). These tests hold that reader to the zod schema it was
// generated from (`timelineSchema`, a stored 0.1 timeline without receipt allowed): on computed timelines
// and on the same timelines with a value replaced, removed or added anywhere, both give the same verdict,
// and when valid the same copy.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { computeTimeline, renderTable, safeComputeTimeline } from '../src/index.js';
import { checkTimeline } from '../src/model/timeline-check.js';
import { readTimeline } from '../src/model/read-timeline.js';
import { receiptSchema, timelineSchema } from '../src/model/timeline-schema.js';
import { buildCase, caseShape } from './arbitraries.js';

const RUNS = Number(process.env.POORTWACHTER_FUZZ_RUNS ?? 10_000);
const stored = timelineSchema.extend({ receipt: receiptSchema.optional() });

/** Both readers on one value: the same verdict, and when valid copies equal as data. */
function sameAsZod(value: unknown): boolean {
  const zod = stored.safeParse(value);
  const ours = checkTimeline(value);
  expect(ours.issues.length === 0, `zod: ${zod.success ? 'valid' : JSON.stringify(zod.error.issues.slice(0, 2))}; ours: ${JSON.stringify(ours.issues.slice(0, 2))}`).toBe(zod.success);
  if (zod.success) expect(ours.copy).toEqual(zod.data);
  return zod.success;
}

/** Every place in a JSON value: the paths of its objects' keys and arrays' items. */
function placesOf(v: unknown, path: Array<string | number> = [], out: Array<Array<string | number>> = []): Array<Array<string | number>> {
  out.push(path);
  if (Array.isArray(v)) v.forEach((x, i) => placesOf(x, [...path, i], out));
  else if (typeof v === 'object' && v !== null) for (const [k, x] of Object.entries(v)) placesOf(x, [...path, k], out);
  return out;
}

const junk = fc.oneof(
  fc.jsonValue({ maxDepth: 2 }),
  fc.constantFrom<unknown>(undefined, null, NaN, Infinity, -0, 0, 1.5, '', 'x', '2026-02-30', '2026-02-28', '1899-12-31', '2200-01-01', 'open', 'overdue', 'constructor', 'statute', 'own', 'recurring', 'rule', 'https://wetten.overheid.nl/BWBR0019057/2026-01-01', ' https://a.nl/x\t', 'not a url', 'BWBR0019057', 'BWBR1', 'a'.repeat(64), 'f'.repeat(64), [], {}, [1], { step: 'rule' }, { step: 'nope' }, true),
);

// The generated cases that the law refuses (a verlenging inside the wachttijd after many gaps) are left out.
const timelines = fc
  .tuple(caseShape, fc.boolean())
  .map(([s, explain]) => safeComputeTimeline(buildCase(s), { explain }))
  .filter((r) => r.success)
  .map((r) => JSON.parse(JSON.stringify(r.success ? r.data : null)) as Record<string, unknown>);

describe('reading a timeline without zod (src/model/timeline-check.ts)', () => {
  test('every computed timeline is valid and read as it is', () => {
    fc.assert(
      fc.property(timelines, (t) => {
        expect(sameAsZod(t)).toBe(true);
        expect(checkTimeline(t).copy).toStrictEqual(t);
      }),
      { numRuns: 300 },
    );
  });

  test(`the same verdict and copy as zod with values replaced, removed or added anywhere (${RUNS / 10} runs)`, () => {
    const edit = fc.record({ pick: fc.nat(), value: junk, how: fc.constantFrom('replace', 'remove', 'add') });
    fc.assert(
      fc.property(timelines, fc.array(edit, { minLength: 1, maxLength: 3 }), (t, edits) => {
        for (const { pick, value, how } of edits) {
          const places = placesOf(t).filter((p) => p.length > 0);
          const path = places[pick % places.length]!;
          const parent = path.slice(0, -1).reduce<any>((o, k) => o[k], t);
          const key = path[path.length - 1]!;
          if (how === 'remove') {
            if (Array.isArray(parent)) parent.splice(key as number, 1);
            else delete parent[key];
          } else if (how === 'add' && typeof parent === 'object' && !Array.isArray(parent)) parent[`extra${pick % 3}`] = value;
          else parent[key] = value;
        }
        sameAsZod(t);
      }),
      { numRuns: RUNS / 10 },
    );
  });

  test('anything at all is judged as zod judges it', () => {
    fc.assert(fc.property(fc.anything(), (v) => void sameAsZod(v)), { numRuns: 2000 });
  });

  test('a stored 0.1 timeline (no receipt) is read; an unknown field is left out; a bad value is named by its path', () => {
    const t = JSON.parse(JSON.stringify(computeTimeline({ firstSickDay: '2026-03-02', asOf: '2026-05-01' }))) as Record<string, any>;
    delete t.receipt;
    expect(renderTable(t as never)).toContain('Probleemanalyse');
    const withExtra = { ...t, addedByUs: 1, milestones: [{ ...t.milestones[0], note: 'x' }, ...t.milestones.slice(1)] };
    const read = readTimeline(withExtra) as unknown as Record<string, any>;
    expect(read.addedByUs).toBeUndefined();
    expect(read.milestones[0].note).toBeUndefined();
    const bad = { ...t, milestones: [{ ...t.milestones[0], due: '2026-02-30' }] };
    expect(() => readTimeline(bad)).toThrow(expect.objectContaining({ code: 'INVALID_TIMELINE', path: ['milestones', 0, 'due'] }));
  });
});
