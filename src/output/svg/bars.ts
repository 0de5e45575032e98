/**
 * The two bars at the top of the picture. The first: the periods of sickness (partial recovery striped
 * from its day), the fit days between periods and after a full recovery, pregnancy leave. The second: the
 * wachttijd (or, when none runs on, the wage payment) and every extension of wage payment after it.
 */
import { formatIsoDate } from '../../calendar/days.js';
import { lookup, t } from '../../explain/messages.js';
import type { Timeline } from '../../model/timeline-schema.js';
import { band, day, inBand, type Canvas } from './canvas.js';
import { esc, num } from './markup.js';
import { COLOUR } from './style.js';

const SICK_HEIGHT = 16;
const WAGE_HEIGHT = 14;

/** Draws both bars from `top`; returns where they end and what the second one is called. */
export function drawBars(c: Canvas, timeline: Timeline, top: number): { bottom: number; baseText: string } {
  const { locale, id } = c;
  const wachttijdEnd = timeline.lastDayOfWachttijd === null ? undefined : day(timeline.lastDayOfWachttijd);
  const wageEnd = day(timeline.endOfWagePayment);

  // A period still running is drawn to the end of wage payment (or of the wachttijd, if later).
  const sickEnd = Math.max(wachttijdEnd ?? wageEnd, wageEnd);
  for (const p of timeline.periods) {
    const s = day(p.start);
    const e = p.end === null ? Math.max(sickEnd, s) : day(p.end);
    c.out.push(band(c, 'period', s, e, top, SICK_HEIGHT, COLOUR.sick, `${t(locale, 'svg.sick')} ${p.start} – ${p.end ?? '…'}`));
    p.partialRecoveries.forEach((r, i) => {
      const from = day(r.date);
      const next = p.partialRecoveries[i + 1];
      const to = next === undefined ? e : day(next.date) - 1;
      if (to < from) return;
      c.out.push(band(c, 'partial', from, to, top, SICK_HEIGHT, `url(#${id}-partial)`, t(locale, 'svg.partial', { date: r.date, percentage: r.percentage ?? '' })));
      if (r.percentage !== undefined) inBand(c, `${r.percentage}%`, from, to, top, SICK_HEIGHT);
    });
    if (p.gapBefore !== null) {
      c.out.push(band(c, 'gap', day(p.gapBefore.start), day(p.gapBefore.end), top, SICK_HEIGHT, `url(#${id}-gap)`, t(locale, 'svg.fit', { start: p.gapBefore.start, end: p.gapBefore.end, days: p.gapBefore.days })));
    }
  }
  // After a full recovery the employee is fit until the picture ends: not counted either.
  const lastPeriod = timeline.periods[timeline.periods.length - 1];
  if (lastPeriod !== undefined && lastPeriod.end !== null && day(lastPeriod.end) < c.d1) {
    const from = day(lastPeriod.end) + 1;
    c.out.push(band(c, 'recovered', from, c.d1, top, SICK_HEIGHT, `url(#${id}-gap)`, t(locale, 'svg.recovered', { date: formatIsoDate(from) })));
  }
  for (const l of timeline.leave) {
    c.out.push(band(c, 'leave', day(l.start), day(l.end), top, SICK_HEIGHT, `url(#${id}-leave)`, `${t(locale, 'svg.leave')} ${l.start} – ${l.end} (${l.days} ${t(locale, 'word.days')})`));
  }

  const wageTop = top + SICK_HEIGHT + 5;
  const first = day(timeline.firstSickDay);
  const baseEnd = wachttijdEnd ?? wageEnd;
  const baseText = wachttijdEnd !== undefined ? t(locale, 'svg.wachttijd', { date: timeline.lastDayOfWachttijd! }) : t(locale, 'svg.wage', { date: timeline.endOfWagePayment });
  c.out.push(band(c, wachttijdEnd !== undefined ? 'wachttijd' : 'wage', first, baseEnd, wageTop, WAGE_HEIGHT, COLOUR.wachttijd, baseText));
  inBand(c, baseText, first, baseEnd, wageTop, WAGE_HEIGHT);
  let previousEnd = Number.NEGATIVE_INFINITY;
  for (const ext of timeline.extensions) {
    const s = day(ext.from);
    const e = day(ext.to);
    const cause = lookup(locale, `cause-short.${ext.cause}`) ?? ext.cause;
    c.out.push(band(c, 'extension', s, e, wageTop, WAGE_HEIGHT, COLOUR.extension, t(locale, 'svg.extension', { cause, from: ext.from, to: ext.to, days: ext.days }), ` data-cause="${esc(ext.cause)}"`));
    // Extensions one after the other are told apart by a white seam.
    if (s <= previousEnd + 1) c.out.push(`<rect class="seam" x="${num(c.x(s) - 1)}" y="${num(wageTop)}" width="2" height="${WAGE_HEIGHT}" fill="#ffffff"/>`);
    inBand(c, t(locale, 'svg.extension-short', { cause, days: ext.days }), s, e, wageTop, WAGE_HEIGHT);
    previousEnd = Math.max(previousEnd, e);
  }
  return { bottom: wageTop + WAGE_HEIGHT, baseText };
}
