/**
 * Reading the caller's input, once. `readInput` copies it into plain data of our own, reading every
 * property exactly once (a getter or Proxy that would answer differently a second time is asked one
 * time only); validation and computation then see only that copy.
 *
 * The copy is bounded: arrays past `MAX_EVENTS + 1` items are cut (such input is invalid either way, and
 * the cut still says so), and nothing deeper than a case can be is copied. A getter or trap that throws
 * makes an `UNREADABLE_INPUT` error naming the object it was reading.
 *
 * It also says whether the copy is certainly valid: plainly valid input is checked here in one pass
 * over the field tables (`fields.ts`, `events.ts`), as cheaply as a hand-written check, and read into
 * records of one shape (the case, its options and each event: every key present, `undefined` where the
 * caller gave none; only the caller's own keys are read). Anything unusual gives `undefined`, and
 * `check.ts` decides and lists the problems on the copy as written. `test/case-read.test.ts` checks on
 * random and mutated input that whatever this accepts, the zod schema accepts with an equal result.
 */
import { describeThrown, PoortwachterError, type IssuePath } from '../errors.js';
import type { EpochDay } from '../calendar/days.js';
import { blankEvent, NOT_CERTAIN, readEvent } from './events.js';
import { CASE_FIELDS, checkOf, MAX_EVENTS, OPTION_FIELDS, type CaseKey, type FieldSpec } from './fields.js';
import type { CaseInput } from './schema.js';

/** A case is at most this deep: case → events → event → value. */
const MAX_DEPTH = 3;

type Plain = Record<string, unknown>;

/** A read that threw, and where: the path is filled in on the way out of the copy. */
class Unreadable {
  readonly path: Array<string | number> = [];
  constructor(readonly thrown: unknown) {
    UNREADABLE.add(this);
  }
}
// Recognised by membership, not `instanceof`: `instanceof` on the caller's thrown Proxy would run its
// getPrototypeOf trap, which may throw again.
const UNREADABLE = new WeakSet<object>();
const isUnreadable = (e: unknown): e is Unreadable => typeof e === 'object' && e !== null && UNREADABLE.has(e);

function at(e: unknown, key: string | number): Unreadable {
  const u = isUnreadable(e) ? e : new Unreadable(e);
  u.path.unshift(key);
  return u;
}

function copy(value: unknown, depth: number): unknown {
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) {
    if (depth >= MAX_DEPTH) return [];
    const length: unknown = value.length;
    const n = Math.min(typeof length === 'number' ? length : 0, MAX_EVENTS + 1);
    const out: unknown[] = new Array<unknown>(n);
    for (let i = 0; i < n; i++) {
      try {
        out[i] = copy(value[i], depth + 1);
      } catch (e) {
        throw at(e, i);
      }
    }
    return out;
  }
  if (depth >= MAX_DEPTH) return {};
  // Spread reads every own enumerable property once (a getter is called once, a Proxy asked once) and
  // defines it on the copy: a key '__proto__' stays an ordinary key, never the copy's prototype.
  return copyValues({ ...value }, depth + 1);
}

/** An object that is neither null nor an array (what a case, an event or the options must be). */
export function isPlain(v: unknown): v is Plain {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** The fast checks of a table's fields, by name (read by `readCaseKey` and `readOptionKey`: checked by the keys given). */
const checksOf = <F extends Readonly<Record<string, FieldSpec>>>(fields: F) =>
  Object.fromEntries(Object.entries(fields).map(([name, f]) => [name, checkOf(f)])) as Readonly<Record<keyof F, (v: unknown) => boolean>>;
/** The checks of the case's own fields and of the options. */
const CASE_CHECK = checksOf(CASE_FIELDS);
const OPTION_CHECK = checksOf(OPTION_FIELDS);
/** The case fields that must be there (their check runs when they are; absent, the case is not valid). */
const REQUIRED_CASE_KEYS = Object.entries(CASE_FIELDS as Readonly<Record<string, FieldSpec>>).filter(([, f]) => !('optional' in f && f.optional === true)).map(([name]) => name);

/**
 * The checks of the case that its keys did not run: required fields, the options and the events being an
 * object and an array (their contents are checked as they are read: `copyOptions`, `copyEvents`).
 */
function certainlyValid(c: Plain): boolean {
  for (let i = 0; i < REQUIRED_CASE_KEYS.length; i++) if (c[REQUIRED_CASE_KEYS[i]!] === undefined) return false;
  const o = c.options;
  if (o !== undefined && !isPlain(o)) return false;
  const events = c.events;
  return events === undefined || Array.isArray(events);
}

/**
 * A case read into one shape: every key a case may have, `undefined` where the case has none. Only the
 * caller's own keys are read into it, so nothing inherited (a polluted Object.prototype) reaches the
 * computation; the literal and the switch below fail to compile when the field table gains a key they
 * do not list.
 */
type CaseRecord = Record<CaseKey, unknown>;

function blankCase(): CaseRecord {
  return {
    caseId: undefined,
    firstSickDay: undefined,
    asOf: undefined,
    dateOfBirth: undefined,
    pregnancyRelated: undefined,
    noRiskPolis: undefined,
    domesticWorker: undefined,
    flexibilisationPeriod: undefined,
    eigenrisicodragerZw: undefined,
    uitzendbeding: undefined,
    fictieveDienstbetrekking: undefined,
    events: undefined,
    options: undefined,
  };
}

/** What reading a key of the case found (`readCaseKey`). */
const enum KeyRead {
  /** A field of the case whose value passes its check, or `events` or `options` (checked on their own). */
  Valid,
  /** A field of the case whose value fails its check (`check.ts` says why). */
  Invalid,
  /** A key no case has: nothing was read. */
  Unknown,
}

/** The result of a field's check, as a `KeyRead`. */
const checked = (ok: boolean): KeyRead => (ok ? KeyRead.Valid : KeyRead.Invalid);

/**
 * Reads the caller's `k` into the record and checks it: one read, by name (a switch of property reads:
 * no lookup of the key in a set, nor of its check in a map). `Unknown`, reading nothing, for a key no
 * case has.
 */
function readCaseKey(o: CaseRecord, c: Plain, k: string): KeyRead {
  const key = k as CaseKey;
  switch (key) {
    case 'caseId': return checked(CASE_CHECK.caseId((o.caseId = c.caseId)));
    case 'firstSickDay': return checked(CASE_CHECK.firstSickDay((o.firstSickDay = c.firstSickDay)));
    case 'asOf': return checked(CASE_CHECK.asOf((o.asOf = c.asOf)));
    case 'dateOfBirth': return checked(CASE_CHECK.dateOfBirth((o.dateOfBirth = c.dateOfBirth)));
    case 'pregnancyRelated': return checked(CASE_CHECK.pregnancyRelated((o.pregnancyRelated = c.pregnancyRelated)));
    case 'noRiskPolis': return checked(CASE_CHECK.noRiskPolis((o.noRiskPolis = c.noRiskPolis)));
    case 'domesticWorker': return checked(CASE_CHECK.domesticWorker((o.domesticWorker = c.domesticWorker)));
    case 'flexibilisationPeriod': return checked(CASE_CHECK.flexibilisationPeriod((o.flexibilisationPeriod = c.flexibilisationPeriod)));
    case 'eigenrisicodragerZw': return checked(CASE_CHECK.eigenrisicodragerZw((o.eigenrisicodragerZw = c.eigenrisicodragerZw)));
    case 'uitzendbeding': return checked(CASE_CHECK.uitzendbeding((o.uitzendbeding = c.uitzendbeding)));
    case 'fictieveDienstbetrekking': return checked(CASE_CHECK.fictieveDienstbetrekking((o.fictieveDienstbetrekking = c.fictieveDienstbetrekking)));
    case 'events': o.events = c.events; return KeyRead.Valid;
    case 'options': o.options = c.options; return KeyRead.Valid;
    default: {
      // Every key of the record has its case (this fails to compile otherwise); at run time, a key no
      // case has.
      const unknown: never = key;
      return unknown === undefined ? KeyRead.Valid : KeyRead.Unknown;
    }
  }
}

/**
 * Reads each of `keys` of the caller's `value` once, in their order, with `readKey` (`readCaseKey`,
 * `readOptionKey`): into `record`, or into `others` (without prototype) for a key no record has.
 * `fieldsValid`: every field read passed its check.
 */
function readKeys<R>(record: R, value: Plain, keys: readonly string[], readKey: (o: R, c: Plain, k: string) => KeyRead): { others: Plain | undefined; fieldsValid: boolean } {
  let fieldsValid = true;
  let others: Plain | undefined;
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i]!;
    const read = readKey(record, value, k);
    if (read === KeyRead.Invalid) fieldsValid = false;
    else if (read === KeyRead.Unknown) (others ??= Object.create(null) as Plain)[k] = value[k];
  }
  return { others, fieldsValid };
}

/**
 * The copy of the case (`copy` at depth 0) and, in the same pass, whether it is certainly valid. Its own
 * keys are listed first, then each is read once, in their order, and checked (`readCaseKey`). A case with
 * only keys a case may have is kept as its `CaseRecord`, its options as an `OptionsRecord` (`copyOptions`)
 * and its events as `EventRecord`s (`copyEvents`); any other case is copied as a spread would copy it, from
 * the same reads. What is read, in which order, and what a throwing read reports are the same as
 * `copy(value, 0)` (own string keys: like the case's and the events', the options' symbol keys are not read).
 */
function copyCase(value: unknown): ReadInput {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { snapshot: copy(value, 0), valid: undefined };
  const keys = Object.keys(value);
  const o = blankCase();
  const { others, fieldsValid } = readKeys(o, value as Plain, keys, readCaseKey);
  let valid = fieldsValid;
  // A key no case has: the case is not valid, and its problems are listed from a copy as written (made
  // from what was read: our own objects, not the caller's).
  if (others !== undefined) return { snapshot: copyValues(asWrittenFrom(o, others, keys), 1), valid: undefined };
  const record = o as unknown as Plain;
  // Once every field passed its check, only `events` and `options` can hold an object (every check
  // accepts primitives only): they are read by name, not by a keyed lookup with a different key each time.
  let events: CopiedEvents | undefined;
  let options: CopiedOptions | undefined;
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i]!;
    const v = k === 'events' ? o.events : k === 'options' ? o.options : fieldsValid ? undefined : record[k];
    // The case's fields were checked as they were read; events and options below.
    if (typeof v === 'object' && v !== null) {
      try {
        if (k === 'events' && Array.isArray(v)) {
          events = copyEvents(v);
          record[k] = events.copy;
          if (!events.valid) valid = false;
        } else if (k === 'options' && !Array.isArray(v)) {
          options = copyOptions(v as Plain);
          record[k] = options.copy;
          if (options.keys === undefined) valid = false;
        } else record[k] = copy(v, 1);
      } catch (e) {
        throw at(e, k);
      }
    }
  }
  if (valid && certainlyValid(record)) return new ValidRead(o as unknown as CaseInput, events?.days, keys, events, options);
  // Not valid: the list of problems reads the case, its options and its events as the caller wrote them.
  return { snapshot: caseAsWritten(record, keys, events, options), valid: undefined };
}

/**
 * The options read into one shape, as the computation reads them: every option, `undefined` where the
 * caller gave none (only the caller's own keys are read: nothing inherited). Typed by the option table:
 * the literal and the switch below fail to compile when the table gains an option they do not list.
 */
type OptionsRecord = Record<keyof typeof OPTION_FIELDS, unknown>;

/**
 * Reads the caller's option `k` into the record and checks it: one read, by name, like `readCaseKey`.
 * `Unknown`, reading nothing, for a key no option has.
 */
function readOptionKey(o: OptionsRecord, c: Plain, k: string): KeyRead {
  const key = k as keyof OptionsRecord;
  switch (key) {
    case 'ziekmeldingUwv': return checked(OPTION_CHECK.ziekmeldingUwv((o.ziekmeldingUwv = c.ziekmeldingUwv)));
    case 'evaluationIntervalDays': return checked(OPTION_CHECK.evaluationIntervalDays((o.evaluationIntervalDays = c.evaluationIntervalDays)));
    default: {
      const unknown: never = key;
      return unknown === undefined ? KeyRead.Valid : KeyRead.Unknown;
    }
  }
}

/**
 * The options copied (`copy` at depth 1 of a plain object): `copy` is their `OptionsRecord` and `keys`
 * the keys it was read from when every option is certainly valid; otherwise `copy` is the options as
 * written (from the same single reads) and `keys` is `undefined`.
 */
interface CopiedOptions {
  readonly copy: Plain;
  readonly keys: readonly string[] | undefined;
}

/** Reads the options, each of their own keys once, in their order (as `copyCase` reads the case). */
function copyOptions(value: Plain): CopiedOptions {
  const keys = Object.keys(value);
  const o: OptionsRecord = { ziekmeldingUwv: undefined, evaluationIntervalDays: undefined };
  const { others, fieldsValid } = readKeys(o, value, keys, readOptionKey);
  // A key no option has, or a value that fails its check (an object, perhaps): as written, its objects copied.
  if (others !== undefined) return { copy: copyValues(asWrittenFrom(o, others, keys), 2), keys: undefined };
  if (!fieldsValid) return { copy: copyValues(asWritten(o as Plain, keys), 2), keys: undefined };
  return { copy: o as Plain, keys };
}

/**
 * The values of `o` that are objects, copied (`copy` at `depth`): the rest of a copy once `o` is read
 * (by a spread in `copy`, or by the case's and events' own readers).
 */
function copyValues(o: Plain, depth: number): Plain {
  for (const k of Object.keys(o)) {
    const v = o[k];
    if (typeof v === 'object' && v !== null) {
      try {
        o[k] = copy(v, depth);
      } catch (e) {
        throw at(e, k);
      }
    }
  }
  return o;
}

/**
 * A certainly valid input: `valid`, a record with its events as records, is what the computation reads;
 * the snapshot, the case and its events as written, is made only when asked for (a getter of the class:
 * a valid read allocates no closure for it).
 */
class ValidRead implements ReadInput {
  #snapshot: Plain | undefined;
  readonly #keys: readonly string[];
  readonly #events: CopiedEvents | undefined;
  readonly #options: CopiedOptions | undefined;
  constructor(
    readonly valid: CaseInput,
    readonly days: readonly EpochDay[] | undefined,
    keys: readonly string[],
    events: CopiedEvents | undefined,
    options: CopiedOptions | undefined,
  ) {
    this.#keys = keys;
    this.#events = events;
    this.#options = options;
  }
  get snapshot(): unknown {
    if (this.#snapshot === undefined) {
      this.#snapshot = caseAsWritten(this.valid as unknown as Plain, this.#keys, this.#events, this.#options);
    }
    return this.#snapshot;
  }
}

/**
 * Events copied: the copy, which of them are `EventRecord`s (with the keys they were read from), whether
 * all are certainly valid, and then each one's day.
 */
interface CopiedEvents {
  readonly copy: unknown[];
  /** Per index, the day of the field that dates the event, parsed (meaningful when `valid`). */
  readonly days: EpochDay[];
  /** Per index, the keys of an event read into an `EventRecord`; `undefined` for one copied as written. */
  readonly keyLists: Array<readonly string[] | undefined>;
  readonly valid: boolean;
}

/**
 * `copy(events, 1)` of an array, and whether it holds at most MAX_EVENTS certainly valid events. Each
 * event's own keys are listed, then each read once (`readEvent`). A certainly valid event is kept as its
 * `EventRecord` (one shape for all events: what the computation reads); any other event is kept as a
 * spread would copy it, for the list of problems (`check.ts`), which must see events as written.
 */
function copyEvents(value: unknown[]): CopiedEvents {
  const length: unknown = value.length;
  const n = Math.min(typeof length === 'number' ? length : 0, MAX_EVENTS + 1);
  const out: unknown[] = new Array<unknown>(n);
  const keyLists = new Array<readonly string[] | undefined>(n);
  // Written by index, as long as every event is certainly valid (meaningful only then): a list grown by
  // push allocates room for sixteen at its first element.
  const days = new Array<EpochDay>(n);
  let valid = n <= MAX_EVENTS;
  for (let i = 0; i < n; i++) {
    try {
      const e: unknown = value[i];
      if (typeof e === 'object' && e !== null && !Array.isArray(e)) {
        const keys = Object.keys(e);
        const record = blankEvent();
        const day = readEvent(record, e as Plain, keys);
        if (typeof day !== 'number') {
          // A key no event has: copied as written from what was read (our own objects, not the caller's).
          valid = false;
          out[i] = copyValues(asWrittenFrom(day.record, day.others, keys), 3);
        } else if (day !== NOT_CERTAIN) {
          // A certainly valid event holds no objects: nothing deeper to copy.
          out[i] = record;
          keyLists[i] = keys;
          days[i] = day;
        } else {
          valid = false;
          out[i] = copyValues(asWritten(record, keys), 3);
        }
      } else {
        valid = false;
        out[i] = copy(e, 2);
      }
    } catch (e) {
      throw at(e, i);
    }
  }
  return { copy: out, days, keyLists, valid };
}

/**
 * A case read into its record (`keys`: the keys it was read from), as written: the record's own keys
 * only, and its options and events as written too (those read into records; the others are copies as
 * written already).
 */
function caseAsWritten(record: Plain, keys: readonly string[], events: CopiedEvents | undefined, options: CopiedOptions | undefined): Plain {
  const s = asWritten(record, keys);
  if (options?.keys !== undefined) s.options = asWritten(options.copy, options.keys);
  if (events !== undefined) s.events = eventsAsWritten(events);
  return s;
}

/** The copied events, each as written: the records with their own keys only (a new list). */
function eventsAsWritten(events: CopiedEvents): unknown[] {
  return events.copy.map((e, i) => {
    const keys = events.keyLists[i];
    return keys === undefined ? e : asWritten(e as Plain, keys);
  });
}

/**
 * `asWritten` of what was read from an object with a key no record has: its record's fields and the
 * other keys' values (`others`, without prototype), merged into one object of our own first.
 */
function asWrittenFrom(record: object, others: Readonly<Plain>, keys: readonly string[]): Plain {
  return asWritten(Object.assign(Object.create(null) as Plain, record, others), keys);
}

/** The keys `keys` of `o`, read once each, into a plain object of that shape (what a spread makes). */
function asWritten(o: Plain, keys: readonly string[]): Plain {
  const out: Plain = {};
  // Defined, not assigned: a key '__proto__' stays an ordinary key, as in a spread.
  for (let i = 0; i < keys.length; i++) Object.defineProperty(out, keys[i]!, { value: o[keys[i]!], writable: true, enumerable: true, configurable: true });
  return out;
}

export interface ReadInput {
  /** Our own plain copy of what the caller passed, as written. */
  readonly snapshot: unknown;
  /**
   * The same copy, typed, when it is certainly valid, with each event read into an `EventRecord` (every
   * event field present, `undefined` where the event has none); `undefined` means "look closer"
   * (`check.ts`, on the snapshot).
   */
  readonly valid: CaseInput | undefined;
  /** With `valid`: per event, the day of the field that dates it (`dateFieldOf`), parsed. */
  readonly days?: readonly EpochDay[] | undefined;
}

/** Reads the caller's input once (see the module comment); throws `UNREADABLE_INPUT` when it cannot. */
export function readInput(raw: unknown): ReadInput {
  try {
    return copyCase(raw);
  } catch (e) {
    const where: IssuePath = isUnreadable(e) ? e.path : [];
    const thrown = isUnreadable(e) ? e.thrown : e;
    throw new PoortwachterError('UNREADABLE_INPUT', `the case input could not be read${where.length > 0 ? ` at ${where.join('.')}` : ''}: reading it threw ${describeThrown(thrown)}`, where);
  }
}
