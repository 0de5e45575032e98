// The main entry lists the problems of invalid input without zod (src/case/check.ts). These tests hold
// it to the zod schema that `poortwachter/schema` exports (and the shipped case.schema.json is made of):
// on valid, random and mutated input both give the same verdict, and the same problems (code, path and
// message) in the same order, as `zodIssues` flattens zod's.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { caseIssues, eventIssues } from '../src/case/check.js';
import { caseEventSchema, caseInputSchema } from '../src/case/schema.js';
import { readInput } from '../src/case/read.js';
import { zodIssues } from '../src/zod-issues.js';
import { buildCase, caseShape } from './arbitraries.js';

const RUNS = Number(process.env.POORTWACHTER_FUZZ_RUNS ?? 10_000);

function zodSays(snapshot: unknown) {
  const r = caseInputSchema.safeParse(snapshot);
  return r.success ? [] : zodIssues(r.error);
}

function sameAsZod(input: unknown): void {
  const snapshot = readInput(input).snapshot;
  const show = (): string => {
    try {
      return String(JSON.stringify(snapshot, (_k, v: unknown) => (typeof v === 'bigint' ? `${v}n` : v))).slice(0, 500);
    } catch {
      return String(snapshot);
    }
  };
  expect(caseIssues(snapshot), show()).toStrictEqual(zodSays(snapshot));
}

const junk = fc.oneof(
  fc.jsonValue(),
  fc.constantFrom<unknown>(
    undefined, null, NaN, Infinity, -Infinity, -0, 1.5, 0, -1, 7, 6, 366, 52, 53, 53.5, 100, 100.5, 101, 1e21, -1e21, 2n, true, 'true', '',
    ' ', '2024-02-29', '2023-02-29', '1899-12-31', '1900-01-01', '2199-12-31', '2200-01-01', '2026-1-1', 'x'.repeat(60), 'statute', 'uwv-eerste-werkdag', 'X',
    'a'.repeat(201), 'a'.repeat(2001), 'probleemanalyse', 'Probleemanalyse', 'recovered', 'loonsanctie', 'teleport', '__proto__', 'toString', [], {}, [1], { a: 1 },
  ),
);
const key = fc.constantFrom(
  'type', 'date', 'start', 'end', 'until', 'weeks', 'percentage', 'milestone', 'due', 'reason', 'differentCause', 'firstSickDay', 'asOf', 'caseId', 'dateOfBirth',
  'pregnancyRelated', 'noRiskPolis', 'domesticWorker', 'events', 'options', 'ziekmeldingUwv', 'evaluationIntervalDays', 'extra', 'other', '__proto__', 'constructor',
);

describe('problems of the case input without zod (src/case/check.ts)', () => {
  test('a valid case has no problems, as zod says', () => {
    fc.assert(
      fc.property(caseShape, (s) => {
        const input = buildCase(s);
        expect(caseIssues(readInput(input).snapshot)).toStrictEqual([]);
        sameAsZod(input);
      }),
      { numRuns: 1000 },
    );
  });

  test(`the same problems as zod, in the same order, for cases with values replaced, removed or added (${RUNS} runs)`, () => {
    const edit = fc.record({ pick: fc.nat(), k: key, value: junk, where: fc.constantFrom('case', 'event', 'options'), remove: fc.boolean() });
    fc.assert(
      fc.property(caseShape, fc.array(edit, { minLength: 1, maxLength: 4 }), (s, edits) => {
        const input = buildCase(s) as unknown as Record<string, unknown>;
        input.options = { ziekmeldingUwv: 'statute', evaluationIntervalDays: 42 };
        for (const { pick, k, value, where, remove } of edits) {
          const events = Array.isArray(input.events) ? (input.events as unknown[]) : [];
          const event = events[pick % Math.max(1, events.length)];
          const options = input.options;
          const target = where === 'event' && typeof event === 'object' && event !== null ? event : where === 'options' && typeof options === 'object' && options !== null ? options : input;
          if (remove) delete (target as Record<string, unknown>)[k];
          else Object.defineProperty(target, k, { value, enumerable: true, configurable: true, writable: true });
        }
        sameAsZod(input);
      }),
      { numRuns: RUNS },
    );
  });

  test('anything at all as the case, and as an event', () => {
    fc.assert(
      fc.property(fc.oneof(junk, fc.anything()), (v) => {
        sameAsZod(v);
        sameAsZod({ firstSickDay: '2026-03-02', events: [v] });
        sameAsZod({ firstSickDay: '2026-03-02', options: v });
      }),
      { numRuns: 2000 },
    );
  });

  test('the worked examples: each kind of problem, in zod’s words', () => {
    const cases: unknown[] = [
      null, 5, [], {}, { firstSickDay: '2026-02-30', x: 1, y: 2 }, { firstSickDay: '1800-01-01', caseId: '' }, { firstSickDay: '2026-01-01', caseId: 'x'.repeat(201) },
      { firstSickDay: '2026-01-01', options: { ziekmeldingUwv: 'x', evaluationIntervalDays: 7.5, z: 1 } }, { firstSickDay: '2026-01-01', options: { evaluationIntervalDays: 1e20 } },
      { firstSickDay: '2026-01-01', events: {} }, { firstSickDay: '2026-01-01', events: new Array(1001).fill({ type: 'recovered', date: '2026-01-02' }) },
      { firstSickDay: '2026-01-01', events: [5, null, [], {}, { type: 'x' }, { type: 'recovered' }, { type: 'recovered', date: 1, extra: 2 }] },
      { firstSickDay: '2026-01-01', events: [{ type: 'loonsanctie', date: '2026-01-01', weeks: -1e300 }, { type: 'loonsanctie', date: '2026-01-01', weeks: 1e300 }, { type: 'loonsanctie', date: '2026-01-01', weeks: 10n }] },
      { firstSickDay: '2026-01-01', events: [{ type: 'partially-recovered', date: '2026-01-01', percentage: NaN }, { type: 'deviation', milestone: 'X', due: '2026-01-01', reason: '' }] },
    ];
    for (const c of cases) sameAsZod(c);
    expect(caseIssues({ firstSickDay: '2026-01-01', events: [{ type: 'loonsanctie', date: '2026-01-01', weeks: 53 }] })).toStrictEqual([
      { code: 'too_big', path: ['events', 0, 'weeks'], message: 'a loonsanctie lasts at most 52 weeks (WIA 25(9))' },
    ]);
    expect(caseIssues({ firstSickDay: '2026-01-01', zz: 1, z: 2 })).toStrictEqual([{ code: 'unrecognized_keys', path: [], message: "unknown fields 'zz', 'z'" }]);
  });

  test('an event on its own: valid exactly when zod’s event schema says so', () => {
    fc.assert(
      fc.property(caseShape, fc.nat(), key, junk, (s, pick, k, value) => {
        const events = (buildCase(s).events ?? []) as unknown as Array<Record<string, unknown>>;
        if (events.length === 0) return;
        const e = { ...events[pick % events.length]! };
        e[k] = value;
        const snapshot = readInput({ firstSickDay: '2026-01-01', events: [e] }).snapshot as { events: unknown[] };
        expect(eventIssues(snapshot.events[0], []).length === 0).toBe(caseEventSchema.safeParse(snapshot.events[0]).success);
      }),
      { numRuns: 2000 },
    );
  });
});
