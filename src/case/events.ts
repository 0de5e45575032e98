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

/** Every field name an event can have, its type included. */
export type EventFieldName = 'type' | { [T in EventType]: keyof Events[T]['fields'] }[EventType];

/** Each event field as one bit, for the fields an event gave (`readEvent`). */
const BIT = { type: 1, date: 2, milestone: 4, differentCause: 8, percentage: 16, start: 32, end: 64, weeks: 128, due: 256, until: 512, reason: 1024 } as const satisfies Record<EventFieldName, number>;

/**
 * The check of each event field, by its name: a name has one kind and one set of bounds in every event
 * type that has it (`test/case-read.test.ts` holds the table to that), so the fast path checks a field
 * as it reads it, before it knows the event's type.
 */
const CHECK = Object.fromEntries(
  EVENT_TYPES.flatMap((type) => Object.entries(EVENTS[type].fields as Record<string, FieldSpec>).map(([name, spec]) => [name, fieldCheck(spec)] as const)),
) as Readonly<Record<Exclude<EventFieldName, 'type'>, FieldCheck>>;

/** The check of each event field, by its name (what the fast path uses), for the test of the table. */
export const EVENT_FIELD_CHECKS: Readonly<Record<string, FieldCheck>> = CHECK;

// A Map, not an object: an event type such as '__proto__' must find nothing.
// `required` and `allowed`: the type's fields as bits; `dated`: the bit of the field that dates it.
const TYPES = new Map<string, { readonly required: number; readonly allowed: number; readonly dated: number }>(
  EVENT_TYPES.map((type) => {
    let required: number = BIT.type;
    let allowed: number = BIT.type;
    for (const [name, spec] of Object.entries(EVENTS[type].fields as Record<string, FieldSpec>)) {
      const bit = BIT[name as EventFieldName];
      allowed |= bit;
      if (!('optional' in spec)) required |= bit;
    }
    return [type, { required, allowed, dated: BIT[EVENTS[type].dateField as EventFieldName] }];
  }),
);

/**
 * An event read into one shape: every field of every event type, `undefined` where the event has none.
 * One shape for all events keeps every later read of an event at one hidden class, and the literal
 * below, typed by `EventFieldName`, fails to compile when the table gains a field it does not list.
 */
export type EventRecord = Record<EventFieldName, unknown>;

export function blankEvent(): EventRecord {
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

/** What `readEvent` returns for an event it cannot vouch for (no supported day is this low). */
export const NOT_CERTAIN = -1_000_000_000;

/**
 * The value of a field checked as read: the day, for a date field; 0 for a valid value of another field;
 * `NOT_CERTAIN` for a value the fast path cannot vouch for (`undefined` included: a field given as
 * `undefined` is for `check.ts` to judge).
 */
function checked(c: FieldCheck, v: unknown): number {
  if (c.kind === 'date') {
    const day = supportedIsoDay(v);
    return day === undefined ? NOT_CERTAIN : day;
  }
  return presentValid(c, v) ? 0 : NOT_CERTAIN;
}

/**
 * Reads the caller's event into `o` (a `blankEvent`), each of `keys` (its own enumerable keys) once, in
 * their order, as a spread would, and checks each field as it reads it (`CHECK`, by the field's name). A
 * key no event has makes an `EventAsWritten` (the same single reads, the other keys beside the record).
 * Otherwise the day of the event's date field when the event is certainly valid: a known type, every
 * field it gave a field of that type with a value in bounds, every field the type requires given; else
 * `NOT_CERTAIN` ("find out why": `check.ts`, on the event as the caller wrote it).
 *
 * A switch of property reads, not o[k] = e[k]: keyed reads and writes with a different key each time cost
 * more than the copy itself. The checks are made in the same pass: a second pass over the type's fields
 * cost a read of each field again and a lookup of its check.
 */
export function readEvent(o: EventRecord, e: Readonly<Record<string, unknown>>, keys: readonly string[]): EpochDay | EventAsWritten {
  let others: Record<string, unknown> | undefined;
  let given = 0;
  let certain = true;
  // The days of the fields that can date an event (`dateField`: date, start or due).
  let date = NOT_CERTAIN;
  let start = NOT_CERTAIN;
  let due = NOT_CERTAIN;
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i]! as EventFieldName;
    switch (k) {
      case 'type':
        o.type = e.type;
        given |= BIT.type;
        break;
      case 'date':
        date = checked(CHECK.date, (o.date = e.date));
        given |= BIT.date;
        if (date === NOT_CERTAIN) certain = false;
        break;
      case 'milestone':
        given |= BIT.milestone;
        if (checked(CHECK.milestone, (o.milestone = e.milestone)) === NOT_CERTAIN) certain = false;
        break;
      case 'differentCause':
        given |= BIT.differentCause;
        if (checked(CHECK.differentCause, (o.differentCause = e.differentCause)) === NOT_CERTAIN) certain = false;
        break;
      case 'percentage':
        given |= BIT.percentage;
        if (checked(CHECK.percentage, (o.percentage = e.percentage)) === NOT_CERTAIN) certain = false;
        break;
      case 'start':
        start = checked(CHECK.start, (o.start = e.start));
        given |= BIT.start;
        if (start === NOT_CERTAIN) certain = false;
        break;
      case 'end':
        given |= BIT.end;
        if (checked(CHECK.end, (o.end = e.end)) === NOT_CERTAIN) certain = false;
        break;
      case 'weeks':
        given |= BIT.weeks;
        if (checked(CHECK.weeks, (o.weeks = e.weeks)) === NOT_CERTAIN) certain = false;
        break;
      case 'due':
        due = checked(CHECK.due, (o.due = e.due));
        given |= BIT.due;
        if (due === NOT_CERTAIN) certain = false;
        break;
      case 'until':
        given |= BIT.until;
        if (checked(CHECK.until, (o.until = e.until)) === NOT_CERTAIN) certain = false;
        break;
      case 'reason':
        given |= BIT.reason;
        if (checked(CHECK.reason, (o.reason = e.reason)) === NOT_CERTAIN) certain = false;
        break;
      default: {
        // Every field of the record has its case (this fails to compile otherwise); at run time, a key
        // no event has.
        const other: never = k;
        (others ??= Object.create(null) as Record<string, unknown>)[other] = e[other];
      }
    }
  }
  if (others !== undefined) return new EventAsWritten(o, others);
  const type = typeof o.type === 'string' ? TYPES.get(o.type) : undefined;
  if (!certain || type === undefined || (given & ~type.allowed) !== 0 || (type.required & ~given) !== 0) return NOT_CERTAIN;
  return type.dated === BIT.date ? date : type.dated === BIT.start ? start : due;
}
