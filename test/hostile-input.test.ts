// Whatever an integration sends, safeComputeTimeline answers { success } and never throws, in bounded
// time, and no key of the input (such as __proto__) reaches Object.prototype.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { computeTimeline, createEngine, InvalidInputError, MAX_EVENTS, PoortwachterError, safeComputeTimeline } from '../src/index.js';
import { buildCase, caseShape } from './arbitraries.js';

const RUNS = Number(process.env.POORTWACHTER_FUZZ_RUNS ?? 10_000);

function checkAnswer(input: unknown): void {
  const r = safeComputeTimeline(input);
  expect(typeof r.success).toBe('boolean');
  if (!r.success) {
    expect(r.error).toBeInstanceOf(PoortwachterError);
    expect(r.error.code).not.toBe('INTERNAL');
  }
}

function prototypeIsClean(): void {
  expect(Object.keys(Object.prototype)).toEqual([]);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
}

describe('hostile input', () => {
  test(`arbitrary JSON values (${RUNS} runs)`, () => {
    fc.assert(fc.property(fc.jsonValue(), (v) => checkAnswer(v)), { numRuns: RUNS });
    prototypeIsClean();
  });

  test(`arbitrary JavaScript values (${RUNS / 5} runs)`, () => {
    fc.assert(fc.property(fc.anything({ withBigInt: true, withDate: true, withMap: true, withSet: true, withTypedArray: true, withSparseArray: true, withNullPrototype: true }), (v) => checkAnswer(v)), {
      numRuns: RUNS / 5,
    });
    prototypeIsClean();
  });

  test(`valid cases with one field replaced by junk (${RUNS / 2} runs)`, () => {
    const junk = fc.oneof(fc.jsonValue(), fc.constantFrom('2024-02-30', '9999-12-31', '0000-01-01', '', '__proto__', -1, 1e308, NaN, Infinity));
    fc.assert(
      fc.property(caseShape, fc.nat(), fc.string({ maxLength: 12 }), junk, (shape, pick, key, value) => {
        const input = buildCase(shape) as unknown as Record<string, unknown>;
        const events = (input.events as Array<Record<string, unknown>>) ?? [];
        if (events.length > 0 && pick % 2 === 0) {
          const e = events[pick % events.length]!;
          const keys = Object.keys(e);
          e[pick % 3 === 0 ? key : keys[pick % keys.length]!] = value;
        } else {
          input[pick % 3 === 0 ? key : ['firstSickDay', 'asOf', 'events', 'options'][pick % 4]!] = value;
        }
        checkAnswer(input);
      }),
      { numRuns: RUNS / 2 },
    );
    prototypeIsClean();
  });

  test('__proto__ and constructor keys in the input or a rule pack never touch Object.prototype', () => {
    const input = JSON.parse('{"firstSickDay":"2025-01-06","__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}},"events":[{"type":"sick","date":"2025-01-06","__proto__":{"polluted":1}}]}');
    const r = safeComputeTimeline(input);
    expect(r.success).toBe(false);
    prototypeIsClean();
    const pack = JSON.parse('[{"__proto__":{"polluted":"yes"},"id":"x"}]');
    expect(() => createEngine({ rules: pack })).toThrow(PoortwachterError);
    prototypeIsClean();
  });

  test('limits: too many events, dates far away', () => {
    const many = { firstSickDay: '2025-01-06', events: Array.from({ length: MAX_EVENTS + 1 }, () => ({ type: 'completed', milestone: 'evaluatie', date: '2025-03-01' })) };
    const r = safeComputeTimeline(many);
    expect(r.success).toBe(false);
    expect((r as unknown as { error: InvalidInputError }).error.issues[0]!.message).toContain(`at most ${MAX_EVENTS} events`);
    const far = safeComputeTimeline({ firstSickDay: '2025-01-06', asOf: '9999-12-31' });
    expect(far.success).toBe(false);
    expect((far as unknown as { error: InvalidInputError }).error.issues[0]!.code).toBe('date_out_of_range');
  });

  test('computeTimeline throws only PoortwachterErrors', () => {
    for (const bad of [null, undefined, 42, 'x', [], {}, { firstSickDay: 20250106 }, Object.create(null)]) {
      expect(() => computeTimeline(bad as never)).toThrow(PoortwachterError);
    }
  });
});
