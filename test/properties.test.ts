// Invariants of the whole engine, on random valid cases (fast-check):
// - shifting every input date by N days shifts every output date by N days (within one regime), except
//   the terms counted in calendar years (the two years of the opzegverbod span 730 or 731 days);
// - the order of the events in the input does not matter;
// - a gap of g < 28 days moves every later counted deadline by exactly g, and earlier ones not at all;
// - a gap of 28 days or more gives the same timeline as a fresh case starting after it;
// - due dates never precede the first sick day, and milestones come out sorted.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { computeTimeline, safeComputeTimeline, type CaseInput, type Timeline } from '../src/index.js';
import { buildCase, caseShape, CURRENT_FROM, CURRENT_TO, epochOf, isoOf } from './arbitraries.js';

const RUNS = Number(process.env.POORTWACHTER_PROPERTY_RUNS ?? 300);
const ISO = /^\d{4}-\d{2}-\d{2}$/;
/** Keys whose dates are constants of the law (a rule version's validity), not dates of the case. */
const LAW_DATES = new Set(['validFrom', 'validTo']);

function shiftDates(value: unknown, n: number, key = ''): unknown {
  if (typeof value === 'string') return ISO.test(value) && !LAW_DATES.has(key) ? isoOf(epochOf(value) + n) : value;
  if (Array.isArray(value)) return value.map((v) => shiftDates(v, n));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, shiftDates(v, n, k)]));
  }
  return value;
}

/** Milestones counted in calendar years: a shift can add or drop a 29 February inside the term. */
const CALENDAR_YEAR_TERMS = new Set(['einde-opzegverbod']);
const withoutCalendarYearTerms = (t: Timeline): Timeline => ({ ...t, milestones: t.milestones.filter((m) => !CALENDAR_YEAR_TERMS.has(m.id)) });
/**
 * A shift may cross a change of law inside the regime (2016-01-01 and 2023-07-01, the AOW-age periods of
 * BW 7:629(2)(b)): another rule version, citing other texts, that gives the same dates to a case without
 * a date of birth. The dates are what must shift; which version cites what is tested by the scenarios.
 */
const withoutVersions = (t: Timeline): unknown => ({ ...t, milestones: t.milestones.map(({ rule: _rule, basis: _basis, ...m }) => m) });

function valid(input: CaseInput): Timeline | undefined {
  const r = safeComputeTimeline(input);
  return r.success ? r.data : undefined;
}

describe('invariants', () => {
  test('generated cases are mostly valid (the properties below test something)', () => {
    const samples = fc.sample(caseShape, { numRuns: 500, seed: 42 });
    const ok = samples.filter((s) => valid(buildCase(s)) !== undefined).length;
    expect(ok).toBeGreaterThan(350);
  });

  test('shifting every input date by N days shifts every output date by N days', () => {
    fc.assert(
      fc.property(caseShape, fc.integer({ min: -3000, max: 3000 }), (shape, n) => {
        const shifted = shape.first + n;
        fc.pre(shifted >= CURRENT_FROM && shifted <= CURRENT_TO);
        const a = valid(buildCase(shape));
        fc.pre(a !== undefined);
        const b = computeTimeline(buildCase(shape, n));
        expect(withoutVersions(withoutCalendarYearTerms(b))).toEqual(shiftDates(withoutVersions(withoutCalendarYearTerms(a)), n));
      }),
      { numRuns: RUNS },
    );
  });

  test('the order of events does not matter', () => {
    fc.assert(
      fc.property(caseShape.chain((s) => fc.tuple(fc.constant(s), fc.shuffledSubarray(buildCase(s).events!, { minLength: buildCase(s).events!.length }))), ([shape, shuffled]) => {
        const input = buildCase(shape);
        const a = valid(input);
        fc.pre(a !== undefined);
        expect(computeTimeline({ ...input, events: shuffled })).toEqual(a);
      }),
      { numRuns: RUNS },
    );
  });

  test('a gap of g < 28 days moves every later counted deadline by exactly g', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: CURRENT_FROM, max: CURRENT_TO }),
        fc.integer({ min: 1, max: 720 }),
        fc.integer({ min: 1, max: 27 }),
        (first, sickDays, g) => {
          const firstSickDay = isoOf(first);
          const base = computeTimeline({ firstSickDay });
          const withGap = computeTimeline({
            firstSickDay,
            events: [
              { type: 'recovered', date: isoOf(first + sickDays) },
              { type: 'sick', date: isoOf(first + sickDays + g) },
            ],
          });
          expect(withGap.firstSickDay).toBe(firstSickDay);
          let compared = 0;
          for (const m of base.milestones) {
            if (m.countedDay === undefined) continue;
            const other = withGap.milestones.find((x) => x.id === m.id)!;
            const moved = m.countedDay > sickDays ? g : 0;
            expect(epochOf(other.due) - epochOf(m.due), m.id).toBe(moved);
            compared++;
          }
          expect(compared).toBeGreaterThan(8);
          expect(epochOf(withGap.lastDayOfWachttijd!) - epochOf(base.lastDayOfWachttijd!)).toBe(sickDays < 728 ? g : 0);
        },
      ),
      { numRuns: RUNS },
    );
  });

  test('a gap of 28 days or more gives the same timeline as a fresh case', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: CURRENT_FROM, max: CURRENT_TO }),
        fc.integer({ min: 1, max: 720 }),
        fc.integer({ min: 28, max: 400 }),
        (first, sickDays, g) => {
          const again = isoOf(first + sickDays + g);
          const chained = computeTimeline({
            firstSickDay: isoOf(first),
            asOf: isoOf(first + sickDays + g + 10),
            events: [
              { type: 'completed', milestone: 'probleemanalyse', date: isoOf(first + Math.min(sickDays - 1, 41)) },
              { type: 'recovered', date: isoOf(first + sickDays) },
              { type: 'sick', date: again },
            ],
          });
          const fresh = computeTimeline({ firstSickDay: again, asOf: isoOf(first + sickDays + g + 10) });
          expect(chained.earlierChains).toEqual([isoOf(first)]);
          const { earlierChains: _a, ...rest } = chained;
          const { earlierChains: _b, ...freshRest } = fresh;
          expect(rest).toEqual(freshRest);
        },
      ),
      { numRuns: RUNS },
    );
  });

  test('due dates never precede the first sick day, and milestones come out sorted', () => {
    fc.assert(
      fc.property(caseShape, (shape) => {
        const t = valid(buildCase(shape));
        fc.pre(t !== undefined);
        for (const m of t.milestones) expect(m.due >= t.firstSickDay, m.id).toBe(true);
        const dues = t.milestones.map((m) => m.due);
        expect(dues).toEqual([...dues].sort());
        expect(t.endOfWagePayment >= t.firstSickDay).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });
});
