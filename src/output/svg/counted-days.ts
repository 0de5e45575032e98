/**
 * The counted days of the wachttijd as the timeline states them: its periods of sickness minus the
 * pregnancy leave (BW 7:629(10); WIA 23(5)(a)), as epoch-day segments. The picture draws its week axis
 * on them, so that "week 104" sits on the last day of the wachttijd whatever gaps and leave lie before
 * it. Nothing of the law is decided here: the periods and the leave come from the computed timeline.
 */
import { parseIsoDate, type EpochDay } from '../../calendar/days.js';
import type { Timeline } from '../../model/timeline-schema.js';

export interface Span {
  readonly start: EpochDay;
  /** Inclusive; `Infinity` for a period still running. */
  readonly end: EpochDay;
}

export interface Counting {
  /** Counted days, in order. */
  readonly segments: readonly Span[];
  /** Days of the chain that do not count: the fit days between periods and the leave inside them. */
  readonly skipped: ReadonlyArray<Span & { readonly kind: 'gap' | 'leave' }>;
}

const day = (iso: string): EpochDay => parseIsoDate(iso)!;

export function countingOf(t: Timeline): Counting {
  const leave = t.leave.map((l) => ({ start: day(l.start), end: day(l.end) })).sort((a, b) => a.start - b.start);
  const segments: Span[] = [];
  const skipped: Array<Span & { kind: 'gap' | 'leave' }> = [];
  for (const p of t.periods) {
    if (p.gapBefore !== null) skipped.push({ start: day(p.gapBefore.start), end: day(p.gapBefore.end), kind: 'gap' });
    const end = p.end === null ? Infinity : day(p.end);
    let cursor = day(p.start);
    for (const l of leave) {
      if (l.end < cursor || l.start > end) continue;
      if (l.start > cursor) segments.push({ start: cursor, end: l.start - 1 });
      skipped.push({ start: Math.max(l.start, cursor), end: Math.min(l.end, end), kind: 'leave' });
      cursor = l.end + 1;
      if (cursor > end) break;
    }
    if (cursor <= end) segments.push({ start: cursor, end });
  }
  return { segments, skipped };
}

/** The date of counted day `k` (1 = the first sick day), or `undefined` past the last counted day. */
export function dateOfCountedDay(c: Counting, k: number): EpochDay | undefined {
  let before = 0;
  for (const s of c.segments) {
    if (k - before <= s.end - s.start + 1) return s.start + (k - before) - 1;
    before += s.end - s.start + 1;
  }
  return undefined;
}

/** How many days counted on or before `date`. */
export function countedUpTo(c: Counting, date: EpochDay): number {
  let n = 0;
  for (const s of c.segments) {
    if (date < s.start) break;
    n += Math.min(date, s.end) - s.start + 1;
  }
  return n;
}
