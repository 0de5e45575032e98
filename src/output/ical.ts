/**
 * iCalendar export (RFC 5545): one all-day event per milestone. The UID is the case id plus the
 * milestone id, so re-importing a recomputed timeline updates the events instead of duplicating them.
 * No clock is read: DTSTAMP is the timeline's `asOf` (or its first sick day) unless `stamp` is given.
 */
import { formatIsoDate, parseIsoDate } from '../calendar/days.js';
import { PoortwachterError } from '../errors.js';
import { localeOf, t, type Locale } from '../explain/messages.js';
import { explanationLines } from '../explain/render.js';
import { readOptions, stringOption } from '../model/read-options.js';
import { readTimeline } from '../model/read-timeline.js';
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
  if (m.explanation !== undefined) return explanationLines(timeline, m, locale).join('\n');
  const head = t(locale, 'explain.head', { title: m.title[locale], due: m.due });
  return [head, ...m.basis.map((b) => t(locale, 'explain.article', { title: b.title, article: b.article }))].join('\n');
}

export function toICalendar(stored: Timeline, options: ICalendarOptions): string {
  const o = readOptions(options, ['caseId', 'locale', 'stamp', 'uidDomain'], 'toICalendar');
  const locale = localeOf(o);
  if (o.caseId === undefined) throw new PoortwachterError('INVALID_OPTION', 'toICalendar needs options.caseId, your reference of the case (part of every UID)', ['caseId']);
  const caseId = stringOption(o, 'caseId', /^[^\u0000-\u001f\u007f]{1,200}$/, 'a text of 1 to 200 characters without control characters')!;
  const stampOption = stringOption(o, 'stamp', /^\d{4}-\d{2}-\d{2}$/, 'a date written YYYY-MM-DD');
  if (stampOption !== undefined && parseIsoDate(stampOption) === undefined) throw new PoortwachterError('INVALID_OPTION', `stamp must be a real date written YYYY-MM-DD, not ${JSON.stringify(stampOption)}`, ['stamp']);
  const domain = stringOption(o, 'uidDomain', /^[A-Za-z0-9](?:[A-Za-z0-9.-]{0,251}[A-Za-z0-9])?$/, 'a domain name such as example.org') ?? 'poortwachter';
  const timeline = readTimeline(stored);
  const stamp = compact(stampOption ?? timeline.asOf ?? timeline.firstSickDay);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//poortwachter//Wet verbetering poortwachter timeline//NL',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(`Poortwachter ${caseId}`)}`,
  ];
  for (const m of timeline.milestones) {
    const next = formatIsoDate(parseIsoDate(m.due)! + 1);
    const status = m.status === undefined ? '' : ` [${m.status}]`;
    const description = descriptionOf(timeline, m, locale);
    lines.push(
      'BEGIN:VEVENT',
      `UID:${uidPart(caseId)}-${m.id}@${domain}`,
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
