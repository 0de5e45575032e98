/**
 * The axis in counted weeks of the wachttijd: solid over the days that count, dotted over those in it
 * that do not (fit days between periods, pregnancy leave), a small tick at the end of every 13th week and
 * a labelled one at the end of each week the milestones' terms name ("week 42", "week 104"), so that the
 * ticks after a gap or leave move on by as many days and week 104 is the last day of the wachttijd.
 */
import { formatIsoDate, type EpochDay } from '../../calendar/days.js';
import { t } from '../../explain/messages.js';
import type { Timeline } from '../../model/timeline-schema.js';
import { text, type Canvas } from './canvas.js';
import { countedUpTo, dateOfCountedDay, type Counting } from './counted-days.js';
import { packLanes } from './lanes.js';
import { num } from './markup.js';
import { COLOUR, LEFT, RIGHT, SMALL_FONT } from './style.js';
import { textWidth } from './text-width.js';

const LANE = 13;

/** Which counted weeks the axis names: those the milestones' terms end in or after ("week 42"). */
export function namedWeeks(timeline: Timeline, lastCounted: number): number[] {
  const weeks = new Set<number>();
  for (const m of timeline.milestones) {
    const k = m.countedDay;
    // "Uiterlijk in week N" is counted day 7N; "na N weken" the day after it (Regeling procesgang, ZW 38).
    if (k === undefined) continue;
    if (k % 7 === 0) weeks.add(k / 7);
    else if (k % 7 === 1 && k > 1) weeks.add((k - 1) / 7);
  }
  if (lastCounted % 7 === 0) weeks.add(lastCounted / 7);
  return [...weeks].filter((w) => w > 0 && 7 * w <= lastCounted).sort((a, b) => a - b);
}

export interface WeekAxis {
  readonly y: number;
  /** The weeks labelled, and where each ends. */
  readonly weeks: readonly number[];
  readonly weekX: (week: number) => number;
  /** Whether days the axis covers do not count (the dotted stretches). */
  readonly skips: boolean;
  /** Whether it has any tick. */
  readonly ticks: boolean;
}

/** Draws the axis below `top`, up to `axisEnd` (the last day of the wachttijd, or of wage payment). */
export function drawWeekAxis(c: Canvas, timeline: Timeline, counting: Counting, top: number, axisEnd: EpochDay): WeekAxis {
  const lastCounted = countedUpTo(counting, axisEnd);
  const weeks = namedWeeks(timeline, lastCounted);
  const weekX = (w: number): number => c.x(dateOfCountedDay(counting, 7 * w)! + 1);
  // Labels that would touch go into lanes above one another.
  const labels = weeks.map((w) => {
    const s = `${t(c.locale, 'svg.week')} ${w}`;
    const half = textWidth(s, SMALL_FONT, true) / 2;
    const cx = Math.min(Math.max(weekX(w), LEFT + half), c.width - RIGHT - half);
    return { s, cx, x0: cx - half, x1: cx + half };
  });
  const lanes = packLanes(labels, 6);
  const laneCount = Math.max(1, ...lanes.map((l) => (l ?? 0) + 1));
  const y = top + 8 + laneCount * LANE + 4;
  labels.forEach((l, i) => c.out.push(text(c, l.s, l.cx, y - 7 - (lanes[i] ?? 0) * LANE, SMALL_FONT, 'middle', ` class="week-label" fill="${COLOUR.axis}"`, true)));

  const stretch = (s: { start: EpochDay; end: EpochDay }): string => `M${num(c.x(s.start))} ${num(y)}H${num(c.x(Math.min(s.end, axisEnd) + 1))}`;
  const solid = counting.segments.filter((s) => s.start <= axisEnd).map(stretch);
  if (solid.length > 0) c.out.push(`<path class="axis" d="${solid.join('')}" stroke="${COLOUR.axis}" stroke-width="2" fill="none"/>`);
  const dotted = counting.skipped.filter((s) => s.start <= axisEnd).map(stretch);
  if (dotted.length > 0) c.out.push(`<path class="axis-skipped" d="${dotted.join('')}" stroke="${COLOUR.axis}" stroke-width="1" stroke-dasharray="1 3" fill="none"/>`);
  // (At most a few hundred: a stored timeline may hold any dates.)
  for (let w = 13; 7 * w <= lastCounted && w <= 13 * 400; w += 13) {
    if (weeks.includes(w)) continue;
    c.out.push(`<line class="tick" x1="${num(weekX(w))}" y1="${num(y - 2)}" x2="${num(weekX(w))}" y2="${num(y + 4)}" stroke="${COLOUR.axis}"/>`);
  }
  for (const w of weeks) {
    const wx = weekX(w);
    c.out.push(`<line class="tick" data-week="${w}" data-date="${formatIsoDate(dateOfCountedDay(counting, 7 * w)!)}" x1="${num(wx)}" y1="${num(y - 3)}" x2="${num(wx)}" y2="${num(y + 6)}" stroke="${COLOUR.axis}" stroke-width="1.5"/>`);
  }
  return { y, weeks, weekX, skips: dotted.length > 0, ticks: weeks.length > 0 || 7 * 13 <= lastCounted };
}
