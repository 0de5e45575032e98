/**
 * The work on one line of a batch or agenda file, the same in the main thread and in a worker thread:
 * parse the case, compute it, and turn the outcome into what the command writes. Every failure is a
 * value (an error entry for that line), never an exception that would stop the other cases.
 */
import { jsonErrorAt } from '../json-error.js';
import { createEngine, type Engine } from '../engine.js';
import { InvalidInputError, PoortwachterError, type Issue } from '../errors.js';
import type { Locale } from '../explain/messages.js';
import { calendarEvents } from '../output/ical.js';
import type { Timeline } from '../model/timeline-schema.js';
import { agendaItemsOf, type AgendaItem } from './agenda.js';
import type { Line } from './lines.js';

export interface Job {
  readonly mode: 'batch' | 'agenda';
  /** `--as-of`: overrides every case's asOf (required for an agenda). */
  readonly asOf?: string | undefined;
  /** `--rules`: a pack of one's own, for every case. */
  readonly rules?: readonly unknown[] | undefined;
  readonly explain: boolean;
  /** `--without-texts`: leave the statute texts out of `basis` (title, article, BWB id and link stay). */
  readonly withoutTexts?: boolean;
  readonly days: number;
  readonly locale: Locale;
  /** For an agenda as iCalendar: the export's stamp (each line then also gives its VEVENTs). */
  readonly icsStamp?: string | undefined;
}

export interface LineError {
  readonly caseId: string | null;
  readonly line: number;
  readonly error: { readonly code: string; readonly issues: readonly Issue[] };
}

/** What an agenda line gives: its items (and their calendar's VEVENT lines), or its error. */
export type AgendaOutcome = { readonly items: AgendaItem[]; readonly events?: string[] } | LineError;

/** One line's outcome: a batch writes `text` as it is; an agenda collects `agenda`. */
export interface Outcome {
  readonly invalid: boolean;
  readonly text?: string;
  readonly agenda?: AgendaOutcome;
}

export const MAX_LINE_CHARS = 4 * 1024 * 1024;

function lineError(caseId: string | null, line: number, code: string, issues: readonly Issue[]): LineError {
  return { caseId, line, error: { code, issues: issues.map((i) => ({ code: i.code, path: [...i.path], message: i.message })) } };
}

function errorOf(caseId: string | null, line: number, e: PoortwachterError): LineError {
  return lineError(caseId, line, e.code, e instanceof InvalidInputError ? e.issues : [{ code: e.code.toLowerCase(), path: e.path, message: e.message }]);
}

/** The work of one thread; `engine` is one already made for the job (the CLI's check of the pack), else one is made. */
export function makeWorker(job: Job, engine: Engine = createEngine(job.rules === undefined ? {} : { rules: job.rules })): (line: Line) => Outcome {
  const fail = (e: LineError): Outcome => (job.mode === 'batch' ? { invalid: true, text: JSON.stringify(e) } : { invalid: true, agenda: e });
  return (line) => {
    if ('tooLong' in line) return fail(lineError(null, line.number, 'LINE_TOO_LONG', [{ code: 'line_too_long', path: [], message: `the line is longer than ${MAX_LINE_CHARS} characters; a case is far smaller` }]));
    let input: unknown;
    try {
      input = JSON.parse(line.text);
    } catch {
      const at = jsonErrorAt(line.text);
      return fail(lineError(null, line.number, 'INVALID_JSON', [{ code: 'invalid_json', path: [], message: at === undefined ? 'not valid JSON' : `not valid JSON at column ${at.offset + 1}: ${at.problem}` }]));
    }
    const caseId = typeof input === 'object' && input !== null && typeof (input as { caseId?: unknown }).caseId === 'string' ? (input as { caseId: string }).caseId : null;
    if (job.asOf !== undefined && typeof input === 'object' && input !== null && !Array.isArray(input)) input = { ...input, asOf: job.asOf };
    const result = engine.safeCompute(input, { explain: job.explain });
    if (!result.success) return fail(errorOf(caseId, line.number, result.error));
    const t: Timeline = result.data;
    if (job.mode === 'batch') {
      if (job.withoutTexts === true) for (const m of t.milestones) m.basis = m.basis.map(({ text: _, ...rest }) => rest);
      return { invalid: false, text: JSON.stringify(t) };
    }
    const items = agendaItemsOf(t, job.days, job.locale);
    if (job.icsStamp === undefined || items.length === 0) return { invalid: false, agenda: { items } };
    const { lines } = calendarEvents(t, { locale: job.locale, stamp: job.icsStamp }, new Set(items.map((i) => i.id)));
    return { invalid: false, agenda: { items, events: lines } };
  };
}
