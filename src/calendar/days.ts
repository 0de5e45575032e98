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

/** Days since 1970-01-01 of a proleptic Gregorian date (month 1–12). */
export function daysFromCivil(year: number, month: number, day: number): EpochDay {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The inverse of {@link daysFromCivil}. */
export function civilFromDays(epochDay: EpochDay): { year: number; month: number; day: number } {
  const z = epochDay + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
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
 * The date in `text` as year × 10000 + month × 100 + day (2024-02-29 is 20240229), or -1 when the text is
 * not a real `YYYY-MM-DD` calendar date. Packed this way, dates compare as numbers in calendar order.
 */
function packedDate(text: unknown): number {
  if (typeof text !== 'string' || text.length !== 10 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return -1;
  const y0 = digit(text, 0);
  const y1 = digit(text, 1);
  const y2 = digit(text, 2);
  const y3 = digit(text, 3);
  const m0 = digit(text, 5);
  const m1 = digit(text, 6);
  const d0 = digit(text, 8);
  const d1 = digit(text, 9);
  if ((y0 | y1 | y2 | y3 | m0 | m1 | d0 | d1) < 0) return -1;
  const year = y0 * 1000 + y1 * 100 + y2 * 10 + y3;
  const month = m0 * 10 + m1;
  const day = d0 * 10 + d1;
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return -1;
  return year * 10000 + month * 100 + day;
}

/**
 * Parses `YYYY-MM-DD` into an epoch day, or returns `undefined` when the text is not a real calendar
 * date (2023-02-29, 2024-13-01, " 2024-01-01", 2024-1-1 …). Never throws.
 */
export function parseIsoDate(text: unknown): EpochDay | undefined {
  const p = packedDate(text);
  return p < 0 ? undefined : dayOfPacked(p);
}

/** The epoch day of a packed date (`packedDate`, not -1). */
function dayOfPacked(p: number): EpochDay {
  const year = Math.floor(p / 10000);
  const month = Math.floor(p / 100) - year * 100;
  return daysFromCivil(year, month, p - Math.floor(p / 100) * 100);
}

/**
 * `parseIsoDate` of text already known to be a valid date (checked by the case schema or the input fast
 * path): the same day, without the checks. Never for text that was not checked.
 */
export function parseCheckedIsoDate(text: string): EpochDay {
  const c = (i: number): number => text.charCodeAt(i) - 48;
  return daysFromCivil(c(0) * 1000 + c(1) * 100 + c(2) * 10 + c(3), c(5) * 10 + c(6), c(8) * 10 + c(9));
}

const MIN_PACKED = packedDate(MIN_DATE);
const MAX_PACKED = packedDate(MAX_DATE);

/**
 * Whether `text` is a real `YYYY-MM-DD` date from MIN_DATE to MAX_DATE: the checks of `parseIsoDate`, and
 * the bounds compared on the packed date, without computing the day (every date of every case passes here).
 */
export function isSupportedIsoDate(text: unknown): boolean {
  const p = packedDate(text);
  return p >= MIN_PACKED && p <= MAX_PACKED;
}

/**
 * The epoch day of `text` when `isSupportedIsoDate(text)`, else `undefined`: the check and the parse in
 * one pass (the input fast path reads each event's date once).
 */
export function supportedIsoDay(text: unknown): EpochDay | undefined {
  const p = packedDate(text);
  return p < MIN_PACKED || p > MAX_PACKED ? undefined : dayOfPacked(p);
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
