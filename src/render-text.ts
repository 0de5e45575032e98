/**
 * Plain-text renderings of a timeline: an aligned terminal table and a Markdown table.
 */
import { isoWeekday, parseIsoDate } from './days.js';
import type { Locale } from './explain.js';
import type { Milestone, Timeline } from './timeline-schema.js';

const WEEKDAYS: Record<Locale, string[]> = {
  nl: ['ma', 'di', 'wo', 'do', 'vr', 'za', 'zo'],
  en: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'],
};

const LABELS: Record<Locale, Record<string, string>> = {
  nl: { statute: 'wet', 'uwv-policy': 'UWV-beleid', practice: 'praktijk', own: 'eigen' },
  en: { statute: 'statute', 'uwv-policy': 'UWV policy', practice: 'practice', own: 'own' },
};

const STATUS: Record<Locale, Record<string, string>> = {
  nl: { done: 'gedaan', 'done-late': 'te laat gedaan', open: 'open', overdue: 'TE LAAT', 'not-applicable': 'n.v.t.' },
  en: { done: 'done', 'done-late': 'done late', open: 'open', overdue: 'OVERDUE', 'not-applicable': 'n/a' },
};

const HEAD: Record<Locale, { due: string; day: string; milestone: string; who: string; label: string; status: string; article: string }> = {
  nl: { due: 'Uiterlijk', day: 'Dag', milestone: 'Mijlpaal', who: 'Wie', label: 'Soort', status: 'Status', article: 'Grondslag' },
  en: { due: 'Due', day: 'Day', milestone: 'Milestone', who: 'Who', label: 'Label', status: 'Status', article: 'Basis' },
};

export function weekdayOf(iso: string, locale: Locale): string {
  return WEEKDAYS[locale][isoWeekday(parseIsoDate(iso)!) - 1]!;
}

function statusText(m: Milestone, locale: Locale): string {
  if (m.status === undefined) return '';
  let s = STATUS[locale][m.status]!;
  if (m.onverwijld) s += locale === 'nl' ? ' (onverwijld)' : ' (without delay)';
  return s;
}

function firstArticle(m: Milestone): string {
  const b = m.basis[0];
  if (b === undefined) return '';
  const short = b.bwb === 'BWBR0019057' ? 'WIA' : b.bwb === 'BWBR0001888' ? 'ZW' : b.bwb === 'BWBR0005290' ? 'BW' : b.bwb === 'BWBR0013540' ? 'Regeling procesgang' : b.bwb === 'BWBR0002524' ? 'WAO' : b.bwb === 'BWBR0014375' ? 'Beleidsregels UWV' : b.title;
  return `${short} ${b.article}`;
}

function rows(t: Timeline, locale: Locale): string[][] {
  return t.milestones.map((m) => [
    `${m.due} ${weekdayOf(m.due, locale)}`,
    m.countedDay === undefined ? '' : String(m.countedDay),
    m.title[locale],
    m.responsible.length === 0 ? '—' : m.responsible.join(', '),
    LABELS[locale][m.label] ?? m.label,
    firstArticle(m),
    statusText(m, locale),
  ]);
}

function summary(t: Timeline, locale: Locale): string[] {
  const nl = locale === 'nl';
  const lines = [
    nl
      ? `Eerste ziektedag ${t.firstSickDay} (${weekdayOf(t.firstSickDay, locale)}) · regime ${t.regime}${t.asOf !== undefined ? ` · stand op ${t.asOf} (getelde dag ${t.countedDaysAsOf})` : ''}`
      : `First sick day ${t.firstSickDay} (${weekdayOf(t.firstSickDay, locale)}) · regime ${t.regime}${t.asOf !== undefined ? ` · as of ${t.asOf} (counted day ${t.countedDaysAsOf})` : ''}`,
  ];
  const gaps = t.periods.filter((p) => p.gapBefore !== null);
  if (gaps.length > 0) {
    const total = gaps.reduce((n, p) => n + p.gapBefore!.days, 0);
    lines.push(nl ? `${t.periods.length} ziekteperiodes samengeteld; ${total} hersteldagen ertussen tellen niet mee.` : `${t.periods.length} periods of sickness added together; ${total} fit days between them are not counted.`);
  }
  return lines;
}

function footer(t: Timeline, locale: Locale): string[] {
  const nl = locale === 'nl';
  const lines = [
    nl
      ? `Laatste dag wachttijd ${t.lastDayOfWachttijd}; WIA kan ingaan op ${t.wiaStart}. Loondoorbetaling tot en met ${t.endOfWagePayment}.`
      : `Last day of the wachttijd ${t.lastDayOfWachttijd}; WIA can start on ${t.wiaStart}. Wage payment up to and including ${t.endOfWagePayment}.`,
  ];
  for (const r of t.review) lines.push(`${nl ? 'Controleren' : 'Review'} (${r.milestone}): ${r.reason}`);
  lines.push(nl ? "Waarom een datum? poortwachter explain <mijlpaal> …" : 'Why a date? poortwachter explain <milestone> …');
  return lines;
}

/** The header and rows; without `asOf` there are no statuses, so no status column. */
function table(t: Timeline, locale: Locale): { header: string[]; body: string[][] } {
  const h = HEAD[locale];
  const header = [h.due, h.day, h.milestone, h.who, h.label, h.article, h.status];
  const body = rows(t, locale);
  if (t.asOf !== undefined) return { header, body };
  return { header: header.slice(0, -1), body: body.map((r) => r.slice(0, -1)) };
}

export function renderTable(t: Timeline, locale: Locale = 'nl'): string {
  const { header, body } = table(t, locale);
  const widths = header.map((c, i) => Math.max(c.length, ...body.map((r) => r[i]!.length)));
  const line = (r: string[]): string => r.map((c, i) => (i === 1 ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join('  ').trimEnd();
  return [...summary(t, locale), '', line(header), widths.map((w) => '─'.repeat(w)).join('  '), ...body.map(line), '', ...footer(t, locale)].join('\n');
}

export function renderMarkdown(t: Timeline, locale: Locale = 'nl'): string {
  const esc = (s: string): string => s.replace(/\|/g, '\\|');
  const { header, body } = table(t, locale);
  return [
    ...summary(t, locale),
    '',
    `| ${header.join(' | ')} |`,
    `|${header.map((_, i) => (i === 1 ? '---:' : '---')).join('|')}|`,
    ...body.map((r) => `| ${r.map(esc).join(' | ')} |`),
    '',
    ...footer(t, locale),
  ].join('\n');
}
