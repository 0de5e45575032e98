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
 * over the field tables (`fields.ts`, `events.ts`), as cheaply as a hand-written check. Anything unusual
 * gives `undefined`, and `check.ts` decides and lists the problems. `test/case-read.test.ts` checks on
 * random and mutated input that whatever this accepts, the zod schema accepts with an equal result.
 */
import { describeThrown, PoortwachterError, type IssuePath } from '../errors.js';
import { eventIsCertainlyValid, isEventField, readEvent } from './events.js';
import { CASE_FIELDS, CASE_KEYS, checkOf, MAX_EVENTS, OPTION_FIELDS, OPTION_KEYS, type FieldSpec } from './fields.js';
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
  const out: Plain = { ...value };
  for (const k of Object.keys(out)) {
    const v = out[k];
    if (typeof v === 'object' && v !== null) {
      try {
        out[k] = copy(v, depth + 1);
      } catch (e) {
        throw at(e, k);
      }
    }
  }
  return out;
}

/** An object that is neither null nor an array (what a case, an event or the options must be). */
export function isPlain(v: unknown): v is Plain {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function onlyKeys(o: Plain, allowed: ReadonlySet<string>): boolean {
  for (const k of Object.keys(o)) if (!allowed.has(k)) return false;
  return true;
}

/** The fast checks of a table's fields, as plain records (no [name, spec] pairs to destructure per case). */
const checksOf = (fields: Readonly<Record<string, FieldSpec>>) => Object.entries(fields).map(([name, f]) => ({ name, ok: checkOf(f) }));
const OPTION_CHECKS = checksOf(OPTION_FIELDS);
/** The case's own fields by name, with their checks: a case is checked by the keys it has. */
const CASE_CHECKS: ReadonlyMap<string, (v: unknown) => boolean> = new Map(checksOf(CASE_FIELDS).map((c) => [c.name, c.ok]));
/** The case fields that must be there (their check runs when they are; absent, the case is not valid). */
const REQUIRED_CASE_KEYS = Object.entries(CASE_FIELDS as Readonly<Record<string, FieldSpec>>).filter(([, f]) => !('optional' in f && f.optional === true)).map(([name]) => name);

function fieldsValid(o: Plain, checks: ReadonlyArray<{ readonly name: string; readonly ok: (v: unknown) => boolean }>): boolean {
  for (let i = 0; i < checks.length; i++) if (!checks[i]!.ok(o[checks[i]!.name])) return false;
  return true;
}

/** The checks of the case that its keys did not run: required fields, the options, the events' type. */
function certainlyValid(c: Plain): boolean {
  for (let i = 0; i < REQUIRED_CASE_KEYS.length; i++) if (c[REQUIRED_CASE_KEYS[i]!] === undefined) return false;
  const o = c.options;
  if (o !== undefined && (!isPlain(o) || !onlyKeys(o, OPTION_KEYS) || !fieldsValid(o, OPTION_CHECKS))) return false;
  const events = c.events;
  return events === undefined || Array.isArray(events);
}

/**
 * The copy of the case (`copy` at depth 0) and, in the same pass, whether it is certainly valid. The case
 * object and its events are spread at sites of their own: one spread site that sees objects of every
 * shape (cases, events, options) becomes megamorphic and costs several times more per object. What is
 * copied, in which order, and what a throwing read reports are the same as `copy(value, 0)`.
 */
function copyCase(value: unknown): ReadInput {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { snapshot: copy(value, 0), valid: undefined };
  const out: Plain = { ...value };
  let valid = true;
  let eventsValid = true;
  let events: CopiedEvents | undefined;
  const keys = Object.keys(out);
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i]!;
    const v = out[k];
    // A case field is checked here, by its key; events and options below; any other key is unknown.
    const ok = CASE_CHECKS.get(k);
    if (ok !== undefined ? !ok(v) : !CASE_KEYS.has(k)) valid = false;
    if (typeof v === 'object' && v !== null) {
      try {
        if (k === 'events' && Array.isArray(v)) {
          events = copyEvents(v);
          out[k] = events.copy;
          eventsValid = events.valid;
        } else out[k] = copy(v, 1);
      } catch (e) {
        throw at(e, k);
      }
    }
  }
  if (valid && eventsValid && certainlyValid(out)) return new ValidRead(out as CaseInput, events);
  // Not valid: the list of problems reads the events as the caller wrote them.
  if (events !== undefined) out.events = eventsAsWritten(events);
  return { snapshot: out, valid: undefined };
}

/**
 * A certainly valid input: `valid`, with its events as records, is what the computation reads; the
 * snapshot, with every event as written, is made only when asked for (a getter of the class: a valid
 * read allocates no closure for it).
 */
class ValidRead implements ReadInput {
  #snapshot: unknown;
  readonly #events: CopiedEvents | undefined;
  constructor(
    readonly valid: CaseInput,
    events: CopiedEvents | undefined,
  ) {
    this.#events = events;
  }
  get snapshot(): unknown {
    this.#snapshot ??= this.#events === undefined ? this.valid : { ...this.valid, events: eventsAsWritten(this.#events) };
    return this.#snapshot;
  }
}

/** Events copied: the copy, which of them are `EventRecord`s (with the keys they were read from), and whether all are certainly valid. */
interface CopiedEvents {
  readonly copy: unknown[];
  /** Per index, the keys of an event read into an `EventRecord`; `undefined` for one copied as written. */
  readonly keyLists: Array<readonly string[] | undefined>;
  readonly valid: boolean;
}

/**
 * `copy(events, 1)` of an array, and whether it holds at most MAX_EVENTS certainly valid events. Each
 * event's own keys are listed first, nothing read yet. A certainly valid event is read once into an
 * `EventRecord` (one shape for all events: what the computation reads); any other event is copied as a
 * spread would copy it, for the list of problems (`check.ts`), which must see events as written.
 */
function copyEvents(value: unknown[]): CopiedEvents {
  const length: unknown = value.length;
  const n = Math.min(typeof length === 'number' ? length : 0, MAX_EVENTS + 1);
  const out: unknown[] = new Array<unknown>(n);
  const keyLists = new Array<readonly string[] | undefined>(n);
  let valid = n <= MAX_EVENTS;
  for (let i = 0; i < n; i++) {
    try {
      const e: unknown = value[i];
      if (typeof e === 'object' && e !== null && !Array.isArray(e)) {
        const keys = Object.keys(e);
        let known = true;
        for (let j = 0; j < keys.length; j++) if (!isEventField(keys[j]!)) known = false;
        if (known) {
          const record = readEvent(e as Plain, keys);
          // A certainly valid event holds no objects: nothing deeper to copy.
          if (eventIsCertainlyValid(record, keys.length)) {
            out[i] = record;
            keyLists[i] = keys;
            continue;
          }
          valid = false;
          out[i] = copyEventValues(asWritten(record, keys));
        } else {
          valid = false;
          out[i] = copyEventValues(asWritten(e as Plain, keys));
        }
      } else {
        valid = false;
        out[i] = copy(e, 2);
      }
    } catch (e) {
      throw at(e, i);
    }
  }
  return { copy: out, keyLists, valid };
}

/** The copied events, each as written: the records with their own keys only (a new list). */
function eventsAsWritten(events: CopiedEvents): unknown[] {
  return events.copy.map((e, i) => {
    const keys = events.keyLists[i];
    return keys === undefined ? e : asWritten(e as Plain, keys);
  });
}

/** The keys `keys` of `o`, read once each, into a plain object of that shape (what a spread makes). */
function asWritten(o: Plain, keys: readonly string[]): Plain {
  const out: Plain = {};
  // Defined, not assigned: a key '__proto__' stays an ordinary key, as in a spread.
  for (let i = 0; i < keys.length; i++) Object.defineProperty(out, keys[i]!, { value: o[keys[i]!], writable: true, enumerable: true, configurable: true });
  return out;
}

/** The rest of `copy(event, 2)` once the event object is spread: its values that are objects. */
function copyEventValues(out: Plain): Plain {
  for (const k of Object.keys(out)) {
    const v = out[k];
    if (typeof v === 'object' && v !== null) {
      try {
        out[k] = copy(v, 3);
      } catch (e) {
        throw at(e, k);
      }
    }
  }
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
