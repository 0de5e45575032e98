/**
 * The formats every layer shares, as plain checks with their messages: a calendar date and a milestone
 * id. The zod schemas (`primitives.ts`, for `poortwachter/schema`) and the zod-free input check of the
 * main entry (`case/check.ts`) both use these, so that the two say the same thing in the same words.
 */
import { MAX_DATE, MIN_DATE, parseIsoDate } from '../calendar/days.js';

/** What is said of a date that is not a string. */
export const DATE_TYPE_MESSAGE = 'must be a date written YYYY-MM-DD';

/** Why a string is not a supported date (`invalid_date`, `date_out_of_range`), or `undefined` when it is one. */
export function isoDateProblem(s: string): { code: 'invalid_date' | 'date_out_of_range'; message: string } | undefined {
  if (parseIsoDate(s) === undefined) return { code: 'invalid_date', message: `'${s.length > 40 ? `${s.slice(0, 40)}…` : s}' is not a real calendar date written YYYY-MM-DD` };
  if (s < MIN_DATE || s > MAX_DATE) return { code: 'date_out_of_range', message: `${s} is outside the supported range ${MIN_DATE} … ${MAX_DATE}` };
  return undefined;
}

/** The pattern of a milestone id (also checked by the input fast path). */
export const MILESTONE_ID_PATTERN = /^[a-z0-9][a-z0-9-]{0,62}$/;
/**
 * `MILESTONE_ID_PATTERN.test(v)` without the regular expression: the input fast path checks the id of
 * every `completed` event this way (test/formats.test.ts holds it to the pattern).
 */
export function isMilestoneId(v: string): boolean {
  const n = v.length;
  if (n < 1 || n > 63) return false;
  for (let i = 0; i < n; i++) {
    const c = v.charCodeAt(i);
    // a-z, 0-9, and after the first character a dash
    if (!((c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c === 45 && i > 0))) return false;
  }
  return true;
}
export const MILESTONE_ID_MESSAGE = 'must be lower-case letters, digits and dashes (at most 63)';
