/**
 * The agenda across cases: every open action that is overdue or due within the next `days` days of each
 * timeline's `asOf`, sorted by due date. What a casemanager works through in the morning; done,
 * not-applicable and later items are left out, and so are options and moments (nobody has to act on
 * the end of the wachttijd itself).
 */
import { parseIsoDate } from '../calendar/days.js';
import { describeThrown, PoortwachterError } from '../errors.js';
import { localeOf, type Locale } from '../explain/messages.js';
import { intOption, readOptions } from '../model/read-options.js';
import { readTimeline } from '../model/read-timeline.js';
import type { Timeline } from '../model/timeline-schema.js';

export interface AgendaItem {
  /** The timeline's `caseId`, or `null` when it has none. */
  readonly caseId: string | null;
  /** The milestone id. */
  readonly id: string;
  /** The milestone's title in the agenda's language. */
  readonly title: string;
  /** Who must act: `werkgever`, `werknemer`, `bedrijfsarts`, `uwv`, … */
  readonly responsible: readonly string[];
  readonly due: string;
  /** `overdue` or `open`. */
  readonly status: 'overdue' | 'open';
}

export interface AgendaOptions {
  /** Open actions due within this many days after `asOf` (default 14; 0 to 3,660). */
  readonly days?: number;
  /** The language of the titles (default `nl`). */
  readonly locale?: Locale;
}

export const DEFAULT_AGENDA_DAYS = 14;

/** One timeline's agenda items, unsorted; the timeline is one poortwachter just computed (or read). */
export function agendaItemsOf(t: Timeline, days: number, locale: Locale): AgendaItem[] {
  if (t.asOf === undefined) throw new PoortwachterError('INVALID_TIMELINE', "an agenda is judged on the timeline's asOf: compute it with asOf", ['asOf']);
  const until = parseIsoDate(t.asOf)! + days;
  const items: AgendaItem[] = [];
  for (const m of t.milestones) {
    if (m.kind !== 'action' || (m.status !== 'overdue' && m.status !== 'open')) continue;
    if (m.status === 'open' && parseIsoDate(m.due)! > until) continue;
    items.push({ caseId: t.caseId ?? null, id: m.id, title: m.title[locale], responsible: [...m.responsible], due: m.due, status: m.status });
  }
  return items;
}

/** Sorted by due date; on the same day in the order the cases and their milestones came. */
export function sortAgenda(items: AgendaItem[]): AgendaItem[] {
  return items.sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : 0));
}

/**
 * The agenda of `timelines` (each computed with `asOf`): `{ caseId, id, title, responsible, due, status }`
 * for every open action that is overdue or due within `days` (default 14) of its timeline's `asOf`,
 * sorted by due date.
 */
export function agenda(timelines: Iterable<Timeline>, options: AgendaOptions = {}): AgendaItem[] {
  const o = readOptions(options, ['days', 'locale'], 'agenda');
  const days = intOption(o, 'days', 0, 3660, DEFAULT_AGENDA_DAYS);
  const locale = localeOf(o);
  const items: AgendaItem[] = [];
  let iterator: Iterator<unknown>;
  try {
    iterator = (timelines as Iterable<unknown>)[Symbol.iterator]();
  } catch (e) {
    throw new PoortwachterError('INVALID_OPTION', `agenda needs an array (or another iterable) of timelines: ${describeThrown(e)}`, []);
  }
  for (let i = 0; ; i++) {
    let step: IteratorResult<unknown>;
    try {
      step = iterator.next();
    } catch (e) {
      throw new PoortwachterError('UNREADABLE_INPUT', `the timelines could not be read: reading them threw ${describeThrown(e)}`, [i]);
    }
    if (step.done === true) break;
    items.push(...agendaItemsOf(readTimeline(step.value), days, locale));
  }
  return sortAgenda(items);
}
