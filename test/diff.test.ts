/**
 * diffTimelines (issue 12): what changed between two computations of a case. Expected dates come from
 * the scenario test/scenarios/samentelling/gap-of-10-days-periods.json (BW 7:629(10), ZW 38(1)): sick
 * from 2025-09-01, the 42e-weeksmelding (counted day 295) is due 2026-06-22 without a gap and 2026-07-02
 * after 10 fit days from 2025-10-01.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeTimeline, diffTimelines, PoortwachterError, safeComputeTimeline } from '../src/index.js';
import { buildCase, caseShape } from './arbitraries.js';

const before = { firstSickDay: '2025-09-01', asOf: '2025-11-01' };
const relapse = { ...before, events: [{ type: 'recovered' as const, date: '2025-10-01' }, { type: 'sick' as const, date: '2025-10-11' }] };

describe('diffTimelines', () => {
  it('is empty for equal timelines, also for a JSON copy', () => {
    const t = computeTimeline(relapse, { explain: true });
    expect(diffTimelines(t, t)).toEqual([]);
    expect(diffTimelines(t, JSON.parse(JSON.stringify(t)))).toEqual([]);
  });

  it('shows a relapse as the 42e-weeksmelding moving from its old to its new date, and says why', () => {
    const changes = diffTimelines(computeTimeline(before, { explain: true }), computeTimeline(relapse, { explain: true }));
    const moved = changes.find((c) => c.id === 'ziekmelding-uwv' && c.field === 'due');
    expect(moved).toMatchObject({ before: '2026-06-22', after: '2026-07-02' });
    // Why: the counted-day step now skips the 10 fit days.
    expect(moved?.steps?.after).toContainEqual(expect.objectContaining({ step: 'counted-day', day: 295, gapDays: 10, date: '2026-07-02' }));
    expect(moved?.steps?.before).toContainEqual(expect.objectContaining({ step: 'counted-day', day: 295, gapDays: 0, date: '2026-06-22' }));
    // The wachttijd moves by the same 10 days (day 728: 2027-08-29 → 2027-09-08), reported on the timeline.
    expect(changes).toContainEqual({ id: 'timeline', field: 'lastDayOfWachttijd', before: '2027-08-29', after: '2027-09-08' });
    expect(changes.some((c) => c.id === 'timeline' && c.field === 'periods')).toBe(true);
  });

  it('names milestones that appeared or went away, and status changes', () => {
    const a = computeTimeline({ firstSickDay: '2025-09-01', asOf: '2025-10-01' });
    const b = computeTimeline({ firstSickDay: '2025-09-01', asOf: '2025-10-01', events: [{ type: 'deskundigenoordeel-aanvraag', date: '2025-09-20' }] });
    expect(diffTimelines(a, b)).toContainEqual({ id: 'deskundigenoordeel', field: 'milestone', before: null, after: b.milestones.find((m) => m.id === 'deskundigenoordeel')!.due });
    expect(diffTimelines(b, a)).toContainEqual({ id: 'deskundigenoordeel', field: 'milestone', before: b.milestones.find((m) => m.id === 'deskundigenoordeel')!.due, after: null });
    // The probleemanalyse (due 2025-10-12, day 42) is open on 2025-10-01 and overdue on 2025-10-13.
    const later = computeTimeline({ firstSickDay: '2025-09-01', asOf: '2025-10-13' });
    expect(diffTimelines(a, later)).toContainEqual({ id: 'probleemanalyse', field: 'status', before: 'open', after: 'overdue' });
    expect(diffTimelines(a, later)).toContainEqual({ id: 'timeline', field: 'asOf', before: '2025-10-01', after: '2025-10-13' });
  });

  it('reports a recovery as notApplicable: recovered on the open deadlines', () => {
    const a = computeTimeline({ firstSickDay: '2025-09-01', asOf: '2025-10-01' });
    const b = computeTimeline({ firstSickDay: '2025-09-01', asOf: '2025-10-01', events: [{ type: 'recovered', date: '2025-09-29' }] });
    expect(diffTimelines(a, b)).toContainEqual({ id: 'probleemanalyse', field: 'notApplicable', before: null, after: 'recovered' });
  });

  it('finds nothing between a case and itself, and something whenever the dates differ (random cases)', () => {
    fc.assert(
      fc.property(caseShape, caseShape, (sx, sy) => {
        // Random shapes can be legally impossible (a verlenging ending too soon): those are skipped.
        const [x, y] = [safeComputeTimeline(buildCase(sx)), safeComputeTimeline(buildCase(sy))];
        if (!x.success || !y.success) return;
        const [a, b] = [x.data, y.data];
        expect(diffTimelines(a, structuredClone(a))).toEqual([]);
        const dates = (t: typeof a): string => JSON.stringify(t.milestones.map((m) => [m.id, m.due, m.status ?? null]));
        if (dates(a) !== dates(b)) expect(diffTimelines(a, b).length).toBeGreaterThan(0);
      }),
      { numRuns: 150 },
    );
  });

  it('refuses what is not a timeline with a PoortwachterError', () => {
    const t = computeTimeline(before);
    expect(() => diffTimelines(t, { milestones: 'x' } as never)).toThrow(PoortwachterError);
    expect(() => diffTimelines(null as never, t)).toThrow(expect.objectContaining({ code: 'INVALID_TIMELINE' }));
  });
});
