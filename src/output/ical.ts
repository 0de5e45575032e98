/**
 * iCalendar export (RFC 5545): one all-day event per milestone.
 *
 * - UID: the case id (`options.caseId`, else the timeline's `caseId`) plus the milestone id, so that
 *   re-importing a recomputed timeline updates the events instead of duplicating them. Without any case
 *   id the UID holds a digest of the case (its first sick day, periods, leave and milestones): two
 *   different cases never share UIDs, but a recomputation after a new event is a new calendar, so give a
 *   case id to keep calendars in sync.
 * - Revisions (RFC 5546 2.1.5): DTSTAMP is `stamp` (a date, or a UTC date-time), else the timeline's
 *   `asOf`, else its first sick day; SEQUENCE is the minutes from 2000-01-01T00:00Z to DTSTAMP. So an
 *   export computed later is a newer revision of every event, without anyone keeping state. No clock is
 *   read: the caller passes the moment (the CLI passes its own).
 * - A milestone that no longer applies is `STATUS:CANCELLED`; the others `STATUS:CONFIRMED`.
 * - `alarmDaysBefore`: a VALARM reminder that many days before each live deadline.
 */
import { formatIsoDate, parseIsoDate } from '../calendar/days.js';
import { PoortwachterError } from '../errors.js';
import { localeOf, lookup, t, type Locale } from '../explain/messages.js';
import { explanationLines } from '../explain/render.js';
import { intOption, readOptions, stringOption } from '../model/read-options.js';
import { readTimeline } from '../model/read-timeline.js';
import type { Milestone, Timeline } from '../model/timeline-schema.js';

export interface ICalendarOptions {
  /** Your reference of the case; part of every UID (default: the timeline's `caseId`). Not a name: it is visible in calendars. */
  readonly caseId?: string;
  readonly locale?: Locale;
  /**
   * The moment of this export: `YYYY-MM-DD` or `YYYY-MM-DDTHH:MM:SSZ` (default: the timeline's asOf,
   * else its first sick day). DTSTAMP and SEQUENCE come from it: a later moment is a newer revision.
   */
  readonly stamp?: string;
  /** Domain part of the UIDs (default `poortwachter`). */
  readonly uidDomain?: string;
  /** A reminder (VALARM) this many days before each deadline that still applies (0 to 365). */
  readonly alarmDaysBefore?: number;
}

/** RFC 5545 3.3.11: backslash, semicolon, comma and every line break (CRLF, CR, LF) escaped in TEXT values. */
function escapeText(s: string): string {
  return s.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r\n|\r|\n/g, '\\n');
}

/** FNV-1a (32 bits) over the text, twice with different seeds: a 16-hex-digit digest, no crypto needed. */
function digest(text: string): string {
  const run = (seed: number): string => {
    let h = seed >>> 0;
    for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
    return h.toString(16).padStart(8, '0');
  };
  return run(0x811c9dc5) + run(0x01234567);
}

/** What identifies a case without a case id: its dates, not its statuses or asOf. */
function caseDigest(tl: Timeline): string {
  return digest(JSON.stringify([tl.firstSickDay, tl.periods.map((p) => [p.start, p.end]), tl.leave.map((l) => [l.start, l.end]), tl.earlierChains, tl.milestones.map((m) => [m.id, m.due])]));
}

const STAMP = /^(\d{4}-\d{2}-\d{2})(?:T(\d{2}):(\d{2}):(\d{2})Z)?$/;
const EPOCH_2000 = 10_957; // epoch day of 2000-01-01

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

/**
 * The VEVENT lines (not yet folded) of a timeline's milestones, `only` those ids when given, and the
 * calendar's name; the options are read and checked as `toICalendar` documents them.
 */
export function calendarEvents(stored: Timeline, options: ICalendarOptions, only?: ReadonlySet<string>): { name: string; lines: string[] } {
  const o = readOptions(options, ['caseId', 'locale', 'stamp', 'uidDomain', 'alarmDaysBefore'], 'toICalendar');
  const locale = localeOf(o);
  const caseIdOption = stringOption(o, 'caseId', /^[^\u0000-\u001f\u007f]{1,200}$/, 'a text of 1 to 200 characters without control characters');
  const stampOption = stringOption(o, 'stamp', STAMP, 'a date YYYY-MM-DD or a UTC date-time YYYY-MM-DDTHH:MM:SSZ');
  const alarm = o.alarmDaysBefore === undefined ? undefined : intOption(o, 'alarmDaysBefore', 0, 365, 0);
  const domain = stringOption(o, 'uidDomain', /^[A-Za-z0-9](?:[A-Za-z0-9.-]{0,251}[A-Za-z0-9])?$/, 'a domain name such as example.org') ?? 'poortwachter';
  const timeline = readTimeline(stored);

  const [, day, hh = '00', mm = '00', ss = '00'] = STAMP.exec(stampOption ?? timeline.asOf ?? timeline.firstSickDay)!;
  const stampDay = parseIsoDate(day!);
  if (stampDay === undefined || Number(hh) > 23 || Number(mm) > 59 || Number(ss) > 59) {
    throw new PoortwachterError('INVALID_OPTION', `stamp must be a real date YYYY-MM-DD or date-time YYYY-MM-DDTHH:MM:SSZ, not ${JSON.stringify(stampOption)}`, ['stamp']);
  }
  const dtstamp = `${compact(day!)}T${hh}${mm}${ss}Z`;
  // Minutes since 2000: later exports are newer revisions (RFC 5546 2.1.5); fits 32 bits until 6000.
  const sequence = Math.max(0, (stampDay - EPOCH_2000) * 1440 + Number(hh) * 60 + Number(mm));
  const caseId = caseIdOption ?? timeline.caseId;
  const uidBase = caseId === undefined ? `case-${caseDigest(timeline)}` : uidPart(caseId);
  const lines: string[] = [];
  for (const m of timeline.milestones) {
    if (only !== undefined && !only.has(m.id)) continue;
    const next = formatIsoDate(parseIsoDate(m.due)! + 1);
    const cancelled = m.notApplicable !== undefined || m.status === 'not-applicable';
    const status = m.status === undefined ? '' : ` [${lookup(locale, `status.${m.status}`) ?? m.status}]`;
    const description = descriptionOf(timeline, m, locale);
    lines.push(
      'BEGIN:VEVENT',
      `UID:${uidBase}-${m.id}@${domain}`,
      `DTSTAMP:${dtstamp}`,
      `SEQUENCE:${sequence}`,
      `DTSTART;VALUE=DATE:${compact(m.due)}`,
      `DTEND;VALUE=DATE:${compact(next)}`,
      `SUMMARY:${escapeText(`${m.title[locale]}${status}`)}`,
      `DESCRIPTION:${escapeText(description)}`,
      `CATEGORIES:${escapeText(m.label)}`,
      `STATUS:${cancelled ? 'CANCELLED' : 'CONFIRMED'}`,
      'TRANSP:TRANSPARENT',
    );
    if (alarm !== undefined && !cancelled) {
      lines.push('BEGIN:VALARM', 'ACTION:DISPLAY', `TRIGGER:-P${alarm}D`, `DESCRIPTION:${escapeText(`${m.title[locale]}: ${m.due}`)}`, 'END:VALARM');
    }
    lines.push('END:VEVENT');
  }
  return { name: `Poortwachter ${caseId ?? timeline.firstSickDay}`, lines };
}

/** A whole calendar (RFC 5545 3.4, 3.1: lines folded, CRLF) around VEVENT lines; `kind` goes into PRODID. */
export function calendarOf(name: string, events: readonly string[], kind: 'timeline' | 'agenda' = 'timeline'): string {
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', `PRODID:-//poortwachter//Wet verbetering poortwachter ${kind}//NL`, 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH', `X-WR-CALNAME:${escapeText(name)}`, ...events, 'END:VCALENDAR'];
  return `${lines.map(fold).join('\r\n')}\r\n`;
}

export function toICalendar(stored: Timeline, options: ICalendarOptions = {}): string {
  const { name, lines } = calendarEvents(stored, options);
  return calendarOf(name, lines);
}
