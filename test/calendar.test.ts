// The day-counting module: integer epoch days must agree with an independent calendar (luxon, in UTC)
// on every day, and counting must not care about leap days, year ends or daylight-saving switches.
import { DateTime } from 'luxon';
import { describe, expect, test } from 'vitest';
import { addMonths, civilFromDays, daysFromCivil, formatIsoDate, isoWeekday, isSupportedIsoDate, MAX_DATE, MIN_DATE, parseIsoDate } from '../src/calendar/days.js';
import { atwHolidays, easterSunday, firstWorkingDayFrom } from '../src/calendar/holidays.js';

describe('epoch days', () => {
  test('agree with luxon on every day from 1900 to 2200', () => {
    let dt = DateTime.utc(1900, 1, 1);
    const start = parseIsoDate('1900-01-01')!;
    expect(start).toBe(Math.round(dt.toMillis() / 86_400_000));
    for (let d = start; dt.year <= 2200; d++, dt = dt.plus({ days: 1 })) {
      const iso = dt.toISODate()!;
      if (parseIsoDate(iso) !== d || formatIsoDate(d) !== iso || isoWeekday(d) !== dt.weekday) {
        throw new Error(`mismatch on ${iso}: parse ${parseIsoDate(iso)}, format ${formatIsoDate(d)}, weekday ${isoWeekday(d)} vs ${dt.weekday}`);
      }
    }
  });

  // The conversions divide with `| 0`, which truncates: a floor only for numbers that are not negative,
  // which holds for the years before 1970 and before year 0 only by taking their era one lower first.
  test('daysFromCivil and civilFromDays agree with Date (UTC, proleptic Gregorian) on every day from year -400 to 9999', () => {
    const d = new Date(0);
    d.setUTCFullYear(-400, 0, 1);
    const first = d.getTime() / 86_400_000;
    d.setUTCFullYear(10000, 0, 1);
    const last = d.getTime() / 86_400_000;
    for (let day = first; day < last; day++) {
      d.setTime(day * 86_400_000);
      const year = d.getUTCFullYear();
      const month = d.getUTCMonth() + 1;
      const date = d.getUTCDate();
      const civil = civilFromDays(day);
      if (daysFromCivil(year, month, date) !== day || civil.year !== year || civil.month !== month || civil.day !== date) {
        throw new Error(`mismatch on day ${day} (${year}-${month}-${date}): daysFromCivil ${daysFromCivil(year, month, date)}, civilFromDays ${JSON.stringify(civil)}`);
      }
    }
  });

  test('isSupportedIsoDate is parseIsoDate within MIN_DATE and MAX_DATE, as days', () => {
    const min = parseIsoDate(MIN_DATE)!;
    const max = parseIsoDate(MAX_DATE)!;
    const texts: unknown[] = ['1899-12-31', '2200-01-01', '0000-01-01', '9999-12-31', '2024-02-29', '2023-02-29', '2024-00-10', '2024-13-01', '2024-01-00', '2024-01-32', ' 2024-01-01', '2024-1-01', '2024/01/01', '20x4-01-01', 20240101, null, undefined, {}];
    for (let d = min - 800; d <= max + 800; d += 3) texts.push(formatIsoDate(d));
    for (const text of texts) {
      const day = parseIsoDate(text);
      expect(isSupportedIsoDate(text), String(text)).toBe(day !== undefined && day >= min && day <= max);
    }
  });

  test('round-trip civil dates', () => {
    for (const [y, m, d] of [[1970, 1, 1], [2000, 2, 29], [2024, 12, 31], [1601, 1, 1], [2400, 2, 29]] as const) {
      expect(civilFromDays(daysFromCivil(y, m, d))).toEqual({ year: y, month: m, day: d });
    }
    expect(daysFromCivil(1970, 1, 1)).toBe(0);
  });

  test('leap days: real ones parse, impossible ones do not', () => {
    expect(parseIsoDate('2024-02-29')).toBeDefined();
    expect(parseIsoDate('2000-02-29')).toBeDefined();
    expect(parseIsoDate('2023-02-29')).toBeUndefined();
    expect(parseIsoDate('1900-02-29')).toBeUndefined();
    expect(parseIsoDate('2100-02-29')).toBeUndefined();
  });

  test('malformed text is refused, never thrown on', () => {
    for (const bad of ['2024-1-01', '2024-01-1', ' 2024-01-01', '2024-01-01T00:00', '2024-13-01', '2024-00-10', '2024-04-31', '20240101', '', 'abcd-ef-gh', null, 20240101, {}, ['2024-01-01']]) {
      expect(parseIsoDate(bad)).toBeUndefined();
    }
  });

  test('month arithmetic clamps at the end of the month', () => {
    const f = (iso: string, n: number): string => formatIsoDate(addMonths(parseIsoDate(iso)!, n));
    expect(f('2004-01-31', 1)).toBe('2004-02-29');
    expect(f('2003-01-31', 1)).toBe('2003-02-28');
    expect(f('2002-04-01', 9)).toBe('2003-01-01');
    expect(f('2003-05-31', 9)).toBe('2004-02-29');
    expect(f('2004-03-31', -1)).toBe('2004-02-29');
  });

  test("month arithmetic agrees with luxon's plus({ months }) (every 7th day 2000-2040, -24 to +24 months)", () => {
    const from = parseIsoDate('2000-01-01')!;
    const to = parseIsoDate('2040-12-31')!;
    for (let day = from; day <= to; day += 7) {
      const { year, month, day: dd } = civilFromDays(day);
      for (const n of [-24, -13, -4, -1, 1, 4, 9, 12, 20, 21, 24]) {
        const l = DateTime.utc(year, month, dd).plus({ months: n });
        expect(addMonths(day, n)).toBe(daysFromCivil(l.year, l.month, l.day));
      }
    }
  });
});

describe('Atw holidays', () => {
  test('Easter Sunday of known years', () => {
    expect(formatIsoDate(easterSunday(2024))).toBe('2024-03-31');
    expect(formatIsoDate(easterSunday(2025))).toBe('2025-04-20');
    expect(formatIsoDate(easterSunday(2026))).toBe('2026-04-05');
    expect(formatIsoDate(easterSunday(2038))).toBe('2038-04-25');
  });

  test('the holidays of 2026', () => {
    expect(atwHolidays(2026).map(formatIsoDate)).toEqual([
      '2026-01-01', // Nieuwjaarsdag
      '2026-04-03', // Goede Vrijdag
      '2026-04-06', // tweede Paasdag
      '2026-04-27', // Koningsdag
      '2026-05-05', // Bevrijdingsdag
      '2026-05-14', // Hemelvaartsdag
      '2026-05-25', // tweede Pinksterdag
      '2026-12-25',
      '2026-12-26',
    ]);
  });

  test("Koningsdag moves to Saturday when 27 April is a Sunday; Koninginnedag before 2014", () => {
    expect(atwHolidays(2025).map(formatIsoDate)).toContain('2025-04-26');
    expect(atwHolidays(2013).map(formatIsoDate)).toContain('2013-04-30');
  });

  test('first working day skips weekends and holidays', () => {
    expect(formatIsoDate(firstWorkingDayFrom(parseIsoDate('2026-12-25')!))).toBe('2026-12-28');
    expect(formatIsoDate(firstWorkingDayFrom(parseIsoDate('2026-04-03')!))).toBe('2026-04-07');
    expect(formatIsoDate(firstWorkingDayFrom(parseIsoDate('2026-04-08')!))).toBe('2026-04-08');
  });
});

describe('time zone of this run', () => {
  test('TZ from the environment is in effect, and results do not depend on it', () => {
    const tz = process.env.TZ;
    if (tz !== undefined) expect(Intl.DateTimeFormat().resolvedOptions().timeZone).toBe(tz === 'UTC' ? 'UTC' : tz);
    // A Date-based implementation would see 2026-03-02 as the 1st in zones west of UTC and shift days.
    expect(formatIsoDate(parseIsoDate('2026-03-02')!)).toBe('2026-03-02');
  });
});

describe('days equated with an Atw holiday by royal decree (Atw 3(3))', () => {
  // Besluit gelijkstelling van 2 januari 2026, 15 mei 2026, 7 mei 2027, 28 april 2028 en 26 mei 2028 met een
  // algemeen erkende feestdag; and that of 28 april 2023, 19 mei 2023, 10 mei 2024, 27 december 2024 en 30 mei 2025.
  test.each([
    ['2026-01-02', '2026-01-05'], // Friday after Nieuwjaarsdag → Monday
    ['2026-05-15', '2026-05-18'], // Friday after Hemelvaartsdag → Monday
    ['2024-12-27', '2024-12-30'], // Friday after the Kerstdagen → Monday
    ['2028-04-28', '2028-05-01'],
  ])('a term ending on %s runs to %s', (day, next) => {
    expect(formatIsoDate(firstWorkingDayFrom(parseIsoDate(day)!))).toBe(next);
  });
  test('a holiday followed by such a day runs past both; an ordinary day before one stays', () => {
    expect(formatIsoDate(firstWorkingDayFrom(parseIsoDate('2026-01-01')!))).toBe('2026-01-05');
    expect(formatIsoDate(firstWorkingDayFrom(parseIsoDate('2026-05-13')!))).toBe('2026-05-13');
  });
});
