/**
 * A timeline picture as SVG: a week axis from day 1, the periods of sickness and the gaps between them,
 * pregnancy leave, the wachttijd and every extension of wage payment, and each milestone labelled with
 * its date (overdue ones in red with a "!"). Pure string building; no DOM needed.
 */
import { parseIsoDate } from '../calendar/days.js';
import { localeOf, lookup, t, type Locale } from '../explain/messages.js';
import type { Timeline } from '../model/timeline-schema.js';
import { intOption, readOptions } from '../model/read-options.js';
import { readTimeline } from '../model/read-timeline.js';

export interface SvgOptions {
  readonly locale?: Locale;
  /** Width in pixels (default 1200). */
  readonly width?: number;
}

function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

const COLORS: Record<string, string> = {
  done: '#2e7d32',
  'done-late': '#ef6c00',
  open: '#1565c0',
  overdue: '#c62828',
  'not-applicable': '#9e9e9e',
  none: '#1565c0',
};

/** A band over the days `s` … `e` (both included) of a row. */
function band(x: (d: number) => number, cls: string, s: number, e: number, y: number, height: number, fill: string, title: string, extra = ''): string {
  return `<rect class="${cls}"${extra} x="${x(s)}" y="${y}" width="${Math.max(1, x(e + 1) - x(s))}" height="${height}" fill="${fill}"><title>${esc(title)}</title></rect>`;
}

export function toSvg(stored: Timeline, options: SvgOptions = {}): string {
  const o = readOptions(options, ['locale', 'width'], 'toSvg');
  const locale = localeOf(o);
  const width = intOption(o, 'width', 400, 20_000, 1200);
  const timeline = readTimeline(stored);
  const left = 24;
  const right = 24;
  const d0 = parseIsoDate(timeline.firstSickDay)!;
  // After a full recovery no wachttijd runs on: the picture ends with the case.
  const wachttijdEnd = timeline.lastDayOfWachttijd === null ? undefined : parseIsoDate(timeline.lastDayOfWachttijd)!;
  const wageEnd = parseIsoDate(timeline.endOfWagePayment)!;
  let last = Math.max(wachttijdEnd ?? wageEnd, wageEnd);
  for (const m of timeline.milestones) last = Math.max(last, parseIsoDate(m.due)!);
  const span = last - d0 + 21;
  const scale = (width - left - right) / span;
  const x = (d: number): number => Math.round((left + (d - d0) * scale) * 10) / 10;
  const out: string[] = [];

  // Periods of sickness, the gaps between them, pregnancy leave.
  const bandY = 44;
  for (const p of timeline.periods) {
    const s = parseIsoDate(p.start)!;
    const e = p.end === null ? Math.max(wachttijdEnd ?? wageEnd, s) : parseIsoDate(p.end)!;
    out.push(band(x, 'period', s, e, bandY, 14, '#e57373', `${t(locale, 'svg.sick')} ${p.start} – ${p.end ?? '…'}`));
    if (p.gapBefore !== null) {
      const gs = parseIsoDate(p.gapBefore.start)!;
      const ge = parseIsoDate(p.gapBefore.end)!;
      out.push(band(x, 'gap', gs, ge, bandY, 14, '#e0e0e0', t(locale, 'svg.fit', { start: p.gapBefore.start, end: p.gapBefore.end, days: p.gapBefore.days })));
    }
  }
  for (const l of timeline.leave) {
    const s = parseIsoDate(l.start)!;
    const e = parseIsoDate(l.end)!;
    out.push(band(x, 'leave', s, e, bandY, 14, '#ba68c8', `${t(locale, 'svg.leave')} ${l.start} – ${l.end}`));
  }
  out.push(`<text x="${left}" y="${bandY - 4}" class="small">${esc(t(locale, 'svg.bands'))}</text>`);

  // Week axis: a tick every 13 weeks from day 1.
  const axisY = 84;
  out.push(`<line x1="${x(d0)}" y1="${axisY}" x2="${x(last + 14)}" y2="${axisY}" stroke="#424242" stroke-width="1"/>`);
  for (let w = 0; d0 + w * 7 <= last + 14; w += 13) {
    const dx = x(d0 + w * 7);
    out.push(`<line class="tick" x1="${dx}" y1="${axisY - 4}" x2="${dx}" y2="${axisY + 4}" stroke="#424242"/>`);
    out.push(`<text class="small" x="${dx}" y="${axisY - 8}" text-anchor="middle">${t(locale, 'svg.week')} ${w}</text>`);
  }

  // The wachttijd and the extensions of wage payment.
  const barY = axisY + 10;
  if (wachttijdEnd !== undefined) out.push(`<rect class="wachttijd" x="${x(d0)}" y="${barY}" width="${x(wachttijdEnd + 1) - x(d0)}" height="8" fill="#90caf9"><title>${esc(t(locale, 'svg.wachttijd', { date: timeline.lastDayOfWachttijd! }))}</title></rect>`);
  for (const ext of timeline.extensions) {
    const s = parseIsoDate(ext.from)!;
    const e = parseIsoDate(ext.to)!;
    const cause = lookup(locale, `cause-short.${ext.cause}`) ?? ext.cause;
    out.push(band(x, 'extension', s, e, barY, 8, '#ffb74d', t(locale, 'svg.extension', { cause, from: ext.from, to: ext.to, days: ext.days }), ` data-cause="${esc(ext.cause)}"`));
    out.push(`<text class="small extension-label" x="${x(s)}" y="${barY + 20}">${esc(`${cause} +${ext.days}d`)}</text>`);
  }

  // Milestones, labels stacked in rows so that they do not overlap.
  const rowsY = barY + 40;
  const rowEnds: number[] = [];
  const rowHeight = 16;
  for (const m of timeline.milestones) {
    const d = parseIsoDate(m.due)!;
    const mx = x(d);
    const status = m.status ?? 'none';
    const overdue = status === 'overdue';
    const label = `${overdue ? '! ' : ''}${m.due} ${m.title[locale]}`;
    const textWidth = label.length * 6.1;
    const anchorRight = mx + textWidth > width - right;
    const startX = anchorRight ? mx - textWidth : mx;
    let row = rowEnds.findIndex((end) => end < startX - 6);
    if (row === -1) {
      row = rowEnds.length;
      rowEnds.push(0);
    }
    rowEnds[row] = startX + textWidth;
    const ly = rowsY + row * rowHeight;
    const color = COLORS[status]!;
    out.push(
      `<g class="milestone status-${status}" data-id="${esc(m.id)}" data-due="${esc(m.due)}">` +
        `<line x1="${mx}" y1="${axisY}" x2="${mx}" y2="${ly - 10}" stroke="${color}" stroke-width="0.6" stroke-dasharray="2,2"/>` +
        `<circle cx="${mx}" cy="${axisY}" r="3.5" fill="${color}"/>` +
        `<text x="${mx}" y="${ly}" text-anchor="${anchorRight ? 'end' : 'start'}" fill="${color}"${overdue ? ' font-weight="bold"' : ''}>${esc(label)}</text>` +
        `<title>${esc(`${m.title[locale]}: ${m.due}${m.status !== undefined ? ` (${m.status})` : ''}`)}</title></g>`,
    );
  }
  const height = rowsY + Math.max(1, rowEnds.length) * rowHeight + 16;
  const title = t(locale, 'svg.title', { firstSickDay: timeline.firstSickDay, regime: timeline.regime, asOf: timeline.asOf !== undefined ? t(locale, 'svg.as-of', { date: timeline.asOf }) : '' });
  if (timeline.asOf !== undefined) {
    const a = parseIsoDate(timeline.asOf)!;
    out.push(`<line class="as-of" x1="${x(a)}" y1="${bandY - 2}" x2="${x(a)}" y2="${height - 8}" stroke="#6a1b9a" stroke-width="1"/>`);
  }
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="system-ui, sans-serif" font-size="11" role="img" aria-label="${esc(title)}">`,
    `<style>.small{font-size:10px;fill:#616161}</style>`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    `<text x="${left}" y="20" font-size="14" font-weight="bold">${esc(title)}</text>`,
    ...out,
    '</svg>',
  ].join('\n');
}
