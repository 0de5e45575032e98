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

  test(`rule packs: mutated rules are refused or computed, never an internal error (${RUNS / 10} runs)`, () => {
    const base = () => ({
      id: 'own-rule',
      title: { nl: 'Eigen', en: 'Own' },
      responsible: ['casemanager'],
      label: 'own',
      kind: 'action',
      applies: { all: [{ fact: 'employmentEnded', operator: 'equal', value: false }] },
      versions: [{ version: 'v1', validFrom: '2002-04-01', validTo: null, selectBy: 'firstSickDay', timing: { type: 'afterMilestone', milestone: 'probleemanalyse', days: 7 }, basis: [] }],
    });
    const timing = fc.oneof(
      fc.record({ type: fc.constant('countedDay'), day: fc.integer({ min: -5, max: 4000 }) }),
      fc.record({ type: fc.constant('afterMilestone'), milestone: fc.constantFrom('probleemanalyse', 'wia-aanvraag', 'own-rule', 'nope'), days: fc.integer({ min: -4000, max: 4000 }) }),
      fc.record({ type: fc.constant('recurring'), after: fc.constantFrom('plan-van-aanpak', 'own-rule', 'einde-wachttijd'), everyDays: fc.integer({ min: 0, max: 400 }) }),
      fc.record({ type: fc.constant('beforeEnd'), weeks: fc.integer({ min: -1, max: 110 }), endDay: fc.integer({ min: 1, max: 800 }) }),
      fc.record({ type: fc.constant('months'), months: fc.integer({ min: 0, max: 130 }), offsetDays: fc.integer({ min: -400, max: 400 }) }),
      fc.record({ type: fc.constantFrom('endOfWagePayment', 'employmentEnd', 'endOfWachttijd', 'monthsBeforeEnd') }),
    );
    fc.assert(
      fc.property(timing, fc.jsonValue(), fc.constantFrom('id', 'kind', 'label', 'applies', 'responsible', 'title', 'versions', 'basis', 'validTo', 'validFrom', 'none'), caseShape, (t, junk, field, shape) => {
        const rule = base() as Record<string, unknown>;
        const version = (rule.versions as Array<Record<string, unknown>>)[0]!;
        version.timing = t;
        if (field === 'basis' || field === 'validTo' || field === 'validFrom') version[field] = junk;
        else if (field !== 'none') rule[field] = junk;
        const r = safeComputeTimeline(buildCase(shape), { rules: [rule] });
        if (!r.success) expect(r.error.code, r.error.message).not.toBe('INTERNAL');
      }),
      { numRuns: RUNS / 10 },
    );
    prototypeIsClean();
  });

  test('bad engine options are PoortwachterErrors too', () => {
    for (const options of [{ rules: 'x' }, { rules: {} }, { rules: [null] }, { rules: [42] }, { rules: [[]] }]) {
      const r = safeComputeTimeline({ firstSickDay: '2025-01-06' }, options as never);
      expect(r.success).toBe(false);
      expect((r as { error: PoortwachterError }).error).toBeInstanceOf(PoortwachterError);
      expect((r as { error: PoortwachterError }).error.code).not.toBe('INTERNAL');
    }
  });

  test('computeTimeline throws only PoortwachterErrors', () => {
    for (const bad of [null, undefined, 42, 'x', [], {}, { firstSickDay: 20250106 }, Object.create(null)]) {
      expect(() => computeTimeline(bad as never)).toThrow(PoortwachterError);
    }
  });
});
