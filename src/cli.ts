#!/usr/bin/env node
/**
 * The `poortwachter` command. Reads a case from flags or a JSON file, prints the timeline in the chosen
 * format. Bad input: a clear message on stderr and exit code 1; wrong usage: exit code 2.
 */
import { closeSync, createReadStream, fstatSync, openSync, readSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import type { Readable } from 'node:stream';
import { parseArgs } from 'node:util';
import { sortAgenda, type AgendaItem } from './batch/agenda.js';
import type { AgendaOutcome, Job, Outcome } from './batch/job.js';
import { MAX_LINE_CHARS } from './batch/job.js';
import { linesOf, type Line } from './batch/lines.js';
import { isBatchWorker, runPool, serveWorker } from './batch/pool.js';
import { parseIsoDate } from './calendar/days.js';
import { jsonErrorAt } from './json-error.js';
import { renderAgendaTable } from './output/agenda-text.js';
import { calendarOf } from './output/ical.js';
import { renderDiff } from './output/diff-text.js';
import { printable } from './output/printable.js';
import { VERSION } from './receipt/receipt.js';
import { createEngine, diffTimelines, explainMilestone, formatPath, InvalidInputError, PoortwachterError, renderMarkdown, renderTable, safeComputeTimeline, toICalendar, toSvg, type CaseInput, type Engine, type Timeline } from './index.js';

const HELP = `poortwachter: the Dutch statutory sickness-absence timeline (Wet verbetering poortwachter)

Usage:
  poortwachter timeline --first-sick-day DATE [--case case.json] [--as-of DATE]
                        [--format table|json|ics|svg|markdown] [--lang nl|en] [--rules pack.json]
                        [--case-id ID] [--stamp MOMENT]
  poortwachter explain MILESTONE... --first-sick-day DATE [--case case.json] [--as-of DATE] [--lang nl|en]
  poortwachter validate case.json
  poortwachter diff BEFORE.json AFTER.json [--format table|json] [--lang nl|en] [--as-of DATE]
  poortwachter batch CASES.ndjson|- [--as-of DATE] [--rules pack.json] [--workers N] [--explain]
                     [--without-texts]
  poortwachter agenda CASES.ndjson|- --as-of DATE [--days N] [--format table|json|ics] [--lang nl|en]
                      [--rules pack.json] [--workers N]
  poortwachter --help | --version

Options:
  --first-sick-day DATE  day 1 of the sickness, YYYY-MM-DD (overrides the case file's firstSickDay)
  --case FILE            a case as JSON: { "firstSickDay": ..., "events": [...] } ('-' reads stdin)
  --as-of DATE           judge statuses on this day (done, done-late, open, overdue, not-applicable)
  --format FORMAT        table (default), json, ics, svg or markdown
  --lang LANG            nl (default) or en
  --rules FILE           a JSON array of rules of your own (same format as rules/milestones/*.json)
  --case-id ID           reference for iCalendar UIDs (default: the case file's caseId); without one the
                         UIDs come from the case's dates, and a recomputed case is a new calendar
  --stamp MOMENT         the moment of an iCalendar export, YYYY-MM-DD or YYYY-MM-DDTHH:MM:SSZ (default:
                         now); a later moment makes every event a newer revision (SEQUENCE)
  --workers N            batch and agenda: worker threads (default: the number of cores)
  --days N               agenda: open actions due within N days of --as-of (default 14), and all overdue
  --explain              batch: every timeline with its explanation steps
  --without-texts        batch: no statute texts in basis (a timeline is then about 20 KB, not 55 KB)

Environment: COLUMNS (the table's width when stdout is no terminal), NO_COLOR (no colour on a terminal),
FORCE_COLOR (colour where stdout is no terminal).

Commands:
  timeline   the timeline of one case
  explain    why a milestone's date is what it is
  validate   check a case file
  diff       what changed between two timelines (or cases) of the same case
  batch      one timeline per line of an NDJSON file of cases, in input order; an invalid line gives
             { caseId, line, error: { code, issues } } instead; blank lines are skipped
  agenda     across all cases of an NDJSON file: every open action overdue or due within --days

Examples:
  poortwachter timeline --first-sick-day 2026-03-02
  poortwachter timeline --case case.json --as-of 2026-11-22 --lang en
  poortwachter timeline --first-sick-day 2026-03-02 --format ics > case.ics
  poortwachter explain ziekmelding-uwv --first-sick-day 2026-03-02 --lang en
  poortwachter validate case.json
  poortwachter diff yesterday.json today.json --lang en
  poortwachter batch cases.ndjson --as-of 2026-11-22 > timelines.ndjson
  poortwachter agenda cases.ndjson --as-of 2026-11-22 --days 7

Exit codes: 0 success; 1 an invalid case or rule pack (also a file that is not JSON; for batch and
agenda: some line was invalid, the others are still written); 2 wrong usage (an unknown command,
option or milestone, a missing flag, a file that cannot be read).`;

class UsageError extends Error {}
/** A file that is not valid JSON: an invalid case or pack (exit 1), not wrong usage. */
class InvalidFileError extends Error {}

/** Edit distance, for "did you mean". */
function distance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) row[j] = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = row;
  }
  return prev[b.length]!;
}

function didYouMean(given: string, known: readonly string[]): string {
  let best: string | undefined;
  let d = Infinity;
  for (const k of known) {
    const x = distance(given, k);
    if (x < d) [best, d] = [k, x];
  }
  return best !== undefined && d <= Math.max(2, Math.floor(given.length / 3)) ? ` Did you mean '${best}'?` : '';
}

/** "line L, column C" of a character offset into a text. */
function lineAndColumn(text: string, offset: number): string {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return `line ${line}, column ${offset - before.lastIndexOf('\n')}`;
}

/** A case or a rule pack is far smaller than this; anything larger is refused before it is read. */
const MAX_FILE_BYTES = 16 * 1024 * 1024;
const tooLarge = (name: string): UsageError => new UsageError(`${printable(name)} is larger than ${MAX_FILE_BYTES / 1024 / 1024} MiB; a case or a rule pack is far smaller`);

/** The bytes of a regular file, a pipe (`<(…)`, /dev/stdin) or stdin ('-'), at most MAX_FILE_BYTES. */
function readLimited(path: string): string {
  const name = path === '-' ? 'stdin' : path;
  const fd = path === '-' ? 0 : openSync(path, 'r');
  try {
    if (path !== '-') {
      const st = fstatSync(fd);
      // Devices (/dev/zero, a terminal) and directories are refused; a pipe is read up to the limit below.
      if (!st.isFile() && !st.isFIFO()) throw new UsageError(`${printable(name)} is not a regular file or a pipe`);
      if (st.size > MAX_FILE_BYTES) throw tooLarge(name);
    }
    // Read in chunks up to the limit: a device or pipe may say nothing of its size, or lie about it.
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const buf = Buffer.allocUnsafe(Math.min(1 << 20, MAX_FILE_BYTES + 1 - total));
      let n: number;
      try {
        n = readSync(fd, buf, 0, buf.length, null);
      } catch (e) {
        if ((e as { code?: unknown }).code === 'EAGAIN') continue;
        if ((e as { code?: unknown }).code === 'EOF') break;
        throw e;
      }
      if (n === 0) break;
      chunks.push(buf.subarray(0, n));
      total += n;
      if (total > MAX_FILE_BYTES) throw tooLarge(name);
    }
    return Buffer.concat(chunks).toString('utf8');
  } finally {
    if (path !== '-') closeSync(fd);
  }
}

/** The terminal's width: stdout's columns, else COLUMNS, else 100 (what the table is fitted to). */
function terminalWidth(): number {
  const columns = process.stdout.columns ?? Number.parseInt(process.env.COLUMNS ?? '', 10);
  return Number.isInteger(columns) && columns >= 40 && columns <= 10_000 ? columns : 100;
}

/**
 * Colour on a terminal, unless NO_COLOR is set (no-color.org: present and not empty); FORCE_COLOR (not
 * empty, not 0) asks for it where stdout is no terminal.
 */
function useColor(): boolean {
  const env = process.env;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '' && env.FORCE_COLOR !== '0') return true;
  return process.stdout.isTTY === true;
}

function readJson(path: string): unknown {
  const text = readLimited(path);
  try {
    return JSON.parse(text);
  } catch (e) {
    // Node's message quotes the file and mostly names no position: say where, in our own words.
    const at = jsonErrorAt(text);
    const name = path === '-' ? 'stdin' : path;
    if (at === undefined) throw new InvalidFileError(`${name} is not valid JSON: ${(e as Error).message.split('\n')[0]!.slice(0, 120)}`);
    throw new InvalidFileError(`${name} is not valid JSON at ${lineAndColumn(text, at.offset)}: ${at.problem}`);
  }
}

function describeError(error: PoortwachterError): string {
  return printable(describeErrorText(error));
}

function describeErrorText(error: PoortwachterError): string {
  if (error instanceof InvalidInputError) {
    return `Invalid case (${error.issues.length} problem${error.issues.length === 1 ? '' : 's'}):\n${error.issues.map((i) => `  ${formatPath(i.path)}: ${i.message} [${i.code}]`).join('\n')}`;
  }
  return `${error.message} [${error.code}]`;
}

/** A stream of a regular file, a pipe or stdin ('-'): devices and directories are refused. */
function openStream(path: string): Readable {
  if (path === '-') return process.stdin;
  const fd = openSync(path, 'r');
  const st = fstatSync(fd);
  if (!st.isFile() && !st.isFIFO()) {
    closeSync(fd);
    throw new UsageError(`${printable(path)} is not a regular file or a pipe`);
  }
  return createReadStream('', { fd });
}

/** Writes to stdout, waiting when its buffer is full (a slow reader must not make memory grow). */
function write(text: string | Uint8Array): Promise<void> | undefined {
  if (process.stdout.write(text)) return undefined;
  return new Promise((resolve) => process.stdout.once('drain', resolve));
}

function wholeNumber(name: string, text: string | undefined, min: number, max: number, fallback: number): number {
  if (text === undefined) return fallback;
  const n = Number(text);
  if (!/^\d+$/.test(text) || n < min || n > max) throw new UsageError(`--${name} must be a whole number from ${min} to ${max}, not '${text}'`);
  return n;
}

/**
 * The DTSTAMP of an iCalendar export: `--stamp`, or else the moment the file is made (RFC 5545 3.8.7.2),
 * which makes it the newest revision of every event. The one place the CLI reads the date and time, and
 * only for an iCalendar export: dates and statuses are judged on `--as-of`, never on the clock (the
 * progress line's rate reads an elapsed-time timer, `performance.now`, and nothing else).
 */
function icsStamp(given: string | undefined): string {
  return given ?? `${new Date().toISOString().slice(0, 19)}Z`;
}

/** A timeline file, or a case file computed (with explanations, so that a moved date says why). */
function timelineOf(path: string, asOf: string | undefined, options: { rules?: unknown[] } | undefined): Timeline {
  const value = readJson(path);
  if (typeof value === 'object' && value !== null && Array.isArray((value as { milestones?: unknown }).milestones)) return value as Timeline;
  const input = typeof value === 'object' && value !== null && !Array.isArray(value) && asOf !== undefined ? { ...value, asOf } : value;
  const result = safeComputeTimeline(input, { ...options, explain: true });
  if (!result.success) throw new InvalidFileError(`${path}: ${describeErrorText(result.error)}`);
  return result.data;
}

/** Progress on stderr when it is a terminal: cases done, invalid ones, rate. */
function progress(): { tick: (cases: number, invalid: number) => void; end: () => void } {
  if (process.stderr.isTTY !== true) return { tick: () => undefined, end: () => undefined };
  let done = 0;
  let invalid = 0;
  const start = performance.now();
  const show = (): void => {
    const rate = Math.round(done / Math.max(0.001, (performance.now() - start) / 1000));
    process.stderr.write(`\r${done.toLocaleString('en')} cases, ${invalid.toLocaleString('en')} invalid, ${rate.toLocaleString('en')}/s `);
  };
  const timer = setInterval(show, 250);
  return {
    tick: (cases, bad) => {
      done += cases;
      invalid += bad;
    },
    end: () => {
      clearInterval(timer);
      show();
      process.stderr.write('\n');
    },
  };
}

/** `batch` and `agenda`: every line of the file through the pool, in input order. */
async function runLines(file: string, job: Job, threads: number, emit: (o: Outcome) => void | Promise<void>, engine: Engine | undefined): Promise<boolean> {
  const lines = linesOf(openStream(file), MAX_LINE_CHARS);
  // Blank lines are no cases: skipped, not answered.
  async function* cases(): AsyncGenerator<Line> {
    for await (const l of lines) if (!('text' in l) || l.text.trim() !== '') yield l;
  }
  const meter = progress();
  let anyInvalid = false;
  try {
    await runPool(cases(), job, threads, new URL(import.meta.url), async (r) => {
      if (r.kind === 'text') {
        meter.tick(r.cases, r.invalid);
        if (r.invalid > 0) anyInvalid = true;
        await write(r.text);
        return;
      }
      for (const o of r.outcomes) {
        meter.tick(1, o.invalid ? 1 : 0);
        if (o.invalid) anyInvalid = true;
        await emit(o);
      }
    }, engine);
  } finally {
    meter.end();
  }
  return anyInvalid;
}

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      'first-sick-day': { type: 'string' },
      case: { type: 'string' },
      'as-of': { type: 'string' },
      format: { type: 'string', default: 'table' },
      lang: { type: 'string', default: 'nl' },
      rules: { type: 'string' },
      'case-id': { type: 'string' },
      stamp: { type: 'string' },
      workers: { type: 'string' },
      days: { type: 'string' },
      explain: { type: 'boolean' },
      'without-texts': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
      version: { type: 'boolean', short: 'v' },
    },
  });
  if (values.version) {
    process.stdout.write(`${VERSION}\n`);
    return 0;
  }
  const [command, ...rest] = positionals;
  if (values.help || command === undefined || command === 'help') {
    // Asked for, the usage is output; a missing command is an error, and errors go to stderr.
    const error = command === undefined && !values.help;
    (error ? process.stderr : process.stdout).write(`${HELP}\n`);
    return error ? 2 : 0;
  }
  const lang = values.lang;
  if (lang !== 'nl' && lang !== 'en') throw new UsageError(`--lang must be nl or en, not '${lang}'`);
  const format = values.format;
  if (!['table', 'json', 'ics', 'svg', 'markdown'].includes(format)) throw new UsageError(`--format must be table, json, ics, svg or markdown, not '${format}'`);

  const rules = values.rules === undefined ? undefined : readJson(values.rules);
  if (rules !== undefined && !Array.isArray(rules)) throw new UsageError(`${values.rules} must hold a JSON array of rules`);
  const options = rules === undefined ? undefined : { rules: rules as unknown[] };

  if (command === 'validate') {
    const file = rest[0] ?? values.case;
    if (file === undefined) throw new UsageError('validate needs a case file: poortwachter validate case.json');
    const result = safeComputeTimeline(readJson(file), options);
    if (!result.success) {
      process.stderr.write(`${file}: ${describeError(result.error)}\n`);
      return 1;
    }
    process.stdout.write(`${file}: valid (first sick day ${result.data.firstSickDay}, regime ${result.data.regime}, ${result.data.milestones.length} milestones)\n`);
    return 0;
  }
  if (values['as-of'] !== undefined && parseIsoDate(values['as-of']) === undefined) throw new UsageError(`--as-of must be a date YYYY-MM-DD, not '${values['as-of']}'`);
  if (command === 'diff') {
    if (rest.length !== 2) throw new UsageError('diff needs two files: poortwachter diff before.json after.json (timelines, or cases to compute)');
    if (format !== 'table' && format !== 'json') throw new UsageError(`diff --format must be table or json, not '${format}'`);
    const before = timelineOf(rest[0]!, values['as-of'], options);
    const after = timelineOf(rest[1]!, values['as-of'], options);
    const changes = diffTimelines(before, after);
    const text = format === 'json' ? JSON.stringify(changes, null, 2) : renderDiff(before, after, changes, lang);
    process.stdout.write(`${text}\n`);
    return 0;
  }
  if (command === 'batch' || command === 'agenda') {
    const file = rest[0];
    if (file === undefined || rest.length > 1) throw new UsageError(`${command} needs one file of cases, one JSON object a line ('-' reads stdin)`);
    const threads = wholeNumber('workers', values.workers, 1, 256, availableParallelism());
    const days = wholeNumber('days', values.days, 0, 3660, 14);
    // A bad rule pack is one error for the whole run (exit 1), found here before any thread starts.
    // With one thread that engine computes the lines too; worker threads make their own.
    const checked = options === undefined ? undefined : createEngine(options);
    if (command === 'batch') {
      const job: Job = { mode: 'batch', asOf: values['as-of'], rules: options?.rules, explain: values.explain === true, withoutTexts: values['without-texts'] === true, days, locale: lang };
      // The lines come joined per chunk (runLines writes them); only agenda outcomes reach this callback.
      const invalid = await runLines(file, job, threads, () => undefined, checked);
      return invalid ? 1 : 0;
    }
    if (values['as-of'] === undefined) throw new UsageError('agenda needs --as-of DATE: the day the actions are judged on');
    if (format !== 'table' && format !== 'json' && format !== 'ics') throw new UsageError(`agenda --format must be table, json or ics, not '${format}'`);
    const job: Job = { mode: 'agenda', asOf: values['as-of'], rules: options?.rules, explain: format === 'ics', days, locale: lang, icsStamp: format === 'ics' ? icsStamp(values.stamp) : undefined };
    const items: AgendaItem[] = [];
    const events: string[] = [];
    const invalid = await runLines(file, job, threads, (o) => {
      const a = o.agenda as AgendaOutcome;
      if ('error' in a) {
        const where = `line ${a.line}${a.caseId === null ? '' : ` (${a.caseId})`}`;
        process.stderr.write(`poortwachter: ${printable(where)}: ${printable(a.error.issues.map((i) => `${formatPath(i.path)}: ${i.message}`).join('; '))} [${a.error.code}]\n`);
        return;
      }
      items.push(...a.items);
      if (a.events !== undefined) events.push(...a.events);
    }, checked);
    sortAgenda(items);
    const text =
      format === 'json'
        ? JSON.stringify(items, null, 2)
        : format === 'ics'
          ? calendarOf(`Poortwachter agenda ${values['as-of']}`, events, 'agenda')
          : renderAgendaTable(items, lang, days);
    await write(text.endsWith('\n') ? text : `${text}\n`);
    return invalid ? 1 : 0;
  }
  if (command !== 'timeline' && command !== 'explain') throw new UsageError(`unknown command '${command}'.${didYouMean(command, ['timeline', 'explain', 'validate', 'diff', 'batch', 'agenda', 'help'])}`);

  const fromFile = values.case === undefined ? {} : readJson(values.case);
  if (typeof fromFile !== 'object' || fromFile === null || Array.isArray(fromFile)) throw new UsageError(`${values.case} must hold a JSON object (a case)`);
  const input: Record<string, unknown> = { ...(fromFile as Record<string, unknown>) };
  if (values['first-sick-day'] !== undefined) input.firstSickDay = values['first-sick-day'];
  if (values['as-of'] !== undefined) input.asOf = values['as-of'];
  if (input.firstSickDay === undefined) throw new UsageError('give --first-sick-day YYYY-MM-DD or a --case file with firstSickDay');

  // Explanations are computed only where they are shown: explain, JSON, and the iCalendar descriptions.
  const explain = command === 'explain' || format === 'json' || format === 'ics';
  const result = safeComputeTimeline(input, { ...options, explain });
  if (!result.success) {
    process.stderr.write(`${describeError(result.error)}\n`);
    return 1;
  }
  const timeline: Timeline = result.data;
  if (command === 'explain') {
    const ids: readonly string[] = timeline.milestones.map((m) => m.id);
    if (rest.length === 0) throw new UsageError(`explain needs a milestone id: one of ${ids.join(', ')}`);
    for (const id of rest) {
      if (!ids.includes(id)) throw new UsageError(`this case has no milestone '${id}'.${didYouMean(id, ids)} Its milestones: ${ids.join(', ')}`);
    }
    // The ids are checked above; anything explainMilestone still refuses reaches the handler at the end.
    process.stdout.write(`${rest.map((id) => explainMilestone(timeline, id, { locale: lang })).join('\n\n')}\n`);
    return 0;
  }
  const caseId = values['case-id'] ?? (input as CaseInput).caseId;
  if (format === 'ics' && caseId === undefined) {
    process.stderr.write("poortwachter: no case id: the calendar's UIDs come from the case's dates, so a recomputed case imports as a new calendar; give --case-id (or caseId in the case file) to keep a calendar in sync\n");
  }
  const text =
    format === 'json'
      ? JSON.stringify(timeline, null, 2)
      : format === 'ics'
        ? toICalendar(timeline, { ...(caseId === undefined ? {} : { caseId }), locale: lang, stamp: icsStamp(values.stamp) })
        : format === 'svg'
          ? toSvg(timeline, { locale: lang })
          : format === 'markdown'
            ? renderMarkdown(timeline, lang)
            : renderTable(timeline, lang, { width: terminalWidth(), color: useColor() });
  process.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
  return 0;
}

function handle(e: unknown): void {
  if (e instanceof InvalidFileError) {
    process.stderr.write(`poortwachter: ${printable(e.message)}\n`);
    process.exitCode = 1;
  } else if (e instanceof UsageError || (e as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
    process.stderr.write(`poortwachter: ${printable((e as Error).message)}\nRun 'poortwachter --help' for usage.\n`);
    process.exitCode = 2;
  } else if (e instanceof PoortwachterError) {
    // A renderer refused an option given on the command line (--stamp, --case-id): wrong usage.
    process.stderr.write(`poortwachter: ${describeError(e)}\n`);
    process.exitCode = e.code === 'INVALID_OPTION' ? 2 : 1;
  } else if (/^E[A-Z]+$/.test(String((e as { code?: unknown }).code))) {
    // A file the command could not read (missing, a directory, no permission): say which and why.
    process.stderr.write(`poortwachter: ${printable((e as Error).message)}\n`);
    process.exitCode = 2;
  } else {
    throw e;
  }
}

if (isBatchWorker()) {
  // A worker thread of `batch` or `agenda` (started from this same file): compute, don't parse argv.
  serveWorker();
} else {
  // A reader that went away (`poortwachter timeline … | head -1`) is no error of ours: stop quietly.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  });
  main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  }, handle);
}
