/**
 * The picture in words: its title (also drawn at the top) and the description a screen reader gives,
 * summing up the periods, what does not count, the end of the wachttijd and of wage payment, the
 * statuses, and what is overdue by name.
 */
import { lookup, t, type Locale } from '../../explain/messages.js';
import type { Timeline } from '../../model/timeline-schema.js';
import type { MarkKind } from './marks.js';

export function titleOf(timeline: Timeline, locale: Locale): string {
  const asOf = timeline.asOf === undefined ? '' : t(locale, 'svg.as-of', { date: timeline.asOf });
  return t(locale, 'svg.title', { firstSickDay: timeline.firstSickDay, regime: timeline.regime, asOf });
}

export function descriptionOf(timeline: Timeline, locale: Locale, counts: ReadonlyMap<MarkKind, number>): string {
  const statuses = [...counts].filter(([k]) => k !== 'none').map(([k, n]) => `${n} × ${lookup(locale, `status.${k}`) ?? k}`);
  const desc = t(locale, 'svg.desc', {
    periods: timeline.periods.length,
    gap: timeline.periods.reduce((n, p) => n + (p.gapBefore?.days ?? 0), 0),
    leave: timeline.leave.reduce((n, l) => n + l.days, 0),
    end:
      timeline.lastDayOfWachttijd !== null
        ? t(locale, 'svg.desc-end', { wachttijd: timeline.lastDayOfWachttijd, wage: timeline.endOfWagePayment })
        : t(locale, 'svg.desc-end-none', { wage: timeline.endOfWagePayment }),
    milestones: timeline.milestones.length,
    statuses: statuses.length === 0 ? '' : `: ${statuses.join(', ')}`,
  });
  // What needs doing first, by name, for a reader who cannot see the red.
  const overdue = timeline.milestones.filter((m) => m.status === 'overdue').map((m) => `${m.title[locale]} (${m.due})`);
  return overdue.length === 0 ? desc : `${desc} ${t(locale, 'svg.desc-overdue', { list: overdue.join('; ') })}`;
}
