/**
 * agenda(timelines, options) for programs (issue 12). Dates from the law: probleemanalyse on counted day
 * 42 (Regeling procesgang 2(2)), plan van aanpak two weeks after it (4(1)).
 */
import { describe, expect, it } from 'vitest';
import { agenda, computeTimeline, PoortwachterError } from '../src/index.js';

const asOf = '2026-11-22';
const a = computeTimeline({ caseId: 'A', firstSickDay: '2026-03-02', asOf });
const c = computeTimeline({ caseId: 'C', firstSickDay: '2026-10-19', asOf });
const done = computeTimeline({ caseId: 'B', firstSickDay: '2026-09-28', asOf, events: [{ type: 'completed', milestone: 'probleemanalyse', date: '2026-11-01' }] });

describe('agenda', () => {
  it('gives the open actions overdue or due within the days, sorted by due date, in the language asked', () => {
    const items = agenda([c, a, done], { locale: 'en' });
    expect(items.filter((i) => ['probleemanalyse', 'plan-van-aanpak'].includes(i.id))).toEqual([
      { caseId: 'A', id: 'probleemanalyse', title: 'Problem analysis', responsible: ['werkgever', 'bedrijfsarts'], due: '2026-04-12', status: 'overdue' },
      { caseId: 'A', id: 'plan-van-aanpak', title: 'Plan of action', responsible: ['werkgever', 'werknemer'], due: '2026-04-26', status: 'overdue' },
      { caseId: 'B', id: 'plan-van-aanpak', title: 'Plan of action', responsible: ['werkgever', 'werknemer'], due: '2026-11-15', status: 'overdue' },
      { caseId: 'C', id: 'probleemanalyse', title: 'Problem analysis', responsible: ['werkgever', 'bedrijfsarts'], due: '2026-11-29', status: 'open' },
    ]);
    // Done (B's probleemanalyse) and later items (A's 42e-weeksmelding, 2026-12-21) are left out.
    expect(items.some((i) => i.caseId === 'B' && i.id === 'probleemanalyse')).toBe(false);
    expect(items.some((i) => i.id === 'ziekmelding-uwv')).toBe(false);
    expect(agenda([c], { days: 6 })).toEqual([]);
    expect(agenda([c], { days: 7 }).map((i) => i.due)).toEqual(['2026-11-29']);
  });

  it('takes stored copies, and refuses timelines without asOf, bad options and hostile iterables', () => {
    expect(agenda([JSON.parse(JSON.stringify(a))])).toEqual(agenda([a]));
    expect(() => agenda([computeTimeline({ firstSickDay: '2026-03-02' })])).toThrow(expect.objectContaining({ code: 'INVALID_TIMELINE' }));
    expect(() => agenda([a], { days: -1 })).toThrow(expect.objectContaining({ code: 'INVALID_OPTION' }));
    expect(() => agenda(42 as never)).toThrow(PoortwachterError);
    const hostile = { [Symbol.iterator]: () => ({ next: () => { throw new Error('boom'); } }) };
    expect(() => agenda(hostile as never)).toThrow(expect.objectContaining({ code: 'UNREADABLE_INPUT' }));
  });
});
