/**
 * Plain-text renderings of a timeline: an aligned terminal table and a Markdown table.
 */
import { isoWeekday, parseIsoDate } from '../calendar/days.js';
import { localeOf, lookup, t, type Locale } from '../explain/messages.js';
import { reviewText } from '../explain/review-notes.js';
import type { Milestone, Timeline } from '../model/timeline-schema.js';
import { shortLawName } from '../rules/law.js';
import { readTimeline } from '../model/read-timeline.js';
import { printable } from './printable.js';
import { intOption, readOptions } from '../model/read-options.js';
import { PoortwachterError } from '../errors.js';

export function weekdayOf(iso: string, locale: Locale): string {
  return t(locale, 'word.weekdays').split(' ')[isoWeekday(parseIsoDate(iso)!) - 1]!;
}

function statusText(m: Milestone, locale: Locale): string {
  if (m.status === undefined) return '';
  let s = lookup(locale, `status-short.${m.status}`) ?? m.status;
  if (m.onverwijld === true) s += t(locale, 'status-short.onverwijld');
  return s;
}

function firstArticle(m: Milestone): string {
  const b = m.basis[0];
  if (b === undefined) return '';
  const short = (b.bwb === undefined ? undefined : shortLawName(b.bwb)) ?? b.title;
  return `${short} ${b.article}`;
}

/** A table cell on one line, with no control characters (titles of own rules may hold anything). */
const cellText = (s: string): string => printable(s).replace(/[\t\n]/g, ' ');

function rows(tl: Timeline, locale: Locale): string[][] {
  return tl.milestones.map((m) => [
    `${m.due} ${weekdayOf(m.due, locale)}`,
    m.countedDay === undefined ? '' : String(m.countedDay),
    m.title[locale],
    m.responsible.length === 0 ? '—' : m.responsible.map((r) => lookup(locale, `role.${r}`) ?? r).join(', '),
    lookup(locale, `label.${m.label}`) ?? m.label,
    firstArticle(m),
    statusText(m, locale),
  ].map(cellText));
}

function summary(tl: Timeline, locale: Locale): string[] {
  const asOf = tl.asOf !== undefined ? t(locale, 'table.summary-as-of', { asOf: tl.asOf, counted: tl.countedDaysAsOf ?? '' }) : '';
  const lines = [t(locale, 'table.summary', { firstSickDay: tl.firstSickDay, weekday: weekdayOf(tl.firstSickDay, locale), regime: tl.regime }) + asOf];
  const gaps = tl.periods.filter((p) => p.gapBefore !== null);
  if (gaps.length > 0) lines.push(t(locale, 'table.gaps', { periods: tl.periods.length, days: gaps.reduce((n, p) => n + p.gapBefore!.days, 0) }));
  return lines;
}

function footer(tl: Timeline, locale: Locale): string[] {
  const lines = [
    tl.lastDayOfWachttijd === null || tl.wiaStart === null
      ? t(locale, tl.periods[tl.periods.length - 1]?.end === null ? 'table.footer-no-wia' : 'table.footer-recovered', { wage: tl.endOfWagePayment })
      : t(locale, 'table.footer', { wachttijd: tl.lastDayOfWachttijd, wia: tl.wiaStart, wage: tl.endOfWagePayment }),
  ];
  for (const r of tl.review) lines.push(t(locale, 'table.review', { milestone: r.milestone, text: reviewText(r, locale) }));
  lines.push(t(locale, 'table.why'));
  return lines;
}

/** The header and rows; without `asOf` there are no statuses, so no status column. */
function table(tl: Timeline, locale: Locale): { header: string[]; body: string[][] } {
  const header = (['table.due', 'table.day', 'table.milestone', 'table.who', 'table.label', 'table.article', 'table.status'] as const).map((k) => t(locale, k));
  const body = rows(tl, locale);
  if (tl.asOf !== undefined) return { header, body };
  return { header: header.slice(0, -1), body: body.map((r) => r.slice(0, -1)) };
}

export interface TableOptions {
  /** The width to fit, in characters (e.g. the terminal's): long columns wrap within it; nothing is cut. */
  readonly width?: number;
  /**
   * Colour the status cells with ANSI escapes (default `false`): overdue red, done-late yellow, done green,
   * open cyan, not-applicable dim. For a terminal; the status stays written out, so no meaning is in the
   * colour alone. The CLI turns it on for a terminal unless NO_COLOR is set.
   */
  readonly color?: boolean;
}

/** SGR codes per status (ECMA-48): bold red, yellow, green, cyan, faint. */
const STATUS_COLORS: Record<string, string> = { overdue: '1;31', 'done-late': '33', done: '32', open: '36', 'not-applicable': '2' };

/** The columns that may wrap (due date and weekday, milestone, who, basis), and the narrowest they get: never below a word. */
const WRAPPABLE = [0, 2, 3, 5];
const MIN_WRAP = 12;

/** Splits a cell into lines of at most `w` characters, at spaces where it can. */
function wrap(text: string, w: number): string[] {
  if (text.length <= w) return [text];
  const lines: string[] = [];
  let rest = text;
  while (rest.length > w) {
    let cut = rest.lastIndexOf(' ', w);
    if (cut <= 0) cut = w;
    lines.push(rest.slice(0, cut).trimEnd());
    rest = rest.slice(cut).trimStart();
  }
  if (rest.length > 0) lines.push(rest);
  return lines;
}

/**
 * The table as text. With `width`, the milestone, who and basis columns wrap at spaces (widest first,
 * never narrower than 12 characters or their longest word) until the table fits, or as near as it can;
 * every word stays whole.
 */
export function renderTable(stored: Timeline, requested: Locale = 'nl', options: TableOptions = {}): string {
  const locale = localeOf({ locale: requested });
  const o = readOptions(options, ['width', 'color'], 'renderTable');
  if (o.color !== undefined && typeof o.color !== 'boolean') throw new PoortwachterError('INVALID_OPTION', `color must be true or false, not ${typeof o.color}`, ['color']);
  const tl = readTimeline(stored);
  const { header, body } = table(tl, locale);
  const widths = header.map((c, i) => Math.max(c.length, ...body.map((r) => r[i]!.length)));
  const target = o.width === undefined ? undefined : intOption(o, 'width', 40, 10_000, 100);
  // Text lines (summary, footer) wrap at the same width; without one they stay whole.
  const prose = (lines: string[]): string[] => (target === undefined ? lines : lines.flatMap((l) => wrap(l, target)));
  if (target !== undefined) {
    const total = (): number => widths.reduce((a, b) => a + b, 0) + 2 * (widths.length - 1);
    const floor = widths.map((_, c) => Math.max(MIN_WRAP, header[c]!.length, ...body.flatMap((r) => r[c]!.split(' ').map((w) => w.length))));
    while (total() > target) {
      const i = WRAPPABLE.filter((c) => c < widths.length && widths[c]! > floor[c]!).sort((a, b) => widths[b]! - widths[a]!)[0];
      if (i === undefined) break;
      widths[i]!--;
    }
  }
  // The status is the last column (only with asOf); its cell is coloured after padding, so that the
  // escapes never count as width.
  const statusColumn = tl.asOf === undefined ? -1 : header.length - 1;
  const line = (r: string[], status?: string): string[] => {
    const cells = r.map((c, i) => wrap(c, widths[i]!));
    const height = Math.max(...cells.map((c) => c.length));
    const sgr = o.color === true && status !== undefined ? STATUS_COLORS[status] : undefined;
    const cell = (c: string[], i: number, k: number): string => {
      const text = i === 1 ? (c[k] ?? '').padStart(widths[i]!) : (c[k] ?? '').padEnd(widths[i]!);
      return sgr !== undefined && i === statusColumn && (c[k] ?? '') !== '' ? `\u001b[${sgr}m${c[k]}\u001b[0m` : text;
    };
    return Array.from({ length: height }, (_, k) => cells.map((c, i) => cell(c, i, k)).join('  ').trimEnd());
  };
  // Cells are made printable where they are built; the prose here; the escapes come after.
  const text = (lines: string[]): string[] => prose(lines.map(printable));
  return [...text(summary(tl, locale)), '', ...line(header), widths.map((w) => '─'.repeat(w)).join('  '), ...body.flatMap((r, i) => line(r, tl.milestones[i]!.status)), '', ...text(footer(tl, locale))].join('\n');
}

export function renderMarkdown(stored: Timeline, requested: Locale = 'nl'): string {
  const locale = localeOf({ locale: requested });
  const tl = readTimeline(stored);
  const esc = (s: string): string => s.replace(/\|/g, '\\|');
  const { header, body } = table(tl, locale);
  return printable([
    ...summary(tl, locale),
    '',
    `| ${header.join(' | ')} |`,
    `|${header.map((_, i) => (i === 1 ? '---:' : '---')).join('|')}|`,
    ...body.map((r) => `| ${r.map(esc).join(' | ')} |`),
    '',
    ...footer(tl, locale),
  ].join('\n'));
}
