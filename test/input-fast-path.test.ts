// The validation fast path may only ever accept what the zod schema accepts, and must return what zod
// returns. Random and mutated inputs are run through both.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { caseInputSchema } from '../src/input-schema.js';
import { fastParseCase } from '../src/input-fast-path.js';
import { buildCase, caseShape } from './arbitraries.js';

const RUNS = Number(process.env.POORTWACHTER_FUZZ_RUNS ?? 10_000);

function agrees(input: unknown): boolean {
  const fast = fastParseCase(input);
  if (fast === undefined) return false;
  const slow = caseInputSchema.safeParse(input);
  expect(slow.success, JSON.stringify(input)).toBe(true);
  expect(fast).toStrictEqual((slow as { data: unknown }).data);
  return true;
}

describe('validation fast path', () => {
  test('accepts every generated valid case, with zod’s result', () => {
    fc.assert(
      fc.property(caseShape, (s) => {
        expect(agrees(buildCase(s))).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  test(`never accepts what zod refuses: valid cases with one value replaced (${RUNS} runs)`, () => {
    const junk = fc.oneof(
      fc.jsonValue(),
      fc.constantFrom(undefined, null, NaN, Infinity, -0, 1.5, 0, 7, 52, 53, 100, 100.5, 1e21, '', ' ', '2024-02-29', '2023-02-29', '1899-12-31', '1900-01-01', '2199-12-31', '2200-01-01', 'statute', 'uwv-eerste-werkdag', 'X', 'a'.repeat(201), [], {}),
    );
    const key = fc.constantFrom('type', 'date', 'start', 'end', 'until', 'weeks', 'percentage', 'milestone', 'due', 'reason', 'firstSickDay', 'asOf', 'caseId', 'pregnancyRelated', 'noRiskPolis', 'events', 'options', 'ziekmeldingUwv', 'evaluationIntervalDays', 'extra', '__proto__');
    fc.assert(
      fc.property(caseShape, fc.nat(), key, junk, fc.boolean(), (s, pick, k, value, inOptions) => {
        const input = buildCase(s) as unknown as Record<string, unknown>;
        input.options = { ziekmeldingUwv: 'statute', evaluationIntervalDays: 42 };
        const events = input.events as Array<Record<string, unknown>>;
        const target = inOptions ? (input.options as Record<string, unknown>) : events.length > 0 && pick % 3 !== 0 ? events[pick % events.length]! : input;
        target[k] = value;
        const fast = fastParseCase(input);
        const slow = caseInputSchema.safeParse(input);
        if (fast !== undefined) {
          expect(slow.success, JSON.stringify(input)).toBe(true);
          expect(fast).toStrictEqual((slow as { data: unknown }).data);
        }
      }),
      { numRuns: RUNS },
    );
  });

  test('arbitrary values', () => {
    fc.assert(fc.property(fc.anything(), (v) => void agrees(v)), { numRuns: RUNS / 5 });
  });

  test('unusual but valid input is left to zod', () => {
    class Case {
      firstSickDay = '2025-01-06';
    }
    expect(fastParseCase(new Case())).toBeUndefined();
    expect(caseInputSchema.safeParse(new Case()).success).toBe(true);
  });
});
