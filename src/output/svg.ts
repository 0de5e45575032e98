/**
 * A timeline picture as SVG, for a casemanager to take in at a glance (issue 11). From the top: the
 * periods of sickness with partial recovery, the gaps between them and pregnancy leave; the wachttijd and
 * every extension of wage payment; an axis in counted weeks of the wachttijd, broken where days do not
 * count; then one row per milestone, in date order, its status told by the shape of its mark and by its
 * text; a labelled as-of line; a legend. Pure string building, no DOM: text widths are estimated (erring
 * wide), no label is placed where another text is, and the lines that run down the picture are broken
 * around every text. scripts/browser/svg.mjs measures the result in a browser.
 *
 * The parts live in svg/: the canvas (span and scale), the bars, the week axis, the rows, the marks, the
 * legend, the words (title and description).
 */
import { localeOf, lookup, t, type Locale } from '../explain/messages.js';
import type { Timeline } from '../model/timeline-schema.js';
import { intOption, readOptions } from '../model/read-options.js';
import { readTimeline } from '../model/read-timeline.js';
import { drawBars } from './svg/bars.js';
import { canvasFor, day, text, type Canvas } from './svg/canvas.js';
import { countedUpTo, countingOf } from './svg/counted-days.js';
import { descriptionOf, titleOf } from './svg/describe.js';
import { legend, type LegendEntry } from './svg/legend.js';
import { mark, type MarkKind } from './svg/marks.js';
import { brokenVertical, esc, num } from './svg/markup.js';
import { drawRows } from './svg/rows.js';
import { CLEAR, COLOUR, LEFT, RIGHT, TITLE_FONT } from './svg/style.js';
import { textWidth } from './svg/text-width.js';
import { drawWeekAxis } from './svg/week-axis.js';

export interface SvgOptions {
  readonly locale?: Locale;
  /** Width in pixels (default 1200; from 400). */
  readonly width?: number;
}

export function toSvg(stored: Timeline, options: SvgOptions = {}): string {
  const o = readOptions(options, ['locale', 'width'], 'toSvg');
  const locale = localeOf(o);
  const width = intOption(o, 'width', 400, 20_000, 1200);
  return render(readTimeline(stored), locale, width);
}

function patterns(id: string): string {
  const hatch = (name: string, bg: string, fg: string, d: string): string =>
    `<pattern id="${id}-${name}" width="6" height="6" patternUnits="userSpaceOnUse"><rect width="6" height="6" fill="${bg}"/><path d="${d}" stroke="${fg}" stroke-width="1.2"/></pattern>`;
  return `<defs>${hatch('gap', '#f5f5f5', '#757575', 'M-1 7L7 -1M-1 1L1 -1M5 7L7 5')}${hatch('leave', '#f3e5f5', '#8e24aa', 'M-1 -1L7 7M5 -1L7 1M-1 5L1 7')}${hatch('partial', COLOUR.partial, '#ffffff', 'M3 0V6')}</defs>`;
}

/** A short digest of the picture, so that ids stay apart when several pictures share a page. */
function digest(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(36);
}

/** The title at the top, wrapped at " · " when the picture is narrow; returns where it ends. */
function drawTitle(c: Canvas, title: string): number {
  const lines: string[] = [];
  for (const part of title.split(' · ')) {
    const last = lines.length - 1;
    if (last >= 0 && textWidth(`${lines[last]} · ${part}`, TITLE_FONT, true) <= c.width - LEFT - RIGHT) lines[last] += ` · ${part}`;
    else lines.push(part);
  }
  lines.forEach((line, i) => c.out.push(text(c, line, LEFT, 24 + i * 20, TITLE_FONT, 'start', ` fill="${COLOUR.text}"`, true)));
  return 24 + (lines.length - 1) * 20;
}

/** The as-of label beside the top of its line (above it when neither side has room); returns the line's top. */
function drawAsOfLabel(c: Canvas, label: string, asOf: number, baseline: number): number {
  const ax = c.mid(asOf);
  const w = textWidth(label, 11, true);
  const attrs = ` class="as-of-label" fill="${COLOUR.asOf}"`;
  if (ax + 5 + w <= c.width - RIGHT) c.out.push(text(c, label, ax + 5, baseline, 11, 'start', attrs, true));
  else if (ax - 5 - w >= LEFT) c.out.push(text(c, label, ax - 5, baseline, 11, 'end', attrs, true));
  else {
    c.out.push(text(c, label, Math.min(Math.max(ax, LEFT + w / 2), c.width - RIGHT - w / 2), baseline, 11, 'middle', attrs, true));
    return baseline + 7;
  }
  return baseline - 11;
}

function render(timeline: Timeline, locale: Locale, width: number): string {
  const id = `pw-${digest(`${width} ${locale} ${JSON.stringify(timeline)}`)}`;
  const c = canvasFor(timeline, locale, width, id);
  const counting = countingOf(timeline);
  const asOf = timeline.asOf === undefined ? undefined : day(timeline.asOf);

  const title = titleOf(timeline, locale);
  let y = drawTitle(c, title) + 10;
  let asOfTop = 0;
  if (asOf !== undefined) {
    const label = t(locale, 'svg.as-of-label', { date: timeline.asOf!, day: timeline.countedDaysAsOf ?? countedUpTo(counting, asOf) });
    asOfTop = drawAsOfLabel(c, label, asOf, y + 16);
    y += 24;
  }
  const bars = drawBars(c, timeline, y);
  const axisEnd = day(timeline.lastDayOfWachttijd ?? timeline.endOfWagePayment);
  const axis = drawWeekAxis(c, timeline, counting, bars.bottom, axisEnd);
  const rows = drawRows(c, timeline, axis.y + 12);

  // Lines down the picture, broken wherever a text is: the named weeks and the as-of line.
  const lines: string[] = [];
  for (const w of axis.weeks) lines.push(brokenVertical(axis.weekX(w), axis.y + 6, rows.bottom, c.boxes, CLEAR, ` class="grid" stroke="${COLOUR.grid}" stroke-width="1" stroke-dasharray="2 3" fill="none"`));
  if (asOf !== undefined) lines.push(brokenVertical(c.mid(asOf), asOfTop, rows.bottom, c.boxes, CLEAR, ` class="as-of" stroke="${COLOUR.asOf}" stroke-width="1.5" stroke-dasharray="6 3" fill="none"`));

  const key = legend(t(locale, 'svg.legend'), legendEntries(timeline, c, bars.baseText, axis.ticks, axis.skips, rows.counts), LEFT, width - RIGHT, rows.bottom + 14);
  const height = Math.ceil(key.bottom + 12);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="system-ui, sans-serif" role="img" aria-labelledby="${id}-title" aria-describedby="${id}-desc">`,
    `<title id="${id}-title">${esc(title)}</title>`,
    `<desc id="${id}-desc">${esc(descriptionOf(timeline, locale, rows.counts))}</desc>`,
    patterns(id),
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    ...rows.shading,
    ...c.out,
    ...lines,
    key.markup,
    '</svg>',
  ].join('\n');
}

/** What every colour, pattern, line and mark means: only those drawn. */
function legendEntries(timeline: Timeline, c: Canvas, baseText: string, ticks: boolean, skips: boolean, counts: ReadonlyMap<MarkKind, number>): LegendEntry[] {
  const { locale, id } = c;
  const entries: LegendEntry[] = [];
  const swatchBand = (fill: string) => (cx: number, cy: number) => `<rect x="${num(cx - 11)}" y="${num(cy - 6)}" width="22" height="12" fill="${fill}"/>`;
  entries.push({ swatch: swatchBand(COLOUR.sick), text: t(locale, 'svg.legend.sick') });
  if (timeline.periods.some((p) => p.partialRecoveries.length > 0)) entries.push({ swatch: swatchBand(`url(#${id}-partial)`), text: t(locale, 'svg.legend.partial') });
  if (timeline.periods.some((p) => p.gapBefore !== null || p.end !== null)) entries.push({ swatch: swatchBand(`url(#${id}-gap)`), text: t(locale, 'svg.legend.gap') });
  if (timeline.leave.length > 0) entries.push({ swatch: swatchBand(`url(#${id}-leave)`), text: t(locale, 'svg.legend.leave') });
  entries.push({ swatch: swatchBand(COLOUR.wachttijd), text: baseText });
  for (const ext of timeline.extensions) {
    entries.push({ swatch: swatchBand(COLOUR.extension), text: t(locale, 'svg.extension', { cause: lookup(locale, `cause-short.${ext.cause}`) ?? ext.cause, from: ext.from, to: ext.to, days: ext.days }) });
  }
  if (ticks) {
    entries.push({
      swatch: (cx, cy) => `<path d="M${num(cx - 11)} ${num(cy + 2)}H${num(cx + 11)}" stroke="${COLOUR.axis}" stroke-width="2"/><path d="M${num(cx)} ${num(cy - 4)}V${num(cy + 6)}" stroke="${COLOUR.axis}" stroke-width="1.5"/>`,
      text: t(locale, 'svg.legend.weeks'),
    });
  }
  if (skips) entries.push({ swatch: (cx, cy) => `<path d="M${num(cx - 11)} ${num(cy)}H${num(cx + 11)}" stroke="${COLOUR.axis}" stroke-width="1" stroke-dasharray="1 3"/>`, text: t(locale, 'svg.legend.not-counted') });
  if (timeline.asOf !== undefined) {
    entries.push({ swatch: (cx, cy) => `<path d="M${num(cx)} ${num(cy - 7)}V${num(cy + 7)}" stroke="${COLOUR.asOf}" stroke-width="1.5" stroke-dasharray="6 3"/>`, text: t(locale, 'svg.legend.as-of', { date: timeline.asOf }) });
  }
  for (const kind of ['none', 'open', 'done', 'done-late', 'overdue', 'not-applicable'] as const) {
    if (counts.has(kind)) entries.push({ swatch: (cx, cy) => mark(kind, cx, cy), text: t(locale, `svg.legend.${kind}`) });
  }
  return entries;
}
