// fast-check generators of realistic, valid cases (current regime), shared by the property tests and
// the benchmark's shape. Dates are generated as day offsets from the first sick day.
import fc from 'fast-check';
import type { CaseEvent, CaseInput, MilestoneId } from '../src/index.js';

/** 1970-01-01 + n days, as YYYY-MM-DD, computed with Date in UTC (independent of src/calendar/days.ts). */
export function isoOf(epochDay: number): string {
  return new Date(epochDay * 86_400_000).toISOString().slice(0, 10);
}
export function epochOf(iso: string): number {
  return Date.parse(`${iso}T00:00:00Z`) / 86_400_000;
}

export const CURRENT_FROM = epochOf('2013-07-01');
export const CURRENT_TO = epochOf('2035-12-31');

const completable: MilestoneId[] = ['probleemanalyse', 'plan-van-aanpak', 'evaluatie', 'ziekmelding-uwv', 'eerstejaarsevaluatie', 'spoor-2', 'wia-brief', 're-integratieverslag', 'wia-aanvraag'];

export interface CaseShape {
  first: number;
  periods: Array<{ sick: number; gap: number }>;
  completions: Array<{ milestone: MilestoneId; offset: number }>;
  asOf: number | null;
  leave: { offset: number; days: number } | null;
  loonsanctie: { offset: number; weeks: number; herstel: number | null } | null;
  verlenging: { offset: number; extra: number } | null;
  employmentEnd: number | null;
  partial: number | null;
}

export const caseShape: fc.Arbitrary<CaseShape> = fc.record({
  first: fc.integer({ min: CURRENT_FROM, max: CURRENT_TO }),
  periods: fc.array(fc.record({ sick: fc.integer({ min: 1, max: 300 }), gap: fc.integer({ min: 1, max: 40 }) }), { maxLength: 3 }),
  completions: fc.array(fc.record({ milestone: fc.constantFrom(...completable), offset: fc.integer({ min: 0, max: 760 }) }), { maxLength: 8 }),
  asOf: fc.option(fc.integer({ min: 0, max: 1300 }), { nil: null }),
  leave: fc.option(fc.record({ offset: fc.integer({ min: 1, max: 600 }), days: fc.integer({ min: 1, max: 120 }) }), { nil: null }),
  loonsanctie: fc.option(
    fc.record({ offset: fc.integer({ min: 640, max: 760 }), weeks: fc.integer({ min: 1, max: 52 }), herstel: fc.option(fc.integer({ min: 0, max: 400 }), { nil: null }) }),
    { nil: null },
  ),
  verlenging: fc.option(fc.record({ offset: fc.integer({ min: 500, max: 700 }), extra: fc.integer({ min: 91, max: 400 }) }), { nil: null }),
  employmentEnd: fc.option(fc.integer({ min: 0, max: 900 }), { nil: null }),
  partial: fc.option(fc.integer({ min: 0, max: 500 }), { nil: null }),
});

/**
 * Builds the case. The last sick period may stay open (no recovery). A vrijwillige verlenging ends
 * `extra` days after day 728 plus every gap and leave day, so that it always ends after the wachttijd.
 */
export function buildCase(s: CaseShape, shift = 0): CaseInput {
  const f = s.first + shift;
  const events: CaseEvent[] = [];
  let cursor = f;
  let skipped = 0;
  s.periods.forEach((p, i) => {
    cursor += p.sick;
    events.push({ type: 'recovered', date: isoOf(cursor) });
    cursor += p.gap;
    skipped += p.gap;
    if (i < s.periods.length - 1 || p.gap % 2 === 0) events.push({ type: 'sick', date: isoOf(cursor) });
  });
  for (const c of s.completions) events.push({ type: 'completed', milestone: c.milestone, date: isoOf(f + c.offset) });
  if (s.leave !== null) {
    events.push({ type: 'pregnancy-leave', start: isoOf(f + s.leave.offset), end: isoOf(f + s.leave.offset + s.leave.days - 1) });
    skipped += s.leave.days;
  }
  if (s.loonsanctie !== null) {
    events.push({ type: 'loonsanctie', date: isoOf(f + s.loonsanctie.offset), weeks: s.loonsanctie.weeks });
    if (s.loonsanctie.herstel !== null) events.push({ type: 'loonsanctie-hersteld', date: isoOf(f + s.loonsanctie.offset + s.loonsanctie.herstel) });
  }
  if (s.verlenging !== null) events.push({ type: 'vrijwillige-verlenging', date: isoOf(f + s.verlenging.offset), until: isoOf(f + 727 + skipped + s.verlenging.extra) });
  if (s.employmentEnd !== null) events.push({ type: 'employment-ended', date: isoOf(f + s.employmentEnd) });
  if (s.partial !== null) events.push({ type: 'partially-recovered', date: isoOf(f + s.partial), percentage: 50 });
  const input: CaseInput = { firstSickDay: isoOf(f), events };
  if (s.asOf !== null) input.asOf = isoOf(f + s.asOf);
  return input;
}
