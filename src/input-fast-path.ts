/**
 * A fast path in front of `caseInputSchema`. zod costs about 3.7 µs for a typical case, more than twice
 * the hand-written baseline of a whole timeline, so plainly valid input is checked here in one pass.
 *
 * The zod schema stays the definition. This function returns a copy only when the input is certainly
 * valid, and the copy zod itself would return; anything unusual (another prototype, an unknown key, a
 * value out of range, an error to report) gives `undefined`, and zod then decides and reports.
 * `test/input-fast-path.test.ts` checks on random and mutated input that whatever this accepts, zod
 * accepts with an equal result.
 */
import { MAX_DATE, MIN_DATE, parseIsoDate } from './days.js';
import { MAX_EVENTS, type CaseEvent, type CaseInput } from './input-schema.js';

type Obj = Record<string, unknown>;

function plain(v: unknown): v is Obj {
  if (typeof v !== 'object' || v === null) return false;
  const proto = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
}

function date(v: unknown): v is string {
  return typeof v === 'string' && parseIsoDate(v) !== undefined && v >= MIN_DATE && v <= MAX_DATE;
}

const MILESTONE_ID = /^[a-z0-9][a-z0-9-]{0,62}$/;

/** Own keys of `o` are all in `allowed`. */
function onlyKeys(o: Obj, allowed: ReadonlySet<string>): boolean {
  for (const k of Object.keys(o)) if (!allowed.has(k)) return false;
  return true;
}

const CASE_KEYS = new Set(['caseId', 'firstSickDay', 'asOf', 'pregnancyRelated', 'noRiskPolis', 'events', 'options']);
const OPTION_KEYS = new Set(['ziekmeldingUwv', 'evaluationIntervalDays']);
// A Map, not an object: an event type such as '__proto__' must find nothing.
const KEYS = new Map<string, ReadonlySet<string>>([
  ['completed', new Set(['type', 'milestone', 'date'])],
  ['recovered', new Set(['type', 'date'])],
  ['sick', new Set(['type', 'date'])],
  ['partially-recovered', new Set(['type', 'date', 'percentage'])],
  ['pregnancy-leave', new Set(['type', 'start', 'end'])],
  ['loonsanctie', new Set(['type', 'date', 'weeks'])],
  ['loonsanctie-hersteld', new Set(['type', 'date'])],
  ['vrijwillige-verlenging', new Set(['type', 'date', 'until'])],
  ['verkorte-wachttijd', new Set(['type', 'date', 'end'])],
  ['employment-ended', new Set(['type', 'date'])],
  ['deviation', new Set(['type', 'milestone', 'due', 'reason'])],
]);

function event(e: unknown): CaseEvent | undefined {
  if (!plain(e) || typeof e.type !== 'string') return undefined;
  const keys = KEYS.get(e.type);
  if (keys === undefined || !onlyKeys(e, keys)) return undefined;
  switch (e.type) {
    case 'completed':
      return typeof e.milestone === 'string' && MILESTONE_ID.test(e.milestone) && date(e.date) ? { type: 'completed', milestone: e.milestone, date: e.date } : undefined;
    case 'recovered':
    case 'sick':
    case 'loonsanctie-hersteld':
    case 'employment-ended':
      return date(e.date) ? ({ type: e.type, date: e.date } as CaseEvent) : undefined;
    case 'partially-recovered':
      if (!date(e.date)) return undefined;
      if (e.percentage === undefined) return 'percentage' in e ? { type: 'partially-recovered', date: e.date, percentage: undefined } : { type: 'partially-recovered', date: e.date };
      return typeof e.percentage === 'number' && Number.isFinite(e.percentage) && e.percentage >= 0 && e.percentage <= 100 ? { type: 'partially-recovered', date: e.date, percentage: e.percentage } : undefined;
    case 'pregnancy-leave':
      return date(e.start) && date(e.end) ? { type: 'pregnancy-leave', start: e.start, end: e.end } : undefined;
    case 'loonsanctie':
      return date(e.date) && typeof e.weeks === 'number' && Number.isInteger(e.weeks) && e.weeks >= 1 && e.weeks <= 52 ? { type: 'loonsanctie', date: e.date, weeks: e.weeks } : undefined;
    case 'vrijwillige-verlenging':
      return date(e.date) && date(e.until) ? { type: 'vrijwillige-verlenging', date: e.date, until: e.until } : undefined;
    case 'verkorte-wachttijd':
      if (!date(e.date)) return undefined;
      if (e.end === undefined) return 'end' in e ? { type: 'verkorte-wachttijd', date: e.date, end: undefined } : { type: 'verkorte-wachttijd', date: e.date };
      return date(e.end) ? { type: 'verkorte-wachttijd', date: e.date, end: e.end } : undefined;
    case 'deviation':
      return typeof e.milestone === 'string' && MILESTONE_ID.test(e.milestone) && date(e.due) && typeof e.reason === 'string' && e.reason.length >= 1 && e.reason.length <= 2000
        ? { type: 'deviation', milestone: e.milestone, due: e.due, reason: e.reason }
        : undefined;
    default:
      return undefined;
  }
}

/** The input copied, if it is certainly valid; `undefined` means "ask zod". */
export function fastParseCase(raw: unknown): CaseInput | undefined {
  if (!plain(raw) || !onlyKeys(raw, CASE_KEYS) || !date(raw.firstSickDay)) return undefined;
  const out: CaseInput = { firstSickDay: raw.firstSickDay };
  if ('caseId' in raw) {
    if (raw.caseId !== undefined && (typeof raw.caseId !== 'string' || raw.caseId.length < 1 || raw.caseId.length > 200)) return undefined;
    out.caseId = raw.caseId;
  }
  if ('asOf' in raw) {
    if (raw.asOf !== undefined && !date(raw.asOf)) return undefined;
    out.asOf = raw.asOf;
  }
  for (const flag of ['pregnancyRelated', 'noRiskPolis'] as const) {
    if (flag in raw) {
      const v = raw[flag];
      if (v !== undefined && typeof v !== 'boolean') return undefined;
      out[flag] = v;
    }
  }
  if ('options' in raw && raw.options !== undefined) {
    const o = raw.options;
    if (!plain(o) || !onlyKeys(o, OPTION_KEYS)) return undefined;
    const options: NonNullable<CaseInput['options']> = {};
    if ('ziekmeldingUwv' in o) {
      if (o.ziekmeldingUwv !== undefined && o.ziekmeldingUwv !== 'statute' && o.ziekmeldingUwv !== 'uwv-eerste-werkdag') return undefined;
      options.ziekmeldingUwv = o.ziekmeldingUwv;
    }
    if ('evaluationIntervalDays' in o) {
      const n = o.evaluationIntervalDays;
      if (n !== undefined && (typeof n !== 'number' || !Number.isInteger(n) || n < 7 || n > 365)) return undefined;
      options.evaluationIntervalDays = n;
    }
    out.options = options;
  } else if ('options' in raw) out.options = undefined;
  if ('events' in raw && raw.events !== undefined) {
    const list = raw.events;
    if (!Array.isArray(list) || list.length > MAX_EVENTS) return undefined;
    const events: CaseEvent[] = new Array<CaseEvent>(list.length);
    for (let i = 0; i < list.length; i++) {
      if (!(i in list)) return undefined; // a hole in a sparse array: let zod say what it makes of it
      const e = event(list[i]);
      if (e === undefined) return undefined;
      events[i] = e;
    }
    out.events = events;
  } else if ('events' in raw) out.events = undefined;
  return out;
}
