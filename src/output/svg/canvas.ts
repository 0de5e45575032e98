/**
 * Where things go: the calendar span of a timeline mapped onto the picture's width, and what has been
 * drawn so far (markup, and the boxes of the texts that lines must keep clear of). One canvas per picture.
 */
import { parseIsoDate, type EpochDay } from '../../calendar/days.js';
import type { Locale } from '../../explain/messages.js';
import type { Timeline } from '../../model/timeline-schema.js';
import { esc, num, textBox, type Anchor, type Box } from './markup.js';
import { COLOUR, LEFT, RIGHT, SMALL_FONT } from './style.js';
import { textWidth } from './text-width.js';

export const day = (iso: string): EpochDay => parseIsoDate(iso)!;

export interface Canvas {
  readonly width: number;
  readonly locale: Locale;
  /** Prefix of the ids of this picture. */
  readonly id: string;
  /** First and last day of the span drawn. */
  readonly d0: EpochDay;
  readonly d1: EpochDay;
  /** The left edge of a day. */
  readonly x: (d: EpochDay) => number;
  /** The middle of a day. */
  readonly mid: (d: EpochDay) => number;
  /** Every text placed so far. */
  readonly boxes: Box[];
  readonly out: string[];
}

/** A canvas spanning everything the timeline dates, plus a little room after the last day. */
export function canvasFor(timeline: Timeline, locale: Locale, width: number, id: string): Canvas {
  const wageEnd = day(timeline.endOfWagePayment);
  let d0 = day(timeline.firstSickDay);
  let d1 = Math.max(timeline.lastDayOfWachttijd === null ? wageEnd : day(timeline.lastDayOfWachttijd), wageEnd);
  const see = (d: EpochDay): void => {
    d0 = Math.min(d0, d);
    d1 = Math.max(d1, d);
  };
  for (const m of timeline.milestones) see(day(m.due));
  for (const l of timeline.leave) (see(day(l.start)), see(day(l.end)));
  for (const e of timeline.extensions) see(day(e.to));
  for (const p of timeline.periods) if (p.end !== null) see(day(p.end));
  if (timeline.asOf !== undefined) see(day(timeline.asOf));
  d1 += Math.max(3, Math.round((d1 - d0) / 100));
  const scale = (width - LEFT - RIGHT) / (d1 - d0 + 1);
  const x = (d: EpochDay): number => LEFT + (d - d0) * scale;
  return { width, locale, id, d0, d1, x, mid: (d) => x(d) + scale / 2, boxes: [], out: [] };
}

/** A text at (x, baseline), remembered as a box that lines keep clear of. */
export function text(c: Canvas, s: string, x: number, baseline: number, size: number, anchor: Anchor, attrs = '', bold = false): string {
  c.boxes.push(textBox(s, x, baseline, size, anchor, bold));
  return `<text x="${num(x)}" y="${num(baseline)}" font-size="${size}"${anchor === 'start' ? '' : ` text-anchor="${anchor}"`}${bold ? ' font-weight="bold"' : ''}${attrs}>${esc(s)}</text>`;
}

/** A band over the days `s` … `e` (both included), with its meaning as a tooltip. */
export function band(c: Canvas, cls: string, s: EpochDay, e: EpochDay, y: number, h: number, fill: string, title: string, extra = ''): string {
  return `<rect class="${cls}"${extra} x="${num(c.x(s))}" y="${num(y)}" width="${num(Math.max(1, c.x(e + 1) - c.x(s)))}" height="${h}" fill="${fill}"><title>${esc(title)}</title></rect>`;
}

/** A short text inside a band, drawn only when it fits there. */
export function inBand(c: Canvas, s: string, from: EpochDay, to: EpochDay, y: number, h: number): void {
  const room = c.x(to + 1) - c.x(from) - 8;
  if (textWidth(s, SMALL_FONT) <= room) c.out.push(text(c, s, c.x(from) + 4, y + h / 2 + 3.5, SMALL_FONT, 'start', ` fill="${COLOUR.text}"`));
}
