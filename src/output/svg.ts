/**
 * A timeline picture as SVG, for a casemanager to take in at a glance (issue 11). From the top: the
 * periods of sickness with partial recovery, the gaps between them and pregnancy leave; the wachttijd and
 * every extension of wage payment; an axis in counted weeks of the wachttijd, broken where days do not
 * count; then one row per milestone, in date order, its status told by the shape of its mark and by its
 * text; a labelled as-of line; a legend. Pure string building, no DOM: text widths are estimated (erring
 * wide) and no label is placed where another text or a line is, and the lines that run down the picture
 * are broken around every text. scripts/browser/svg.mjs measures the result in a browser.
 */
import { formatIsoDate, parseIsoDate, type EpochDay } from '../calendar/days.js';
import { localeOf, lookup, t, type Locale } from '../explain/messages.js';
import type { Milestone, Timeline } from '../model/timeline-schema.js';
import { intOption, readOptions } from '../model/read-options.js';
import { readTimeline } from '../model/read-timeline.js';
import { countedUpTo, countingOf, dateOfCountedDay, type Counting } from './svg/counted-days.js';
import { packLanes } from './svg/lanes.js';
import { legend, type LegendEntry } from './svg/legend.js';
import { LABEL_COLOUR, mark, MARK_RADIUS, type MarkKind } from './svg/marks.js';
import { brokenVertical, esc, num, textBox, type Anchor, type Box } from './svg/markup.js';
import { textWidth, wrapText } from './svg/text-width.js';

export interface SvgOptions {
  readonly locale?: Locale;
  /** Width in pixels (default 1200; from 400). */
  readonly width?: number;
}

const LEFT = 16;
const RIGHT = 16;
const TITLE_FONT = 15;
const LABEL_FONT = 12;
const SMALL_FONT = 10;
const ROW = 19;
const LABEL_LINE = 15;
/** Clearance between a text and any line or mark. */
const CLEAR = 3;

const COLOUR = {
  sick: '#5277b8',
  partial: '#a8bfe3',
  wachttijd: '#78909c',
  extension: '#c97a00',
  axis: '#37474f',
  grid: '#90a4ae',
  asOf: '#111111',
  text: '#212121',
  muted: '#546e7a',
};

const day = (iso: string): EpochDay => parseIsoDate(iso)!;

export function toSvg(stored: Timeline, options: SvgOptions = {}): string {
  const o = readOptions(options, ['locale', 'width'], 'toSvg');
  const locale = localeOf(o);
  const width = intOption(o, 'width', 400, 20_000, 1200);
  return render(readTimeline(stored), locale, width);
}

/** A text at (x, baseline), remembered as a box that lines keep clear of. */
function text(boxes: Box[], s: string, x: number, baseline: number, size: number, anchor: Anchor, attrs = '', bold = false): string {
  boxes.push(textBox(s, x, baseline, size, anchor, bold));
  return `<text x="${num(x)}" y="${num(baseline)}" font-size="${size}"${anchor === 'start' ? '' : ` text-anchor="${anchor}"`}${bold ? ' font-weight="bold"' : ''}${attrs}>${esc(s)}</text>`;
}

/** Which counted weeks the axis names: those the milestones' terms end in or after ("week 42"). */
function namedWeeks(timeline: Timeline, lastCounted: number): number[] {
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

function statusSuffix(m: Milestone, locale: Locale): string {
  switch (m.status) {
    case 'done':
    case 'done-late':
      return m.completed === undefined ? t(locale, `status-short.${m.status}`) : t(locale, `svg.status.${m.status}`, { date: m.completed });
    case 'overdue':
      return t(locale, 'svg.status.overdue');
    case 'not-applicable':
      return m.notApplicable === undefined ? t(locale, 'status-short.not-applicable') : t(locale, 'svg.status.not-applicable', { reason: lookup(locale, `svg.reason.${m.notApplicable}`) ?? m.notApplicable });
    default:
      return '';
  }
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

function render(timeline: Timeline, locale: Locale, width: number): string {
  // Ids unique to this picture, so that several pictures on one page keep their own patterns and titles.
  const id = `pw-${digest(`${width} ${locale} ${JSON.stringify(timeline)}`)}`;
  const boxes: Box[] = [];
  const out: string[] = [];
  const counting: Counting = countingOf(timeline);
  const first = day(timeline.firstSickDay);
  const wachttijdEnd = timeline.lastDayOfWachttijd === null ? undefined : day(timeline.lastDayOfWachttijd);
  const wageEnd = day(timeline.endOfWagePayment);
  const asOf = timeline.asOf === undefined ? undefined : day(timeline.asOf);

  // The calendar span: everything the timeline dates, plus a little room after the last day.
  let d0 = first;
  let d1 = Math.max(wachttijdEnd ?? wageEnd, wageEnd);
  const see = (d: EpochDay): void => {
    d0 = Math.min(d0, d);
    d1 = Math.max(d1, d);
  };
  for (const m of timeline.milestones) see(day(m.due));
  for (const l of timeline.leave) (see(day(l.start)), see(day(l.end)));
  for (const e of timeline.extensions) see(day(e.to));
  for (const p of timeline.periods) if (p.end !== null) see(day(p.end));
  if (asOf !== undefined) see(asOf);
  d1 += Math.max(3, Math.round((d1 - d0) / 100));
  const scale = (width - LEFT - RIGHT) / (d1 - d0 + 1);
  /** The left edge of a day; `mid` its middle. */
  const x = (d: EpochDay): number => LEFT + (d - d0) * scale;
  const mid = (d: EpochDay): number => x(d) + scale / 2;
  const band = (cls: string, s: EpochDay, e: EpochDay, y: number, h: number, fill: string, title: string, extra = ''): string =>
    `<rect class="${cls}"${extra} x="${num(x(s))}" y="${num(y)}" width="${num(Math.max(1, x(e + 1) - x(s)))}" height="${h}" fill="${fill}"><title>${esc(title)}</title></rect>`;
  /** A text inside a band, when it fits there. */
  const inBand = (s: string, from: EpochDay, to: EpochDay, y: number, h: number, fill: string): void => {
    const room = x(to + 1) - x(from) - 8;
    if (textWidth(s, SMALL_FONT) <= room) out.push(text(boxes, s, x(from) + 4, y + h / 2 + 3.5, SMALL_FONT, 'start', ` fill="${fill}"`));
  };

  // Title, wrapped at " · " when the picture is narrow.
  const asOfPart = timeline.asOf === undefined ? '' : t(locale, 'svg.as-of', { date: timeline.asOf });
  const title = t(locale, 'svg.title', { firstSickDay: timeline.firstSickDay, regime: timeline.regime, asOf: asOfPart });
  const titleLines: string[] = [];
  for (const part of title.split(' · ')) {
    const last = titleLines.length - 1;
    if (last >= 0 && textWidth(`${titleLines[last]} · ${part}`, TITLE_FONT, true) <= width - LEFT - RIGHT) titleLines[last] += ` · ${part}`;
    else titleLines.push(part);
  }
  titleLines.forEach((line, i) => out.push(text(boxes, line, LEFT, 24 + i * 20, TITLE_FONT, 'start', ` fill="${COLOUR.text}"`, true)));
  let y = 24 + (titleLines.length - 1) * 20 + 10;

  // The as-of label, beside the top of its line.
  let asOfTop = 0;
  if (asOf !== undefined) {
    const label = t(locale, 'svg.as-of-label', { date: timeline.asOf!, day: timeline.countedDaysAsOf ?? countedUpTo(counting, asOf) });
    const ax = mid(asOf);
    const baseline = y + 16;
    const w = textWidth(label, 11, true);
    const attrs = ` class="as-of-label" fill="${COLOUR.asOf}"`;
    asOfTop = baseline - 11;
    if (ax + 5 + w <= width - RIGHT) out.push(text(boxes, label, ax + 5, baseline, 11, 'start', attrs, true));
    else if (ax - 5 - w >= LEFT) out.push(text(boxes, label, ax - 5, baseline, 11, 'end', attrs, true));
    else {
      // Room on neither side (a narrow picture): above the line, as near its middle as fits.
      out.push(text(boxes, label, Math.min(Math.max(ax, LEFT + w / 2), width - RIGHT - w / 2), baseline, 11, 'middle', attrs, true));
      asOfTop = baseline + 7;
    }
    y = baseline + 8;
  }

  // Track 1: sickness, partial recovery, gaps, leave.
  const sickTop = y;
  const sickH = 16;
  const sickEnd = Math.max(wachttijdEnd ?? wageEnd, wageEnd);
  for (const p of timeline.periods) {
    const s = day(p.start);
    const e = p.end === null ? Math.max(sickEnd, s) : day(p.end);
    out.push(band('period', s, e, sickTop, sickH, COLOUR.sick, `${t(locale, 'svg.sick')} ${p.start} – ${p.end ?? '…'}`));
    p.partialRecoveries.forEach((r, i) => {
      const from = day(r.date);
      const next = p.partialRecoveries[i + 1];
      const to = next === undefined ? e : day(next.date) - 1;
      if (to < from) return;
      out.push(band('partial', from, to, sickTop, sickH, `url(#${id}-partial)`, t(locale, 'svg.partial', { date: r.date, percentage: r.percentage ?? '' })));
      if (r.percentage !== undefined) inBand(`${r.percentage}%`, from, to, sickTop, sickH, COLOUR.text);
    });
    if (p.gapBefore !== null) {
      out.push(band('gap', day(p.gapBefore.start), day(p.gapBefore.end), sickTop, sickH, `url(#${id}-gap)`, t(locale, 'svg.fit', { start: p.gapBefore.start, end: p.gapBefore.end, days: p.gapBefore.days })));
    }
  }
  // After a full recovery the employee is fit until the picture ends: not counted either.
  const lastPeriod = timeline.periods[timeline.periods.length - 1];
  if (lastPeriod !== undefined && lastPeriod.end !== null && day(lastPeriod.end) < d1) {
    const from = day(lastPeriod.end) + 1;
    out.push(band('recovered', from, d1, sickTop, sickH, `url(#${id}-gap)`, t(locale, 'svg.recovered', { date: formatIsoDate(from) })));
  }
  for (const l of timeline.leave) {
    out.push(band('leave', day(l.start), day(l.end), sickTop, sickH, `url(#${id}-leave)`, `${t(locale, 'svg.leave')} ${l.start} – ${l.end} (${l.days} ${t(locale, 'word.days')})`));
  }

  // Track 2: the wachttijd (or, without one, the wage payment) and the extensions.
  const wageTop = sickTop + sickH + 5;
  const wageH = 14;
  const baseEnd = wachttijdEnd ?? wageEnd;
  const baseText = wachttijdEnd !== undefined ? t(locale, 'svg.wachttijd', { date: timeline.lastDayOfWachttijd! }) : t(locale, 'svg.wage', { date: timeline.endOfWagePayment });
  out.push(band(wachttijdEnd !== undefined ? 'wachttijd' : 'wage', first, baseEnd, wageTop, wageH, COLOUR.wachttijd, baseText));
  inBand(baseText, first, baseEnd, wageTop, wageH, COLOUR.text);
  for (const ext of timeline.extensions) {
    const s = day(ext.from);
    const e = day(ext.to);
    const cause = lookup(locale, `cause-short.${ext.cause}`) ?? ext.cause;
    out.push(band('extension', s, e, wageTop, wageH, COLOUR.extension, t(locale, 'svg.extension', { cause, from: ext.from, to: ext.to, days: ext.days }), ` data-cause="${esc(ext.cause)}"`));
    inBand(t(locale, 'svg.extension-short', { cause, days: ext.days }), s, e, wageTop, wageH, COLOUR.text);
  }

  // The axis of counted weeks: solid over the counted days of the wachttijd, dotted over the days in it
  // that do not count; ticks at the end of every 13th week, labels at the weeks the law names.
  const axisEnd = baseEnd;
  const lastCounted = countedUpTo(counting, axisEnd);
  const weeks = namedWeeks(timeline, lastCounted);
  const weekX = (w: number): number => x(dateOfCountedDay(counting, 7 * w)! + 1);
  const tickLabels = weeks.map((w) => {
    const s = `${t(locale, 'svg.week')} ${w}`;
    const wdt = textWidth(s, SMALL_FONT, true);
    const cx = Math.min(Math.max(weekX(w), LEFT + wdt / 2), width - RIGHT - wdt / 2);
    return { s, cx, x0: cx - wdt / 2, x1: cx + wdt / 2 };
  });
  const lanes = packLanes(tickLabels, 6);
  const laneCount = Math.max(1, ...lanes.map((l) => (l ?? 0) + 1));
  const axisY = wageTop + wageH + 8 + laneCount * 13 + 4;
  tickLabels.forEach((l, i) => out.push(text(boxes, l.s, l.cx, axisY - 7 - (lanes[i] ?? 0) * 13, SMALL_FONT, 'middle', ` class="week-label" fill="${COLOUR.axis}"`, true)));
  const solid: string[] = [];
  for (const s of counting.segments) {
    if (s.start > axisEnd) break;
    solid.push(`M${num(x(s.start))} ${num(axisY)}H${num(x(Math.min(s.end, axisEnd) + 1))}`);
  }
  if (solid.length > 0) out.push(`<path class="axis" d="${solid.join('')}" stroke="${COLOUR.axis}" stroke-width="2" fill="none"/>`);
  const dotted = counting.skipped.filter((s) => s.start <= axisEnd).map((s) => `M${num(x(s.start))} ${num(axisY)}H${num(x(Math.min(s.end, axisEnd) + 1))}`);
  if (dotted.length > 0) out.push(`<path class="axis-skipped" d="${dotted.join('')}" stroke="${COLOUR.axis}" stroke-width="1" stroke-dasharray="1 3" fill="none"/>`);
  // (At most a few hundred: a stored timeline may hold any dates.)
  for (let w = 13; 7 * w <= lastCounted && w <= 13 * 400; w += 13) {
    if (weeks.includes(w)) continue;
    out.push(`<line class="tick" x1="${num(weekX(w))}" y1="${num(axisY - 2)}" x2="${num(weekX(w))}" y2="${num(axisY + 4)}" stroke="${COLOUR.axis}"/>`);
  }
  for (const w of weeks) {
    const wx = weekX(w);
    out.push(`<line class="tick" data-week="${w}" data-date="${formatIsoDate(dateOfCountedDay(counting, 7 * w)!)}" x1="${num(wx)}" y1="${num(axisY - 3)}" x2="${num(wx)}" y2="${num(axisY + 6)}" stroke="${COLOUR.axis}" stroke-width="1.5"/>`);
  }

  // One row per milestone, in date order; the label beside its mark, on the side where it fits.
  const rowsTop = axisY + 12;
  let rowY = rowsTop;
  const rows: string[] = [];
  const counts = new Map<MarkKind, number>();
  timeline.milestones.forEach((m, i) => {
    const kind: MarkKind = m.status ?? 'none';
    counts.set(kind, (counts.get(kind) ?? 0) + 1);
    const suffix = statusSuffix(m, locale);
    const main = `${kind === 'overdue' ? '! ' : ''}${m.due} ${m.title[locale]}`;
    const label = suffix === '' ? main : `${main} · ${suffix}`;
    const bold = kind === 'overdue';
    const mx = mid(day(m.due));
    const gap = MARK_RADIUS + 4;
    const rightRoom = width - RIGHT - (mx + gap);
    const leftRoom = mx - gap - LEFT;
    const w = textWidth(label, LABEL_FONT, bold);
    const toRight = w <= rightRoom || (w > leftRoom && rightRoom >= leftRoom);
    const room = Math.max(rightRoom, leftRoom);
    // Too long for either side: the status on a line of its own if that is enough, else wrapped at spaces.
    const lines =
      w <= room ? [label] : suffix !== '' && textWidth(main, LABEL_FONT, bold) <= room && textWidth(suffix, LABEL_FONT, bold) <= room ? [main, suffix] : wrapText(label, LABEL_FONT, room, bold);
    const height = Math.max(ROW, lines.length * LABEL_LINE + 4);
    if (i % 2 === 1) rows.push(`<rect class="row" x="0" y="${num(rowY)}" width="${width}" height="${num(height)}" fill="#f4f6f8"/>`);
    const cy = rowY + height / 2;
    const tx = toRight ? mx + gap : mx - gap;
    const firstBaseline = cy + 4.5 - ((lines.length - 1) * LABEL_LINE) / 2;
    const anchor: Anchor = toRight ? 'start' : 'end';
    lines.forEach((l, j) => boxes.push(textBox(l, tx, firstBaseline + j * LABEL_LINE, LABEL_FONT, anchor, bold)));
    // A wrapped label is one text per line, so that each line has a box of its own.
    const textAttrs = ` font-size="${LABEL_FONT}"${anchor === 'end' ? ' text-anchor="end"' : ''}${bold ? ' font-weight="bold"' : ''}${kind === 'not-applicable' ? ' font-style="italic"' : ''} fill="${LABEL_COLOUR[kind]}"`;
    const texts = lines.map((l, j) => `<text class="label" x="${num(tx)}" y="${num(firstBaseline + j * LABEL_LINE)}"${textAttrs}>${esc(l)}</text>`).join('');
    out.push(
      `<g class="milestone status-${kind}" data-id="${esc(m.id)}" data-due="${esc(m.due)}"><title>${esc(`${m.title[locale]}: ${m.due}${m.status !== undefined ? ` (${lookup(locale, `status.${m.status}`) ?? m.status})` : ''}`)}</title>` +
        mark(kind, mx, cy) +
        `${texts}</g>`,
    );
    rowY += height;
  });
  const rowsBottom = rowY;

  // Lines down the picture, broken wherever a text is: the named weeks and the as-of line.
  const lines: string[] = [];
  for (const w of weeks) lines.push(brokenVertical(weekX(w), axisY + 6, rowsBottom, boxes, CLEAR, ` class="grid" stroke="${COLOUR.grid}" stroke-width="1" stroke-dasharray="2 3" fill="none"`));
  if (asOf !== undefined) lines.push(brokenVertical(mid(asOf), asOfTop, rowsBottom, boxes, CLEAR, ` class="as-of" stroke="${COLOUR.asOf}" stroke-width="1.5" stroke-dasharray="6 3" fill="none"`));

  // The legend: what every colour, pattern, line and mark means, only those drawn.
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
  if (weeks.length > 0) {
    entries.push({
      swatch: (cx, cy) => `<path d="M${num(cx - 11)} ${num(cy + 2)}H${num(cx + 11)}" stroke="${COLOUR.axis}" stroke-width="2"/><path d="M${num(cx)} ${num(cy - 4)}V${num(cy + 6)}" stroke="${COLOUR.axis}" stroke-width="1.5"/>`,
      text: t(locale, 'svg.legend.weeks'),
    });
  }
  if (counting.skipped.some((s) => s.start <= axisEnd)) {
    entries.push({ swatch: (cx, cy) => `<path d="M${num(cx - 11)} ${num(cy)}H${num(cx + 11)}" stroke="${COLOUR.axis}" stroke-width="1" stroke-dasharray="1 3"/>`, text: t(locale, 'svg.legend.not-counted') });
  }
  if (asOf !== undefined) {
    entries.push({ swatch: (cx, cy) => `<path d="M${num(cx)} ${num(cy - 7)}V${num(cy + 7)}" stroke="${COLOUR.asOf}" stroke-width="1.5" stroke-dasharray="6 3"/>`, text: t(locale, 'svg.legend.as-of', { date: timeline.asOf! }) });
  }
  for (const kind of ['none', 'open', 'done', 'done-late', 'overdue', 'not-applicable'] as const) {
    if (counts.has(kind)) entries.push({ swatch: (cx, cy) => mark(kind, cx, cy), text: t(locale, `svg.legend.${kind}`) });
  }
  const key = legend(t(locale, 'svg.legend'), entries, LEFT, width - RIGHT, rowsBottom + 14);
  const height = Math.ceil(key.bottom + 12);

  const gapDays = timeline.periods.reduce((n, p) => n + (p.gapBefore?.days ?? 0), 0);
  const leaveDays = timeline.leave.reduce((n, l) => n + l.days, 0);
  const statuses = [...counts].filter(([k]) => k !== 'none').map(([k, n]) => `${n} × ${lookup(locale, `status.${k}`) ?? k}`);
  const desc = t(locale, 'svg.desc', {
    periods: timeline.periods.length,
    gap: gapDays,
    leave: leaveDays,
    end: wachttijdEnd !== undefined ? t(locale, 'svg.desc-end', { wachttijd: timeline.lastDayOfWachttijd!, wage: timeline.endOfWagePayment }) : t(locale, 'svg.desc-end-none', { wage: timeline.endOfWagePayment }),
    milestones: timeline.milestones.length,
    statuses: statuses.length === 0 ? '' : `: ${statuses.join(', ')}`,
  });
  // What needs doing first, by name, for a reader who cannot see the red.
  const overdue = timeline.milestones.filter((m) => m.status === 'overdue').map((m) => `${m.title[locale]} (${m.due})`);
  const fullDesc = overdue.length === 0 ? desc : `${desc} ${t(locale, 'svg.desc-overdue', { list: overdue.join('; ') })}`;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="system-ui, sans-serif" role="img" aria-labelledby="${id}-title" aria-describedby="${id}-desc">`,
    `<title id="${id}-title">${esc(title)}</title>`,
    `<desc id="${id}-desc">${esc(fullDesc)}</desc>`,
    patterns(id),
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    ...rows,
    ...out,
    ...lines,
    key.markup,
    '</svg>',
  ].join('\n');
}
