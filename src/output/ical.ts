/**
 * iCalendar export (RFC 5545): one all-day event per milestone. The UID is the case id plus the
 * milestone id, so re-importing a recomputed timeline updates the events instead of duplicating them.
 * No clock is read: DTSTAMP is the timeline's `asOf` (or its first sick day) unless `stamp` is given.
 */
import { formatIsoDate, parseIsoDate } from '../calendar/days.js';
import { localeOf, t, type Locale } from '../explain/messages.js';
import { explainMilestoneLines } from '../explain/render.js';
import type { Milestone, Timeline } from '../model/timeline-schema.js';

export interface ICalendarOptions {
  /** Your reference of the case; part of every UID. */
  readonly caseId: string;
  readonly locale?: Locale;
  /** DTSTAMP as `YYYY-MM-DD` (default: the timeline's asOf, else its first sick day). */
  readonly stamp?: string;
  /** Domain part of the UIDs (default `poortwachter`). */
  readonly uidDomain?: string;
}

/** RFC 5545 3.3.11: backslash, semicolon, comma and newline are escaped in TEXT values. */
function escapeText(s: string): string {
  return s.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

const encoder = new TextEncoder();

/** RFC 5545 3.1: lines longer than 75 octets are folded (CRLF + one space), never inside a character. */
function fold(line: string): string {
  if (encoder.encode(line).length <= 75) return line;
  const parts: string[] = [];
  let current = '';
  let bytes = 0;
  for (const ch of line) {
    const n = encoder.encode(ch).length;
    const limit = parts.length === 0 ? 75 : 74;
    if (bytes + n > limit) {
      parts.push(current);
      current = '';
      bytes = 0;
    }
    current += ch;
    bytes += n;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

const compact = (iso: string): string => iso.replace(/-/g, '');

/** A UID-safe rendering of the case id: anything outside [A-Za-z0-9._-] is percent-encoded. */
function uidPart(s: string): string {
  return s.replace(/[^A-Za-z0-9._-]/g, (c) => `%${c.codePointAt(0)!.toString(16).toUpperCase()}`);
}

/** The explanation when the timeline has one; else the title, the date and the articles. */
function descriptionOf(timeline: Timeline, m: Milestone, locale: Locale): string {
  if (m.explanation !== undefined) return explainMilestoneLines(timeline, m.id, { locale }).join('\n');
  const head = t(locale, 'explain.head', { title: m.title[locale], due: m.due });
  return [head, ...m.basis.map((b) => t(locale, 'explain.article', { title: b.title, article: b.article }))].join('\n');
}

export function toICalendar(timeline: Timeline, options: ICalendarOptions): string {
  const locale = localeOf(options);
  const stamp = compact(options.stamp ?? timeline.asOf ?? timeline.firstSickDay);
  const domain = options.uidDomain ?? 'poortwachter';
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//poortwachter//Wet verbetering poortwachter timeline//NL',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(`Poortwachter ${options.caseId}`)}`,
  ];
  for (const m of timeline.milestones) {
    const next = formatIsoDate(parseIsoDate(m.due)! + 1);
    const status = m.status === undefined ? '' : ` [${m.status}]`;
    const description = descriptionOf(timeline, m, locale);
    lines.push(
      'BEGIN:VEVENT',
      `UID:${uidPart(options.caseId)}-${m.id}@${domain}`,
      `DTSTAMP:${stamp}T000000Z`,
      `DTSTART;VALUE=DATE:${compact(m.due)}`,
      `DTEND;VALUE=DATE:${compact(next)}`,
      `SUMMARY:${escapeText(`${m.title[locale]}${status}`)}`,
      `DESCRIPTION:${escapeText(description)}`,
      `CATEGORIES:${escapeText(m.label)}`,
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(fold).join('\r\n')}\r\n`;
}
