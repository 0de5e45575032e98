/**
 * Checking a timeline handed back to poortwachter without zod: the shipped JSON Schema of the output
 * (`schema/timeline.schema.json`, generated from the zod `timelineSchema` by `npm run schemas`) is
 * interpreted here, for the few keywords it uses. The main entry does not load zod (its import costs more
 * than a whole cold start may, issue 14), and the renderers need only this. `test/timeline-check.test.ts`
 * holds it to zod's verdict and zod's copy on computed and mutated timelines.
 *
 * Where zod's run-time behaviour and the JSON Schema's letter differ, zod's is followed:
 * - unknown keys of an object are left out of the copy, not refused (zod's `z.object` strips them; the
 *   schema of the output says `additionalProperties: false`, which is true of what poortwachter writes);
 * - a number is finite (zod refuses NaN and the infinities, which JSON cannot hold anyway);
 * - a `date` is a real calendar date in the supported range (`isoDateProblem`), a `uri` one that the URL
 *   parser reads, kept as zod keeps it (trimmed, without tabs and line breaks);
 * - a key whose value is `undefined` counts as absent;
 * - lengths count UTF-16 code units, as JavaScript (and zod) do.
 */
import type { Issue } from '../errors.js';
import { isoDateProblem } from './formats.js';
import timelineJsonSchema from '../../schema/timeline.schema.json';

type Node = Readonly<Record<string, unknown>>;
type Path = ReadonlyArray<string | number>;

/** A problem found, and nothing copied. */
const FAILED: unique symbol = Symbol('failed');
type Read = unknown;

const patterns = new WeakMap<Node, RegExp>();
function patternOf(node: Node): RegExp {
  let re = patterns.get(node);
  if (re === undefined) {
    re = new RegExp(node.pattern as string);
    patterns.set(node, re);
  }
  return re;
}

function kindOf(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  if (typeof v === 'number' && !Number.isFinite(v)) return String(v);
  return typeof v;
}

const canParseUrl = (s: string): boolean => {
  try {
    new URL(s);
    return true;
  } catch {
    return false;
  }
};

function typeMatches(type: unknown, v: unknown): boolean {
  // A list of types (`["number", "null"]`, zod's nullable of a plain type): any of them.
  if (Array.isArray(type)) return type.some((t) => typeMatches(t, v));
  switch (type) {
    case 'string':
      return typeof v === 'string';
    case 'number':
      return typeof v === 'number' && Number.isFinite(v);
    case 'integer':
      return typeof v === 'number' && Number.isInteger(v);
    case 'boolean':
      return typeof v === 'boolean';
    case 'null':
      return v === null;
    case 'array':
      return Array.isArray(v);
    case 'object':
      return typeof v === 'object' && v !== null && !Array.isArray(v);
    default:
      return true;
  }
}

/** The value checked against `node` and copied; `FAILED` (with issues added) when it does not fit. */
function read(node: Node, v: unknown, path: Path, issues: Issue[]): Read {
  if (node.anyOf !== undefined || node.oneOf !== undefined) return readUnion(node, v, path, issues);
  if ('const' in node && v !== node.const) {
    issues.push({ code: 'invalid_value', path, message: `expected ${JSON.stringify(node.const)}` });
    return FAILED;
  }
  if (node.type !== undefined && !typeMatches(node.type, v)) {
    issues.push({ code: 'invalid_type', path, message: `expected ${Array.isArray(node.type) ? node.type.join(' or ') : String(node.type)}, received ${kindOf(v)}` });
    return FAILED;
  }
  if (Array.isArray(node.enum) && !node.enum.includes(v)) {
    issues.push({ code: 'invalid_value', path, message: `expected one of ${node.enum.map((x) => JSON.stringify(x)).join(', ')}` });
    return FAILED;
  }
  if (typeof v === 'string') return readString(node, v, path, issues);
  if (Array.isArray(v)) {
    if (node.items === undefined) return FAILED;
    const out: unknown[] = [];
    let ok = true;
    const length = v.length;
    for (let i = 0; i < length; i++) {
      const item = read(node.items as Node, v[i], [...path, i], issues);
      if (item === FAILED) ok = false;
      else out.push(item);
    }
    return ok ? out : FAILED;
  }
  if (typeof v === 'object' && v !== null) return readObject(node, v as Record<string, unknown>, path, issues);
  return v;
}

function readString(node: Node, v: string, path: Path, issues: Issue[]): Read {
  const before = issues.length;
  if (typeof node.minLength === 'number' && v.length < node.minLength) issues.push({ code: 'too_small', path, message: `expected at least ${node.minLength} characters` });
  if (typeof node.maxLength === 'number' && v.length > node.maxLength) issues.push({ code: 'too_big', path, message: `expected at most ${node.maxLength} characters` });
  if (typeof node.pattern === 'string' && !patternOf(node).test(v)) issues.push({ code: 'invalid_format', path, message: `does not match ${node.pattern}` });
  let out = v;
  if (node.format === 'date') {
    const problem = isoDateProblem(v);
    if (problem !== undefined) issues.push({ code: problem.code, path, message: problem.message });
  } else if (node.format === 'uri') {
    const trimmed = v.trim();
    if (canParseUrl(trimmed)) out = trimmed.replace(/[\t\n\r]/g, '');
    else issues.push({ code: 'invalid_format', path, message: 'not a URL' });
  }
  return issues.length > before ? FAILED : out;
}

function readObject(node: Node, v: Record<string, unknown>, path: Path, issues: Issue[]): Read {
  const out: Record<string, unknown> = {};
  let ok = true;
  const properties = (node.properties ?? {}) as Readonly<Record<string, Node>>;
  const required = (node.required ?? []) as readonly string[];
  for (const key of Object.keys(properties)) {
    const value = v[key];
    if (value === undefined) {
      if (required.includes(key)) {
        issues.push({ code: 'invalid_type', path: [...path, key], message: 'required, missing' });
        ok = false;
      }
      continue;
    }
    const copy = read(properties[key]!, value, [...path, key], issues);
    if (copy === FAILED) ok = false;
    else out[key] = copy;
  }
  // A record (`additionalProperties` a schema): every own key is kept, its value checked.
  const rest = node.additionalProperties;
  if (typeof rest === 'object' && rest !== null) {
    for (const key of Object.keys(v)) {
      if (Object.hasOwn(properties, key)) continue;
      const copy = read(rest as Node, v[key], [...path, key], issues);
      if (copy === FAILED) ok = false;
      else Object.defineProperty(out, key, { value: copy, enumerable: true, writable: true, configurable: true });
    }
  }
  return ok ? out : FAILED;
}

/**
 * A value that may take one of several shapes. A tagged union (each branch an object with its own
 * `const` tag, as the explanation steps are by `step`) reports the problems of the branch the tag
 * names; a value of the kind of just one branch gets that branch's problems; otherwise the first branch
 * that fits wins, and none fitting is one problem.
 */
function readUnion(node: Node, v: unknown, path: Path, issues: Issue[]): Read {
  const branches = (node.anyOf ?? node.oneOf) as readonly Node[];
  const tag = tagOf(branches);
  if (tag !== undefined && typeof v === 'object' && v !== null && !Array.isArray(v)) {
    const value = (v as Record<string, unknown>)[tag];
    const branch = branches.find((b) => ((b.properties as Record<string, Node>)[tag] as Node).const === value);
    if (branch === undefined) {
      issues.push({ code: 'invalid_union', path: [...path, tag], message: `unknown ${tag} ${JSON.stringify(value) ?? 'undefined'}` });
      return FAILED;
    }
    return read(branch, v, path, issues);
  }
  // One branch of the value's kind (a date or null given a string): its own problems say the most.
  const ofKind = branches.filter((b) => b.type !== undefined && typeMatches(b.type, v));
  if (ofKind.length === 1) return read(ofKind[0]!, v, path, issues);
  for (const b of branches) {
    const scratch: Issue[] = [];
    const copy = read(b, v, path, scratch);
    if (copy !== FAILED) return copy;
  }
  issues.push({ code: 'invalid_union', path, message: `expected ${branches.map((b) => String(b.type ?? 'value')).join(' or ')}, received ${kindOf(v)}` });
  return FAILED;
}

/** The property every branch tags itself by with a `const`, if there is one. */
function tagOf(branches: readonly Node[]): string | undefined {
  const first = branches[0]?.properties as Readonly<Record<string, Node>> | undefined;
  if (first === undefined) return undefined;
  for (const key of Object.keys(first)) {
    if (branches.every((b) => b.type === 'object' && 'const' in (((b.properties ?? {}) as Record<string, Node>)[key] ?? {}))) return key;
  }
  return undefined;
}

/** The schema of a stored timeline: that of the output, with the receipt optional (0.1 had none). */
const STORED: Node = { ...timelineJsonSchema, required: (timelineJsonSchema.required as readonly string[]).filter((k) => k !== 'receipt') };

/** The timeline's problems, or its copy (only the fields of the schema, checked). Reading may throw. */
export function checkTimeline(value: unknown): { readonly copy: unknown; readonly issues: readonly Issue[] } {
  const issues: Issue[] = [];
  const copy = read(STORED, value, [], issues);
  return copy === FAILED ? { copy: undefined, issues } : { copy, issues };
}
