/**
 * Samentelling and the counting of sick days, in one place: periods of incapacity separated by fewer
 * than four weeks are one chain, and only sick days count (BW 7:629(10); WIA 23(3),(5); ZW 38(1)).
 *
 * - A `recovered` event ends a period the day before it; a `sick` event starts a new one.
 * - Pregnancy leave (WAZO) days are neither counted nor part of the four-week gap test: periods directly
 *   before and after the leave are added together, "tenzij de ongeschiktheid redelijkerwijs niet geacht
 *   kan worden voort te vloeien uit dezelfde oorzaak" (BW 7:629(10); WIA 23(3)(a) 2°). A `sick` event
 *   with `differentCause` says so: for it the leave days count as fit days, and a sickness recorded on the
 *   day after a leave, while the employee was sick before it, ends the earlier period when the leave began.
 * - A gap of `chainBreakDays` fit days or more (28: the parameter in `rules/parameters.json`) ends the
 *   chain; the next sickness starts a new chain with a new day 1.
 * - `partially-recovered` does not interrupt incapacity: it is kept for display only.
 *
 * Counting convention: the first sick day of the chain is counted day 1; counted day k is the k-th day
 * of the chain that counts. "Week N" covers counted days 7N − 6 … 7N; "uiterlijk in week N" is day 7N;
 * "de eerste dag nadat de ongeschiktheid N weken heeft geduurd" is day 7N + 1.
 *
 * Everything is on epoch days; a chain's counted days are a short list of segments, so mapping counted
 * day k to a date is a walk over a handful of integers.
 */
import { OPEN_END, type EpochDay } from '../calendar/days.js';
import type { Issue } from '../errors.js';

export interface Interval {
  start: EpochDay;
  /** Inclusive; `OPEN_END` for a period still running. */
  end: EpochDay;
}

export interface SickPeriod extends Interval {
  /** Fit days between the previous period and this one (leave excluded); 0 for the first. */
  gapBefore: number;
  /** Its incapacity has another cause than the period before a pregnancy leave (no bridge over it). */
  differentCause?: true;
}

export interface Chain {
  /** Counted day 1. */
  start: EpochDay;
  periods: SickPeriod[];
  /** Counted segments: sick days minus leave, in order; the last may end at `OPEN_END`. */
  segments: Interval[];
  /** Counted days before each segment. */
  before: number[];
  /** Counted days in all segments (beyond any real count while the last period runs on: it ends at `OPEN_END`). */
  total: number;
  /** Leave intervals that fall inside the chain. */
  leave: Interval[];
  /** The employee is fit at the end of the chain (its last period was closed by a recovery). */
  closed: boolean;
  /** Chains that ended before this one (gap of four weeks or more): their first days. */
  earlierChainStarts: EpochDay[];
}

export interface StateEvent {
  kind: 'sick' | 'recovered';
  date: EpochDay;
  index: number;
  /** For `sick`: another cause than the incapacity before a pregnancy leave. */
  differentCause?: boolean;
}

function overlap(a: Interval, b: Interval): number {
  const s = Math.max(a.start, b.start);
  const e = Math.min(a.end, b.end);
  return e >= s ? e - s + 1 : 0;
}

function leaveDaysIn(leave: readonly Interval[], from: EpochDay, to: EpochDay): number {
  if (to < from) return 0;
  let n = 0;
  for (const l of leave) n += overlap(l, { start: from, end: to });
  return n;
}

/** Subtracts the (sorted, disjoint) leave intervals from one sick interval. */
function carve(interval: Interval, leave: readonly Interval[], out: Interval[]): void {
  let cursor = interval.start;
  for (const l of leave) {
    if (l.end < cursor || l.start > interval.end) continue;
    if (l.start > cursor) out.push({ start: cursor, end: l.start - 1 });
    cursor = l.end + 1;
    if (cursor > interval.end) return;
  }
  out.push({ start: cursor, end: interval.end });
}

/**
 * The leave that ends on `day` and began after `after`. This helper and the next are loops in functions of
 * their own, not arrows in `buildChain`: an arrow over its variables puts them in context objects that
 * every call (and every pass of its loop) allocates.
 */
function leaveEndingOn<L extends Interval>(leave: readonly L[], day: EpochDay, after: EpochDay): L | undefined {
  for (let i = 0; i < leave.length; i++) if (leave[i]!.end === day && leave[i]!.start > after) return leave[i];
  return undefined;
}

/** The leave that ends on or after `day`, in order. */
function leaveEndingFrom<L extends Interval>(leave: readonly L[], day: EpochDay): L[] {
  const out: L[] = [];
  for (let i = 0; i < leave.length; i++) if (leave[i]!.end >= day) out.push(leave[i]!);
  return out;
}

/**
 * Builds the chain the case is in now. `stateEvents` and `leave` may come in any order; problems
 * (recovering twice, two events on one day) are returned with it, so that they are listed together with
 * every other problem of the input.
 */
export function buildChain(
  firstSickDay: EpochDay,
  stateEvents: readonly StateEvent[],
  leave: readonly Interval[],
  chainBreakDays: number,
): { chain: Chain; problems: Issue[] } {
  if (stateEvents.length === 0 && leave.length === 0) {
    // Most cases: one period, still running, no leave. What the steps below come to for them, without
    // their intermediate lists.
    const period: SickPeriod = { start: firstSickDay, end: OPEN_END, gapBefore: 0 };
    const chain: Chain = { start: firstSickDay, periods: [period], segments: [{ start: firstSickDay, end: OPEN_END }], before: [0], total: OPEN_END - firstSickDay + 1, leave: [], closed: false, earlierChainStarts: [] };
    return { chain, problems: [] };
  }
  const issues: Issue[] = [];
  // Most other cases have one state event: no copy, no sort.
  const sorted = stateEvents.length < 2 ? stateEvents : stateEvents.slice().sort((a, b) => a.date - b.date || a.index - b.index);
  const periods: SickPeriod[] = [];
  let current: SickPeriod | undefined = { start: firstSickDay, end: OPEN_END, gapBefore: 0 };
  let lastDate = Number.NaN;
  for (const ev of sorted) {
    if (ev.date === lastDate) {
      issues.push({ code: 'conflicting_events', path: ['events', ev.index, 'date'], message: 'two recovery or sickness events on the same day: give each period its own days' });
      continue;
    }
    lastDate = ev.date;
    if (ev.kind === 'recovered') {
      if (current === undefined) {
        issues.push({ code: 'already_recovered', path: ['events', ev.index], message: 'a recovery while the employee is already fit: add a sick event for the period in between' });
        continue;
      }
      current.end = ev.date - 1;
      periods.push(current);
      current = undefined;
    } else {
      if (current !== undefined) {
        if (ev.date === firstSickDay) continue; // restating the first sick day
        // Sick before a pregnancy leave and, from the day after it, sick with another cause: the earlier
        // incapacity is taken to have ended when the leave began.
        const before = ev.differentCause === true ? leaveEndingOn(leave, ev.date - 1, current.start) : undefined;
        if (before === undefined) {
          issues.push({ code: 'already_sick', path: ['events', ev.index], message: 'a new sickness while the employee is already sick: add the recovery that came before it (or, for another cause directly after a pregnancy leave, differentCause: true on the day after the leave)' });
          continue;
        }
        current.end = before.start - 1;
        periods.push(current);
      }
      const prevEnd = periods[periods.length - 1]!.end;
      current = { start: ev.date, end: OPEN_END, gapBefore: ev.date - prevEnd - 1 };
      if (ev.differentCause === true) current.differentCause = true;
    }
  }
  if (current !== undefined) periods.push(current);

  const leaveSorted = leave.length < 2 ? leave : leave.slice().sort((a, b) => a.start - b.start);
  // Gap test: fit days between two periods, leave days not included.
  const chains: SickPeriod[][] = [];
  for (const p of periods) {
    if (chains.length === 0) {
      chains.push([p]);
      continue;
    }
    const prev = chains[chains.length - 1]![chains[chains.length - 1]!.length - 1]!;
    // With another cause, leave does not bridge: its days count as fit days.
    const gap = p.start - prev.end - 1 - (p.differentCause === true ? 0 : leaveDaysIn(leaveSorted, prev.end + 1, p.start - 1));
    p.gapBefore = gap;
    if (gap >= chainBreakDays) chains.push([p]);
    else chains[chains.length - 1]!.push(p);
  }
  const chainPeriods = chains[chains.length - 1]!;
  const earlierChainStarts: EpochDay[] = [];
  for (let i = 0; i < chains.length - 1; i++) earlierChainStarts.push(chains[i]![0]!.start);
  chainPeriods[0]!.gapBefore = 0;

  const segments: Interval[] = [];
  for (const p of chainPeriods) carve(p, leaveSorted, segments);
  const before: number[] = [];
  let total = 0;
  for (const s of segments) {
    before.push(total);
    total += s.end - s.start + 1;
  }
  const first = chainPeriods[0]!;
  const last = chainPeriods[chainPeriods.length - 1]!;
  const chainLeave = leaveEndingFrom(leaveSorted, first.start);
  const chain: Chain = {
    start: segments.length > 0 ? segments[0]!.start : first.start,
    periods: chainPeriods,
    segments,
    before,
    total,
    leave: chainLeave,
    closed: last.end !== OPEN_END,
    earlierChainStarts,
  };
  return { chain, problems: issues };
}

/**
 * The calendar date of counted day k. Beyond the last counted day of a closed chain the date is
 * projected as if the incapacity had gone on without a break after the last sick day; `beyond` says so.
 */
export function dateOfCountedDay(chain: Chain, k: number): { date: EpochDay; beyond: boolean } {
  const { segments, before } = chain;
  for (let i = 0; i < segments.length; i++) {
    const s = segments[i]!;
    const offset = k - before[i]! - 1;
    if (offset <= s.end - s.start) return { date: s.start + offset, beyond: false };
  }
  const lastEnd = segments.length > 0 ? segments[segments.length - 1]!.end : chain.start - 1;
  return { date: lastEnd + (k - chain.total), beyond: true };
}

/** The date of counted day k, as {@link dateOfCountedDay} gives it, without the object around it. */
export function dateOfCounted(chain: Chain, k: number): EpochDay {
  const { segments, before } = chain;
  for (let i = 0; i < segments.length; i++) {
    const s = segments[i]!;
    const offset = k - before[i]! - 1;
    if (offset <= s.end - s.start) return s.start + offset;
  }
  const lastEnd = segments.length > 0 ? segments[segments.length - 1]!.end : chain.start - 1;
  return lastEnd + (k - chain.total);
}

/** How many days counted on or before `date` (0 before the chain starts). */
export function countedDaysUpTo(chain: Chain, date: EpochDay): number {
  let n = 0;
  for (const s of chain.segments) {
    if (date < s.start) break;
    n += Math.min(date, s.end) - s.start + 1;
  }
  return n;
}

/**
 * Gap days and leave days that lie between the chain's day 1 and `date`. Past the end of a closed chain
 * (a projected date) only what lies within the chain counts: the projection itself has no gaps.
 */
export function skippedBefore(chain: Chain, date: EpochDay): { gapDays: number; leaveDays: number } {
  const lastSegment = chain.segments[chain.segments.length - 1];
  const until = chain.closed && lastSegment !== undefined ? Math.min(date, lastSegment.end + 1) : date;
  const leaveDays = leaveDaysIn(chain.leave, chain.start, until - 1);
  const skipped = until - chain.start - countedDaysUpTo(chain, until - 1);
  return { gapDays: Math.max(0, skipped - leaveDays), leaveDays };
}
