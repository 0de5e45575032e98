/**
 * The case in the URL fragment, so that a link reproduces it:
 *   #firstSickDay=2026-03-02                 a bare case
 *   #case=<URI-encoded JSON of the case>      any case (the input of computeTimeline)
 * either followed by `&asOf=YYYY-MM-DD` (the as-of date; a case JSON's own `asOf` is used when this is
 * absent) and `&lang=en` (the page's language; Dutch when absent).
 */
import type { Lang } from './i18n.js';

export interface Fragment {
  /** The case (without `asOf`), or undefined when the fragment names none. */
  readonly input?: Record<string, unknown>;
  readonly asOf?: string;
  readonly lang?: Lang;
  /** Why `#case=` could not be read. */
  readonly error?: string;
}

export function parseFragment(hash: string): Fragment {
  const params = new Map<string, string>();
  for (const part of hash.replace(/^#/, '').split('&')) {
    if (part === '') continue;
    const eq = part.indexOf('=');
    const key = eq < 0 ? part : part.slice(0, eq);
    const raw = eq < 0 ? '' : part.slice(eq + 1);
    let value: string;
    try {
      value = decodeURIComponent(raw);
    } catch {
      value = raw;
    }
    params.set(key, value);
  }
  const lang = params.get('lang');
  const out: { input?: Record<string, unknown>; asOf?: string; lang?: Lang; error?: string } = {};
  if (lang === 'nl' || lang === 'en') out.lang = lang;
  const json = params.get('case');
  if (json !== undefined) {
    try {
      const parsed: unknown = JSON.parse(json);
      if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) throw new Error('not a JSON object');
      const input = { ...(parsed as Record<string, unknown>) };
      if (typeof input.asOf === 'string') out.asOf = input.asOf;
      delete input.asOf;
      out.input = input;
    } catch (e) {
      out.error = e instanceof Error ? e.message : String(e);
    }
  } else if (params.has('firstSickDay')) {
    out.input = { firstSickDay: params.get('firstSickDay') };
  }
  const asOf = params.get('asOf');
  if (asOf !== undefined) out.asOf = asOf;
  return out;
}

/** The fragment (without '#') of a case, its as-of date and language. */
export function formatFragment(input: Record<string, unknown>, asOf: string, lang: Lang): string {
  const keys = Object.keys(input);
  const parts: string[] = [];
  if (keys.length === 0) {
    // nothing entered yet
  } else if (keys.length === 1 && keys[0] === 'firstSickDay' && typeof input.firstSickDay === 'string') {
    parts.push(`firstSickDay=${encodeURIComponent(input.firstSickDay)}`);
  } else {
    parts.push(`case=${encodeURIComponent(JSON.stringify(input))}`);
  }
  if (asOf !== '') parts.push(`asOf=${encodeURIComponent(asOf)}`);
  if (lang !== 'nl') parts.push(`lang=${lang}`);
  return parts.join('&');
}
