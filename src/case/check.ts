/**
 * Every problem of a case input that the fast path (`read.ts`) could not accept, listed without zod:
 * the same verdict, codes, paths and messages as the zod schema of `poortwachter/schema` (`schema.ts`),
 * worked out from the same tables (`fields.ts`, `events.ts`). Loading zod costs about 60 ms of a cold
 * start, more than the whole budget of import plus the first timeline (issue 14), and the computation
 * needs none of it. `test/case-check.test.ts` holds this module to zod's issues on random and mutated
 * input, so the wording below follows zod's English messages where the tables give none.
 *
 * What zod does, and so what this does: an object's fields in the order of the schema, then one issue
 * for all unknown keys; a field's checks run on until one that stops the rest (a wrong type, a
 * fractional whole number), except length checks, which run on whatever has a length; an array over its
 * maximum length is reported alone, without its items.
 */
import type { Issue } from '../errors.js';
import { DATE_TYPE_MESSAGE, isoDateProblem, MILESTONE_ID_MESSAGE, MILESTONE_ID_PATTERN } from '../model/formats.js';
import { EVENTS, UNKNOWN_TYPE_MESSAGE } from './events.js';
import { isPlain } from './read.js';
import { CASE_FIELDS, CASE_KEYS, CASE_TYPE_MESSAGE, MAX_EVENTS, MAX_EVENTS_MESSAGE, OPTION_FIELDS, OPTION_KEYS, type FieldSpec } from './fields.js';

type Path = ReadonlyArray<string | number>;
type Plain = Record<string, unknown>;


/** zod's name for the kind of a value (`util.parsedType` and the English locale's `getTypeName`). */
function received(v: unknown): string {
  if (typeof v === 'number') return Number.isNaN(v) ? 'NaN' : Number.isFinite(v) ? 'number' : String(v);
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  return typeof v;
}

const wrongType = (expected: string, v: unknown, path: Path): Issue => ({ code: 'invalid_type', path, message: `Invalid input: expected ${expected}, received ${received(v)}` });

/** zod's word for what has a length, and the unit it counts in. */
function lengthOrigin(v: unknown): { origin: string; unit?: string } {
  if (Array.isArray(v)) return { origin: 'array', unit: 'items' };
  if (typeof v === 'string') return { origin: 'string', unit: 'characters' };
  return { origin: 'unknown' };
}

/**
 * zod's length checks. They run on anything with a `length`, even a value of the wrong kind already
 * reported (an array as a text, a string as the events): zod reports both, so this does too.
 */
function lengthIssues(v: unknown, min: number | undefined, minMessage: string | undefined, max: number, maxMessage: string | undefined, path: Path, out: Issue[]): void {
  if (v === undefined || v === null) return;
  const length = (v as { length?: unknown }).length;
  if (length === undefined) return;
  const { origin, unit } = lengthOrigin(v);
  if (min !== undefined && !((length as number) >= min)) {
    out.push({ code: 'too_small', path, message: minMessage ?? (unit === undefined ? `Too small: expected ${origin} to be >=${min}` : `Too small: expected ${origin} to have >=${min} ${unit}`) });
  }
  if (!((length as number) <= max)) {
    out.push({ code: 'too_big', path, message: maxMessage ?? (unit === undefined ? `Too big: expected ${origin} to be <=${max}` : `Too big: expected ${origin} to have <=${max} ${unit}`) });
  }
}

/** The problems of one present field's value (`v !== undefined`, or a required field that is missing). */
function fieldIssues(f: FieldSpec, v: unknown, path: Path, out: Issue[]): void {
  switch (f.kind) {
    case 'date': {
      if (typeof v !== 'string') {
        out.push({ code: 'invalid_type', path, message: DATE_TYPE_MESSAGE });
        return;
      }
      const problem = isoDateProblem(v);
      if (problem !== undefined) out.push({ code: problem.code, path, message: problem.message });
      return;
    }
    case 'milestone':
      if (typeof v !== 'string') out.push(wrongType('string', v, path));
      else if (!MILESTONE_ID_PATTERN.test(v)) out.push({ code: 'invalid_format', path, message: MILESTONE_ID_MESSAGE });
      return;
    case 'int':
    case 'number': {
      if (typeof v !== 'number' || !Number.isFinite(v)) {
        out.push(wrongType('number', v, path));
        return;
      }
      if (f.kind === 'int') {
        if (!Number.isInteger(v)) {
          out.push(wrongType('int', v, path));
          return;
        }
        if (v > Number.MAX_SAFE_INTEGER) out.push({ code: 'too_big', path, message: `Too big: expected int to be <=${Number.MAX_SAFE_INTEGER}` });
        if (v < Number.MIN_SAFE_INTEGER) out.push({ code: 'too_small', path, message: `Too small: expected int to be >=${Number.MIN_SAFE_INTEGER}` });
      }
      const minMessage = f.kind === 'int' ? f.minMessage : undefined;
      const maxMessage = f.kind === 'int' ? f.maxMessage : undefined;
      if (v < f.min) out.push({ code: 'too_small', path, message: minMessage ?? `Too small: expected number to be >=${f.min}` });
      if (v > f.max) out.push({ code: 'too_big', path, message: maxMessage ?? `Too big: expected number to be <=${f.max}` });
      return;
    }
    case 'text':
      if (typeof v !== 'string') out.push(wrongType('string', v, path));
      lengthIssues(v, f.min, f.minMessage, f.max, undefined, path, out);
      return;
    case 'boolean':
      if (typeof v !== 'boolean') out.push(wrongType('boolean', v, path));
      return;
    case 'enum':
      if (!(f.values as readonly unknown[]).includes(v)) out.push({ code: 'invalid_value', path, message: `Invalid option: expected one of ${f.values.map((x) => `"${x}"`).join('|')}` });
      return;
  }
}

/** The fields of a table, in its order; then the keys it does not know, in the object's order. */
function objectIssues(o: Plain, fields: Readonly<Record<string, FieldSpec>>, path: Path, out: Issue[]): void {
  for (const name in fields) {
    const f = fields[name]!;
    const v = Object.hasOwn(o, name) ? o[name] : undefined;
    if (v === undefined && 'optional' in f && f.optional === true) continue;
    fieldIssues(f, v, [...path, name], out);
  }
}

function unknownKeys(o: Plain, known: (key: string) => boolean, path: Path, out: Issue[]): void {
  const unknown = Object.keys(o).filter((k) => !known(k));
  if (unknown.length > 0) out.push({ code: 'unrecognized_keys', path, message: `unknown field${unknown.length > 1 ? 's' : ''} ${unknown.map((k) => `'${k}'`).join(', ')}` });
}

/** The problems of one event (empty when it is valid). */
export function eventIssues(e: unknown, path: Path, out: Issue[] = []): Issue[] {
  if (!isPlain(e)) {
    out.push(wrongType('object', e, path));
    return out;
  }
  const type = e.type;
  const spec = typeof type === 'string' && Object.hasOwn(EVENTS, type) ? EVENTS[type as keyof typeof EVENTS] : undefined;
  if (spec === undefined) {
    out.push({ code: 'invalid_union', path: [...path, 'type'], message: UNKNOWN_TYPE_MESSAGE });
    return out;
  }
  const fields: Readonly<Record<string, FieldSpec>> = spec.fields;
  objectIssues(e, fields, path, out);
  unknownKeys(e, (k) => k === 'type' || Object.hasOwn(fields, k), path, out);
  return out;
}

/** Whether a value is a supported date written YYYY-MM-DD. */
export const isDate = (v: unknown): v is string => typeof v === 'string' && isoDateProblem(v) === undefined;

/** Every problem of a case input (our plain copy of it, `readInput`'s snapshot); empty when it is valid. */
export function caseIssues(c: unknown): Issue[] {
  const out: Issue[] = [];
  if (!isPlain(c)) {
    out.push({ code: 'invalid_type', path: [], message: CASE_TYPE_MESSAGE });
    return out;
  }
  objectIssues(c, CASE_FIELDS, [], out);
  const events = c.events;
  if (events !== undefined) {
    if (!Array.isArray(events)) {
      out.push(wrongType('array', events, ['events']));
      lengthIssues(events, undefined, undefined, MAX_EVENTS, MAX_EVENTS_MESSAGE, ['events'], out);
    } else if (events.length > MAX_EVENTS) out.push({ code: 'too_big', path: ['events'], message: MAX_EVENTS_MESSAGE });
    else for (let i = 0; i < events.length; i++) eventIssues(events[i], ['events', i], out);
  }
  const options = c.options;
  if (options !== undefined) {
    if (!isPlain(options)) out.push(wrongType('object', options, ['options']));
    else {
      objectIssues(options, OPTION_FIELDS, ['options'], out);
      unknownKeys(options, (k) => OPTION_KEYS.has(k), ['options'], out);
    }
  }
  unknownKeys(c, (k) => CASE_KEYS.has(k), [], out);
  return out;
}
