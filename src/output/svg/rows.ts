/**
 * One row per milestone, in date order (as the timeline lists them): its mark on its due date and its
 * label beside it, on the side where the label fits; a label too long for either side is wrapped, the
 * status on a line of its own where that is enough. Rows alternate in shade to guide the eye.
 */
import { lookup, t, type Locale } from '../../explain/messages.js';
import type { Milestone, Timeline } from '../../model/timeline-schema.js';
import { day, type Canvas } from './canvas.js';
import { LABEL_COLOUR, mark, MARK_RADIUS, type MarkKind } from './marks.js';
import { esc, num, textBox, type Anchor } from './markup.js';
import { COLOUR, LABEL_FONT, LABEL_LINE, LEFT, RIGHT, ROW } from './style.js';
import { textWidth, wrapText } from './text-width.js';

/** What a label says after the title: the status in words, with the day done or the reason it lapsed. */
export function statusSuffix(m: Milestone, locale: Locale): string {
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

/**
 * Draws the rows from `top`; returns where they end, the shading behind them (drawn first) and how many
 * milestones have each status.
 */
export function drawRows(c: Canvas, timeline: Timeline, top: number): { bottom: number; shading: string[]; counts: Map<MarkKind, number> } {
  const { locale, width } = c;
  let y = top;
  const shading: string[] = [];
  const counts = new Map<MarkKind, number>();
  timeline.milestones.forEach((m, i) => {
    const kind: MarkKind = m.status ?? 'none';
    counts.set(kind, (counts.get(kind) ?? 0) + 1);
    const suffix = statusSuffix(m, locale);
    const main = `${kind === 'overdue' ? '! ' : ''}${m.due} ${m.title[locale]}`;
    const label = suffix === '' ? main : `${main} · ${suffix}`;
    const bold = kind === 'overdue';
    const mx = c.mid(day(m.due));
    const gap = MARK_RADIUS + 4;
    const rightRoom = width - RIGHT - (mx + gap);
    const leftRoom = mx - gap - LEFT;
    const w = textWidth(label, LABEL_FONT, bold);
    const toRight = w <= rightRoom || (w > leftRoom && rightRoom >= leftRoom);
    const room = Math.max(rightRoom, leftRoom);
    const lines =
      w <= room ? [label] : suffix !== '' && textWidth(main, LABEL_FONT, bold) <= room && textWidth(suffix, LABEL_FONT, bold) <= room ? [main, suffix] : wrapText(label, LABEL_FONT, room, bold);
    const height = Math.max(ROW, lines.length * LABEL_LINE + 4);
    if (i % 2 === 1) shading.push(`<rect class="row" x="0" y="${num(y)}" width="${width}" height="${num(height)}" fill="${COLOUR.row}"/>`);
    const cy = y + height / 2;
    const tx = toRight ? mx + gap : mx - gap;
    const firstBaseline = cy + 4.5 - ((lines.length - 1) * LABEL_LINE) / 2;
    const anchor: Anchor = toRight ? 'start' : 'end';
    lines.forEach((l, j) => c.boxes.push(textBox(l, tx, firstBaseline + j * LABEL_LINE, LABEL_FONT, anchor, bold)));
    // A wrapped label is one text per line, so that each line has a box of its own.
    const attrs = ` font-size="${LABEL_FONT}"${anchor === 'end' ? ' text-anchor="end"' : ''}${bold ? ' font-weight="bold"' : ''}${kind === 'not-applicable' ? ' font-style="italic"' : ''} fill="${LABEL_COLOUR[kind]}"`;
    const texts = lines.map((l, j) => `<text class="label" x="${num(tx)}" y="${num(firstBaseline + j * LABEL_LINE)}"${attrs}>${esc(l)}</text>`).join('');
    const tooltip = `${m.title[locale]}: ${m.due}${m.status !== undefined ? ` (${lookup(locale, `status.${m.status}`) ?? m.status})` : ''}`;
    c.out.push(`<g class="milestone status-${kind}" data-id="${esc(m.id)}" data-due="${esc(m.due)}"><title>${esc(tooltip)}</title>${mark(kind, mx, cy)}${texts}</g>`);
    y += height;
  });
  return { bottom: y, shading, counts };
}
