/**
 * The options of a renderer or explainer, read once into a plain copy and checked: an unknown key, a
 * value of the wrong kind or a getter that throws is a `PoortwachterError` (`INVALID_OPTION`,
 * `UNREADABLE_INPUT`) naming the option, never a TypeError or `NaN` in the output.
 */
import { describeThrown, PoortwachterError } from '../errors.js';

export function readOptions(value: unknown, allowed: readonly string[], fn: string): Record<string, unknown> {
  if (value === undefined) return {};
  let copy: Record<string, unknown> | undefined;
  try {
    // Array.isArray and the spread run the traps of a (revoked) Proxy: inside the try, and nothing in
    // the catch may touch what was thrown but describeThrown.
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) copy = { ...value };
  } catch (e) {
    throw new PoortwachterError('UNREADABLE_INPUT', `the options of ${fn} could not be read: reading them threw ${describeThrown(e)}`, []);
  }
  if (copy === undefined) throw new PoortwachterError('INVALID_OPTION', `the options of ${fn} must be an object such as { locale: 'en' }`, []);
  for (const key of Object.keys(copy)) {
    if (!allowed.includes(key)) throw new PoortwachterError('INVALID_OPTION', `unknown option '${key.slice(0, 40)}' of ${fn}; known: ${allowed.join(', ')}`, [key]);
  }
  return copy;
}

/** A whole number within bounds, or the default when absent. */
export function intOption(o: Record<string, unknown>, key: string, min: number, max: number, fallback: number): number {
  const v = o[key];
  if (v === undefined) return fallback;
  if (typeof v !== 'number' || !Number.isInteger(v) || v < min || v > max) {
    throw new PoortwachterError('INVALID_OPTION', `${key} must be a whole number from ${min} to ${max}, not ${typeof v === 'number' ? String(v) : typeof v}`, [key]);
  }
  return v;
}

/** A string matching `pattern`, or `undefined` when absent. */
export function stringOption(o: Record<string, unknown>, key: string, pattern: RegExp, what: string): string | undefined {
  const v = o[key];
  if (v === undefined) return undefined;
  if (typeof v !== 'string' || !pattern.test(v)) {
    throw new PoortwachterError('INVALID_OPTION', `${key} must be ${what}, not ${typeof v === 'string' ? JSON.stringify(v.slice(0, 40)) : typeof v}`, [key]);
  }
  return v;
}
