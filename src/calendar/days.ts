/**
 * Calendar dates as integers.
 *
 * Every date in poortwachter is a calendar date without time or zone, held as an *epoch day*: the number
 * of days since 1970-01-01 (which is epoch day 0). Conversion uses Howard Hinnant's `days_from_civil`
 * and `civil_from_days` algorithms on the proleptic Gregorian calendar, so it never touches `Date`,
 * the machine's time zone or daylight-saving time, and costs a few integer operations.
 *
 * Counting convention (one place, used everywhere): the first sick day is **counted day 1**; counted
 * day k lies k − 1 counted days after it. "Week N" covers counted days 7N − 6 … 7N; "uiterlijk in week
 * N" is day 7N; "de eerste dag nadat de ongeschiktheid N weken heeft geduurd" is day 7N + 1.
 */

export type EpochDay = number;

/** The smallest and largest dates the library accepts anywhere (bounded work for any input). */
export const MIN_DATE = '1900-01-01';
export const MAX_DATE = '2199-12-31';

/**
 * A day beyond every date the library accepts, for what has no end: a period of sickness still running
 * (and its counted segment), a version of a rule or a regime still in force. Held as an integer, not
 * `Infinity`: a field that once holds a non-integer number is stored as a boxed double from then on, in
 * every object of its shape, and the values read from it spread that through every date computed from
 * them (V8 keeps small integers unboxed only while a field has held nothing else).
 * `test/case-chain.test.ts` holds it beyond every supported date and a small integer.
 */
export const OPEN_END: EpochDay = 1_000_000_000;

/**
 * Days since 1970-01-01 of a proleptic Gregorian date (month 1–12). Integer divisions (`| 0` truncates,
 * which is the floor for the non-negative numbers divided here: the era of a negative year is taken one
 * era lower first, as in Hinnant's own code), which optimised code does without floating point.
 */
export function daysFromCivil(year: number, month: number, day: number): EpochDay {
  const y = month <= 2 ? year - 1 : year;
  const era = ((y >= 0 ? y : y - 399) / 400) | 0;
  const yoe = y - era * 400;
  const mp = month > 2 ? month - 3 : month + 9;
  const doy = (((153 * mp + 2) / 5) | 0) + day - 1;
  const doe = yoe * 365 + ((yoe / 4) | 0) - ((yoe / 100) | 0) + doy;
  return era * 146097 + doe - 719468;
}

/** The inverse of {@link daysFromCivil} (integer divisions likewise). */
export function civilFromDays(epochDay: EpochDay): { year: number; month: number; day: number } {
  const z = epochDay + 719468;
  const era = ((z >= 0 ? z : z - 146096) / 146097) | 0;
  const doe = z - era * 146097;
  const yoe = ((doe - ((doe / 1460) | 0) + ((doe / 36524) | 0) - ((doe / 146096) | 0)) / 365) | 0;
  const doy = doe - (365 * yoe + ((yoe / 4) | 0) - ((yoe / 100) | 0));
  const mp = ((5 * doy + 2) / 153) | 0;
  const day = doy - (((153 * mp + 2) / 5) | 0) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

const MONTH_LENGTHS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeapYear(year) ? 29 : MONTH_LENGTHS[month - 1]!;
}

/** The value of the ASCII digit at `i`, or -1 (read with charCodeAt: no regex, no allocation). */
function digit(text: string, i: number): number {
  const c = text.charCodeAt(i) - 48;
  return c >= 0 && c <= 9 ? c : -1;
}

/**
 * The epoch day of `text`, or `undefined` when it is not a real `YYYY-MM-DD` calendar date: the digits
 * read with charCodeAt (no regex, no allocation), the month and day checked, the day computed at once.
 */
function civilDay(text: unknown): EpochDay | undefined {
  if (typeof text !== 'string' || text.length !== 10 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return undefined;
  const y0 = digit(text, 0);
  const y1 = digit(text, 1);
  const y2 = digit(text, 2);
  const y3 = digit(text, 3);
  const m0 = digit(text, 5);
  const m1 = digit(text, 6);
  const d0 = digit(text, 8);
  const d1 = digit(text, 9);
  if ((y0 | y1 | y2 | y3 | m0 | m1 | d0 | d1) < 0) return undefined;
  const year = y0 * 1000 + y1 * 100 + y2 * 10 + y3;
  const month = m0 * 10 + m1;
  const day = d0 * 10 + d1;
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return daysFromCivil(year, month, day);
}

/**
 * Parses `YYYY-MM-DD` into an epoch day, or returns `undefined` when the text is not a real calendar
 * date (2023-02-29, 2024-13-01, " 2024-01-01", 2024-1-1 …). Never throws.
 */
export function parseIsoDate(text: unknown): EpochDay | undefined {
  return civilDay(text);
}

/**
 * `parseIsoDate` of text already known to be a valid date (checked by the case schema or the input fast
 * path): the same day, without the checks. Never for text that was not checked.
 */
export function parseCheckedIsoDate(text: string): EpochDay {
  // Digit by digit, without an arrow over `text` (which would allocate a context and the arrow per call).
  const year = (text.charCodeAt(0) - 48) * 1000 + (text.charCodeAt(1) - 48) * 100 + (text.charCodeAt(2) - 48) * 10 + (text.charCodeAt(3) - 48);
  return daysFromCivil(year, (text.charCodeAt(5) - 48) * 10 + (text.charCodeAt(6) - 48), (text.charCodeAt(8) - 48) * 10 + (text.charCodeAt(9) - 48));
}

const MIN_DAY = civilDay(MIN_DATE)!;
const MAX_DAY = civilDay(MAX_DATE)!;

/**
 * The epoch day of `text` when it is a real `YYYY-MM-DD` date from MIN_DATE to MAX_DATE, else
 * `undefined`: the check and the parse in one pass (the input fast path reads each event's date once).
 */
export function supportedIsoDay(text: unknown): EpochDay | undefined {
  const d = civilDay(text);
  return d === undefined || d < MIN_DAY || d > MAX_DAY ? undefined : d;
}

/** Whether `text` is a real `YYYY-MM-DD` date from MIN_DATE to MAX_DATE (`supportedIsoDay`). */
export function isSupportedIsoDate(text: unknown): boolean {
  return supportedIsoDay(text) !== undefined;
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : `${n}`;
}

function formatUncached(epochDay: EpochDay): string {
  const { year, month, day } = civilFromDays(epochDay);
  return `${String(year).padStart(4, '0')}-${pad2(month)}-${pad2(day)}`;
}

// Batches format the same few thousand dates over and over: each is formatted once, then looked up.
// The table covers the supported range (at most ~110,000 short strings, filled only as used).
const FORMAT_BASE = -25567; // 1900-01-01
const FORMAT_SIZE = 109939; // up to 2200-12-31
const formatted: Array<string | undefined> = new Array<string | undefined>(FORMAT_SIZE);

/** Formats an epoch day as `YYYY-MM-DD` (years 0–9999). */
export function formatIsoDate(epochDay: EpochDay): string {
  const i = epochDay - FORMAT_BASE;
  if (i < 0 || i >= FORMAT_SIZE) return formatUncached(epochDay);
  return (formatted[i] ??= formatUncached(epochDay));
}

/** ISO weekday of an epoch day: 1 = Monday … 7 = Sunday (1970-01-01 was a Thursday). */
export function isoWeekday(epochDay: EpochDay): number {
  return ((((epochDay + 3) % 7) + 7) % 7) + 1;
}

/**
 * Adds calendar months, clamping to the end of the month (2004-01-31 + 1 month = 2004-02-29): the same
 * day of the target month, or its last day when it has fewer days. This is luxon's `plus({ months })`,
 * against which `test/calendar.test.ts` checks it; the computation itself never touches `Date` or a clock.
 */
export function addMonths(epochDay: EpochDay, months: number): EpochDay {
  const { year, month, day } = civilFromDays(epochDay);
  const index = year * 12 + (month - 1) + months;
  const y = Math.floor(index / 12);
  const m = index - y * 12 + 1;
  return daysFromCivil(y, m, Math.min(day, daysInMonth(y, m)));
}
