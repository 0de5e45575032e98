/**
 * The Algemene termijnenwet's holidays (Atw art 3, BWBR0002448), and the first day after a term that is
 * not a Saturday, Sunday or such a holiday (Atw 1(1)). Used for the short forward terms set in a law
 * (a rule version with `atw: true`; WIA 64(6)) and for UWV's leniency of "de eerste werkdag na de 42e
 * ziekteweek". Which terms the Atw reaches is said in the README, "Weekends and holidays".
 *
 * Listed: Nieuwjaarsdag, Goede Vrijdag (equated by art 3(2)), tweede Paasdag, Koningsdag (27 April, or
 * 26 April when the 27th is a Sunday; before 2014 Koninginnedag, 30 April or 29 April when the 30th is
 * a Sunday), 5 mei, Hemelvaartsdag, tweede Pinksterdag, eerste en tweede Kerstdag; and the days a royal
 * decree equates with them (art 3(3)), which are data: `atwEquatedDays` in rules/parameters.json.
 */
import { BUILTIN_PARAMETERS } from '../rules/builtin.js';
import { daysFromCivil, isoWeekday, civilFromDays, parseIsoDate, type EpochDay } from './days.js';

/** The days equated by royal decree (validated with the rest of the law when the first engine is built). */
const EQUATED: ReadonlySet<EpochDay> = new Set(
  (BUILTIN_PARAMETERS as { atwEquatedDays: { days: Array<{ date: string }> } }).atwEquatedDays.days.map((d) => parseIsoDate(d.date)!),
);

/** Easter Sunday (Gregorian; anonymous "Meeus/Jones/Butcher" algorithm). */
export function easterSunday(year: number): EpochDay {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return daysFromCivil(year, month, day);
}

function kingsDay(year: number): EpochDay {
  const d = daysFromCivil(year, 4, year >= 2014 ? 27 : 30);
  return isoWeekday(d) === 7 ? d - 1 : d;
}

/** The Atw holidays of one year (art 3(1),(2); not the days equated by decree), in the law's order. */
function holidaysOf(year: number): EpochDay[] {
  const easter = easterSunday(year);
  return [
    daysFromCivil(year, 1, 1),
    easter - 2,
    easter + 1,
    kingsDay(year),
    daysFromCivil(year, 5, 5),
    easter + 39,
    easter + 50,
    daysFromCivil(year, 12, 25),
    daysFromCivil(year, 12, 26),
  ];
}

/** The Atw holidays of one year (art 3(1),(2); not the days equated by decree), sorted. */
export function atwHolidays(year: number): EpochDay[] {
  return holidaysOf(year).sort((x, y) => x - y);
}

export function isWorkingDay(day: EpochDay): boolean {
  if (isoWeekday(day) >= 6 || EQUATED.has(day)) return false;
  // Membership needs no sorted list: each day that is looked at is a term's end, many per batch.
  return !holidaysOf(civilFromDays(day).year).includes(day);
}

/**
 * The first working day on or after `day` (no weekend, no Atw holiday): where a term that ends on `day`
 * ends under Atw 1(1).
 */
export function firstWorkingDayFrom(day: EpochDay): EpochDay {
  let d = day;
  while (!isWorkingDay(d)) d++;
  return d;
}
