/**
 * The event vocabulary of a case, in one table. The TypeScript types, `EVENT_TYPES`, the zod schema and
 * its JSON Schema (`schema.ts`), the input fast path (here) and the zod-free list of problems
 * (`check.ts`) are all derived from it: adding an event type is one entry here plus the law that reads it.
 */
import { supportedIsoDay, type EpochDay } from '../calendar/days.js';
import type { MilestoneId } from '../model/milestone-ids.js';
import { fieldCheck, presentValid, type FieldCheck, type FieldSpec } from './fields.js';

interface EventSpec {
  readonly about: string;
  /** The field that dates the event (checked against the first sick day). */
  readonly dateField: string;
  readonly fields: Readonly<Record<string, FieldSpec>>;
}

export const EVENTS = {
  completed: {
    about: 'An obligation done on `date`.',
    dateField: 'date',
    fields: {
      milestone: { kind: 'milestone', about: 'The milestone id, e.g. `probleemanalyse`.' },
      date: { kind: 'date', about: 'The day it was done (for `wia-brief`: the day the employee received the letter).' },
    },
  },
  recovered: { about: 'The employee is fully fit again.', dateField: 'date', fields: { date: { kind: 'date', about: 'The first day fully fit again.' } } },
  sick: {
    about: 'A new period of incapacity starts.',
    dateField: 'date',
    fields: {
      date: { kind: 'date', about: 'The first day of the new period of incapacity.' },
      differentCause: {
        kind: 'boolean',
        optional: true,
        about:
          'The incapacity has another cause than the incapacity before a pregnancy leave (BW 7:629(10); WIA 23(3)(a) 2°): the leave does not bridge the two, so the periods are added together only when fewer than four weeks lie between them, leave days included. On the day after a leave, while the employee was sick before it, it starts the new period (and usually a new chain).',
      },
    },
  },
  'partially-recovered': {
    about: 'Works part of the hours again; the incapacity goes on (shown, not counted).',
    dateField: 'date',
    fields: {
      date: { kind: 'date', about: 'The day the partial work started.' },
      percentage: { kind: 'number', min: 0, max: 100, optional: true, about: 'Share of the agreed hours worked again (0–100).' },
    },
  },
  'pregnancy-leave': {
    about: 'WAZO pregnancy and maternity leave (Wet arbeid en zorg 3:1): neither counted nor part of the gap test.',
    dateField: 'start',
    fields: {
      start: { kind: 'date', about: 'First day of the leave.' },
      end: { kind: 'date', about: 'Last day of the leave (included).' },
    },
  },
  loonsanctie: {
    about: "UWV's decision to extend wage payment (WIA 25(9)).",
    dateField: 'date',
    fields: {
      date: { kind: 'date', about: 'Date of the decision.' },
      weeks: { kind: 'int', min: 1, max: 52, minMessage: 'a loonsanctie lasts at least 1 week', maxMessage: 'a loonsanctie lasts at most 52 weeks (WIA 25(9))', about: 'The length UWV set, in weeks (1 to 52).' },
    },
  },
  herstelmelding: {
    about: "The employer's report to UWV that the shortcoming behind a loonsanctie is repaired (WIA 25(12)).",
    dateField: 'date',
    fields: { date: { kind: 'date', about: 'The day UWV received the report.' } },
  },
  'deskundigenoordeel-aanvraag': {
    about: "A request by employer or employee for UWV's deskundigenoordeel (Wet SUWI 32(1)-(3)): on the incapacity, on suitable work, or on the re-integration efforts.",
    dateField: 'date',
    fields: { date: { kind: 'date', about: 'The day UWV received the request.' } },
  },
  're-integratieverslag-termijn': {
    about: 'UWV set a term to supply or complete the re-integratieverslag (WIA 25(8); ZW 38(6),(7)).',
    dateField: 'date',
    fields: {
      date: { kind: 'date', about: "The date of UWV's letter." },
      due: { kind: 'date', about: 'The last day of the term UWV set.' },
    },
  },
  'loonsanctie-hersteld': {
    about: "UWV's finding that the shortcoming is repaired (WIA 25(13),(14)).",
    dateField: 'date',
    fields: { date: { kind: 'date', about: 'Date of the finding.' } },
  },
  'vrijwillige-verlenging': {
    about: "UWV's decision on a voluntary extension of wage payment (WIA 24).",
    dateField: 'date',
    fields: {
      date: { kind: 'date', about: 'Date of the decision.' },
      until: { kind: 'date', about: 'The new last day of wage payment.' },
    },
  },
  'verkorte-wachttijd': {
    about: "The employee's application for a verkorte wachttijd (WIA 23(6), 66).",
    dateField: 'date',
    fields: {
      date: { kind: 'date', about: 'Date of the application.' },
      end: { kind: 'date', optional: true, about: 'The last day of the shortened wachttijd as UWV set it, once decided.' },
    },
  },
  'employment-ended': { about: 'The employment ended (ZW 38(2)).', dateField: 'date', fields: { date: { kind: 'date', about: 'The last day of employment.' } } },
  deviation: {
    about: 'A reasoned departure from the term of the probleemanalyse or the plan van aanpak (Regeling procesgang art 5).',
    dateField: 'due',
    fields: {
      milestone: { kind: 'milestone', about: '`probleemanalyse` or `plan-van-aanpak`.' },
      due: { kind: 'date', about: 'The deviating due date agreed.' },
      reason: { kind: 'text', min: 1, max: 2000, minMessage: 'a deviation must give its reason (Regeling procesgang art 5)', about: 'The recorded reasons ("gemotiveerd").' },
    },
  },
} as const satisfies Readonly<Record<string, EventSpec>>;

type Events = typeof EVENTS;
export type EventType = keyof Events;

type ValueOf<F> = F extends { kind: 'milestone' } ? MilestoneId : F extends { kind: 'date' | 'text' } ? string : F extends { kind: 'boolean' } ? boolean : number;
type Simplify<T> = { [K in keyof T]: T[K] } & {};
type FieldsOf<F> = { -readonly [K in keyof F as F[K] extends { optional: true } ? never : K]: ValueOf<F[K]> } & {
  -readonly [K in keyof F as F[K] extends { optional: true } ? K : never]?: ValueOf<F[K]> | undefined;
};

/** One event of a case: `{ type, …fields }` (a discriminated union on `type`). */
export type CaseEvent = { [T in EventType]: Simplify<{ type: T } & FieldsOf<Events[T]['fields']>> }[EventType];

/** The event types, in the order of the table. */
export const EVENT_TYPES: readonly EventType[] = Object.freeze(Object.keys(EVENTS) as EventType[]);

/** Where an event is dated (`start` for leave, `due` for a deviation, else `date`). */
export function dateFieldOf(type: EventType): string {
  return EVENTS[type].dateField;
}

/** What is said of an event whose type is missing or unknown. */
export const UNKNOWN_TYPE_MESSAGE = `unknown event type: expected one of ${EVENT_TYPES.join(', ')}`;

// ---- the fast path's checks, derived from the same table ------------------------------------------

// A Map, not an object: an event type such as '__proto__' must find nothing. The fields are plain
// records, not [name, spec] pairs: destructuring a pair runs the iterator protocol for every field of
// every event of every case.
// `dated`: the position in `fields` of the field that dates the event (`dateField`).
const SPECS = new Map<string, { readonly fields: ReadonlyArray<{ readonly name: EventFieldName; readonly check: FieldCheck; readonly optional: boolean }>; readonly dated: number }>(
  EVENT_TYPES.map((type) => {
    const fields = Object.entries(EVENTS[type].fields as Record<string, FieldSpec>).map(([name, spec]) => ({ name: name as EventFieldName, check: fieldCheck(spec), optional: 'optional' in spec }));
    return [type, { fields, dated: fields.findIndex((f) => f.name === EVENTS[type].dateField) }];
  }),
);

/** Every field name an event can have, its type included. */
export type EventFieldName = 'type' | { [T in EventType]: keyof Events[T]['fields'] }[EventType];

/**
 * An event read into one shape: every field of every event type, `undefined` where the event has none.
 * One shape for all events keeps every later read of an event at one hidden class, and the literal
 * below, typed by `EventFieldName`, fails to compile when the table gains a field it does not list.
 */
export type EventRecord = Record<EventFieldName, unknown>;

function blankEvent(): EventRecord {
  return { type: undefined, date: undefined, milestone: undefined, differentCause: undefined, percentage: undefined, start: undefined, end: undefined, weeks: undefined, due: undefined, until: undefined, reason: undefined };
}

/**
 * An event with a key no event has, as read: its fields some event has in `record`, the others in
 * `others` (a map without prototype, so that a key '__proto__' is an ordinary key there).
 */
export class EventAsWritten {
  constructor(
    readonly record: EventRecord,
    readonly others: Readonly<Record<string, unknown>>,
  ) {}
}

/**
 * Reads field `k` of the caller's event into the record; `false`, reading nothing, when no event has a
 * field `k`. A switch of property reads, not o[k] = e[k]: keyed reads and writes with a different key
 * each time cost more than the copy itself.
 */
function readEventField(o: EventRecord, e: Readonly<Record<string, unknown>>, k: string): boolean {
  const name = k as EventFieldName;
  switch (name) {
    case 'type': o.type = e.type; return true;
    case 'date': o.date = e.date; return true;
    case 'milestone': o.milestone = e.milestone; return true;
    case 'differentCause': o.differentCause = e.differentCause; return true;
    case 'percentage': o.percentage = e.percentage; return true;
    case 'start': o.start = e.start; return true;
    case 'end': o.end = e.end; return true;
    case 'weeks': o.weeks = e.weeks; return true;
    case 'due': o.due = e.due; return true;
    case 'until': o.until = e.until; return true;
    case 'reason': o.reason = e.reason; return true;
    default: {
      // Every field of the record has its case (this fails to compile otherwise); at run time, a key
      // no event has.
      const other: never = name;
      return other === undefined;
    }
  }
}

/**
 * Reads the caller's event, each of `keys` (its own enumerable keys) once, in their order, as a spread
 * would: into an `EventRecord` when every key is a field some event has, else into an `EventAsWritten`
 * (the same single reads, the other keys beside the record). The loop is the case's and the options'
 * (`readKeys` in `read.ts`) for one reader; shared (tried), a case cost about 1.5% more
 * (median of seven paired runs, 0.99 to 1.04), because V8 then no longer inlined `readEventField` into the
 * events' loop, which runs for every event of every case.
 */
export function readEvent(e: Readonly<Record<string, unknown>>, keys: readonly string[]): EventRecord | EventAsWritten {
  const o = blankEvent();
  let others: Record<string, unknown> | undefined;
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i]!;
    if (!readEventField(o, e, k)) (others ??= Object.create(null) as Record<string, unknown>)[k] = e[k];
  }
  return others === undefined ? o : new EventAsWritten(o, others);
}

/**
 * Field `name` of an event record: a switch of property reads, so that each read is a load at a fixed
 * place of the record's one shape (`e[name]` with a different name each time is a generic keyed lookup).
 */
function eventField(e: EventRecord, name: EventFieldName): unknown {
  switch (name) {
    case 'type': return e.type;
    case 'date': return e.date;
    case 'milestone': return e.milestone;
    case 'differentCause': return e.differentCause;
    case 'percentage': return e.percentage;
    case 'start': return e.start;
    case 'end': return e.end;
    case 'weeks': return e.weeks;
    case 'due': return e.due;
    case 'until': return e.until;
    case 'reason': return e.reason;
    default: {
      // Every field of the record has its case (this fails to compile otherwise).
      const other: never = name;
      return other;
    }
  }
}

/**
 * The day of an event read by `readEvent` (from `keyCount` keys) that is certainly valid (its date field,
 * parsed: the check of that field and its parse in one pass), or `undefined`. Certainly valid: a known
 * type, no key its type does not have, no field given as `undefined`, every field in bounds. `undefined`
 * means "find out why" (`check.ts`, on the event as the caller wrote it).
 */
export function certainlyValidEventDay(e: EventRecord, keyCount: number): EpochDay | undefined {
  const spec = typeof e.type === 'string' ? SPECS.get(e.type) : undefined;
  if (spec === undefined) return undefined;
  let seen = 1; // type
  let day: EpochDay | undefined;
  const fields = spec.fields;
  for (let i = 0; i < fields.length; i++) {
    const f = fields[i]!;
    const v = eventField(e, f.name);
    if (v !== undefined) {
      seen++;
      if (i === spec.dated) {
        day = supportedIsoDay(v);
        if (day === undefined) return undefined;
      } else if (!presentValid(f.check, v)) return undefined;
    } else if (!f.optional) return undefined;
  }
  // Every key the caller gave is a field of its type, with a value: no other key, none left undefined.
  return keyCount === seen ? day : undefined;
}
