// Samentelling at the level of the chain: periods, gaps, leave, and the counted-day mapping.
import { describe, expect, test } from 'vitest';
import { formatIsoDate, isoWeekday, MAX_DATE, OPEN_END, parseIsoDate } from '../src/calendar/days.js';
import { buildChain, countedDaysUpTo, dateOfCountedDay, skippedBefore, type StateEvent } from '../src/case/chain.js';

const d = (iso: string): number => parseIsoDate(iso)!;
const iso = formatIsoDate;

function chainOf(first: string, events: Array<[StateEvent['kind'], string]>, leave: Array<[string, string]> = []) {
  const { chain, problems } = buildChain(
    d(first),
    events.map(([kind, date], index) => ({ kind, date: d(date), index })),
    leave.map(([s, e]) => ({ start: d(s), end: d(e) })),
    28,
  );
  return { chain, issues: problems };
}

describe('chains', () => {
  test('counted day k across a leap day and a year end', () => {
    // Day 1 = 2023-12-30: day 3 is New Year's Day 2024; day 62 is 2024-02-29; day 63 is 2024-03-01.
    const { chain } = chainOf('2023-12-30', []);
    expect(iso(dateOfCountedDay(chain, 3).date)).toBe('2024-01-01');
    expect(iso(dateOfCountedDay(chain, 62).date)).toBe('2024-02-29');
    expect(iso(dateOfCountedDay(chain, 63).date)).toBe('2024-03-01');
    // 104 weeks over a leap year are still 728 days: day 729 falls on the weekday of day 1.
    expect(isoWeekday(dateOfCountedDay(chain, 729).date)).toBe(isoWeekday(d('2023-12-30')));
  });

  test('an open sickness: counted day k is day 1 + k - 1', () => {
    const { chain } = chainOf('2026-03-02', []);
    expect(iso(dateOfCountedDay(chain, 295).date)).toBe('2026-12-21');
    expect(chain.closed).toBe(false);
  });

  test('a gap moves later counted days and is reported as gap days', () => {
    const { chain } = chainOf('2026-03-02', [['recovered', '2026-06-01'], ['sick', '2026-06-11']]);
    expect(iso(dateOfCountedDay(chain, 91).date)).toBe('2026-05-31');
    expect(iso(dateOfCountedDay(chain, 92).date)).toBe('2026-06-11');
    expect(skippedBefore(chain, d('2026-12-31'))).toEqual({ gapDays: 10, leaveDays: 0 });
    expect(countedDaysUpTo(chain, d('2026-06-10'))).toBe(91);
  });

  test('after recovery, projected days are not gap days', () => {
    const { chain } = chainOf('2026-03-02', [['recovered', '2026-04-01']]);
    const r = dateOfCountedDay(chain, 295);
    expect(r.beyond).toBe(true);
    expect(iso(r.date)).toBe('2026-12-21');
    expect(skippedBefore(chain, r.date)).toEqual({ gapDays: 0, leaveDays: 0 });
  });

  test('leave inside a sickness is carved out and counted as leave', () => {
    const { chain } = chainOf('2026-01-05', [], [['2026-02-01', '2026-02-10']]);
    expect(iso(dateOfCountedDay(chain, 27).date)).toBe('2026-01-31');
    expect(iso(dateOfCountedDay(chain, 28).date)).toBe('2026-02-11');
    expect(skippedBefore(chain, d('2026-03-01'))).toEqual({ gapDays: 0, leaveDays: 10 });
  });

  test('a gap of 28 days starts a new chain; earlier chains are remembered', () => {
    const { chain } = chainOf('2026-01-05', [['recovered', '2026-02-01'], ['sick', '2026-03-01']]);
    expect(iso(chain.start)).toBe('2026-03-01');
    expect(chain.earlierChainStarts.map(iso)).toEqual(['2026-01-05']);
  });

  test('inconsistent sequences are reported, not guessed', () => {
    expect(chainOf('2026-01-05', [['recovered', '2026-02-01'], ['recovered', '2026-02-05']]).issues.map((i) => i.code)).toEqual(['already_recovered']);
    expect(chainOf('2026-01-05', [['sick', '2026-02-01']]).issues.map((i) => i.code)).toEqual(['already_sick']);
    expect(chainOf('2026-01-05', [['recovered', '2026-02-01'], ['sick', '2026-02-01']]).issues.map((i) => i.code)).toEqual(['conflicting_events']);
    expect(chainOf('2026-01-05', [['sick', '2026-01-05']]).issues).toEqual([]);
  });
});

describe('what has no end (a period still running, a version in force)', () => {
  test('OPEN_END lies beyond every date the library accepts, and stays a small integer', () => {
    // Beyond MAX_DATE by more than any term the law counts (a projected day 3,650 of a chain, plus
    // extensions): an open period never ends inside a computed date.
    expect(OPEN_END).toBeGreaterThan(parseIsoDate(MAX_DATE)! + 10 * 3650);
    // A small integer in every JavaScript engine (V8's smallest: 31 bits), so that the fields that hold
    // it stay unboxed integers (see calendar/days.ts).
    expect(Number.isInteger(OPEN_END) && OPEN_END < 2 ** 30).toBe(true);
    const { chain } = chainOf('2024-01-01', []);
    expect(chain.periods[0]!.end).toBe(OPEN_END);
    expect(chain.closed).toBe(false);
  });
});
