/**
 * Reading a caller's rule pack, once and within bounds, before anything validates or compiles it. Like the
 * case input (`case/read.ts`), the pack is copied into plain data of our own, each property read once; a
 * getter or Proxy trap that throws is an `InvalidRuleError` naming the rule, not a raw TypeError. The copy
 * refuses, quickly, packs that would exhaust the process: too many rules, nesting deeper than any rule
 * needs, or more values in all than a real pack holds (objects that share references are counted each
 * time they are reached, so a small file with aliases cannot expand into millions of conditions).
 */
import { describeThrown, InvalidRuleError } from '../errors.js';

/** At most this many rules in one pack. */
export const MAX_RULES = 500;
/** At most this deep (a rule, its versions, a timing, nested json-rules-engine conditions). */
export const MAX_DEPTH = 24;
/** At most this many values (objects, arrays and primitives) in one rule. */
export const MAX_VALUES = 20_000;
/** At most this many values in the whole pack (a real pack of own rules holds a few thousand). */
export const MAX_PACK_VALUES = 100_000;
/** Arrays longer than this are refused without being read. */
const MAX_ARRAY = 1_000;

class Refused {
  constructor(
    readonly code: string,
    readonly message: string,
  ) {
    REFUSED.add(this);
  }
}
// Recognised by membership: `instanceof` on a value the caller threw could run a throwing Proxy trap.
const REFUSED = new WeakSet<object>();
const isRefused = (e: unknown): e is Refused => typeof e === 'object' && e !== null && REFUSED.has(e);

function copy(value: unknown, depth: number, budget: { left: number }): unknown {
  if (--budget.left < 0) throw new Refused('rule_too_large', `the rule holds more than ${MAX_VALUES} values; a rule of poortwachter's format needs far fewer`);
  if (typeof value !== 'object' || value === null) return value;
  if (depth >= MAX_DEPTH) throw new Refused('rule_too_deep', `the rule is nested more than ${MAX_DEPTH} levels deep`);
  if (Array.isArray(value)) {
    const length: unknown = value.length;
    if (typeof length !== 'number' || length > MAX_ARRAY) throw new Refused('rule_too_large', `an array of the rule has ${String(length)} items; at most ${MAX_ARRAY}`);
    const out: unknown[] = new Array<unknown>(length);
    for (let i = 0; i < length; i++) out[i] = copy(value[i], depth + 1, budget);
    return out;
  }
  // Spread reads every own enumerable property once; '__proto__' stays an ordinary key of the copy.
  const out: Record<string, unknown> = { ...value };
  for (const k of Object.keys(out)) {
    const v = out[k];
    if (typeof v === 'object' && v !== null) out[k] = copy(v, depth + 1, budget);
    else if (--budget.left < 0) throw new Refused('rule_too_large', `the rule holds more than ${MAX_VALUES} values; a rule of poortwachter's format needs far fewer`);
  }
  return out;
}

/** The caller's pack as plain data of our own, with a name for each rule (`rules[i] (id)`). */
export function readPack(rules: readonly unknown[]): Array<{ source: string; data: unknown }> {
  let length: number;
  try {
    length = rules.length;
  } catch (e) {
    throw new InvalidRuleError('rules', [{ code: 'unreadable_rule', path: [], message: `the rule pack could not be read: ${describeThrown(e)}` }]);
  }
  if (length > MAX_RULES) throw new InvalidRuleError('rules', [{ code: 'too_many_rules', path: [], message: `a rule pack holds at most ${MAX_RULES} rules; this one has ${length}` }]);
  const out: Array<{ source: string; data: unknown }> = [];
  let packLeft = MAX_PACK_VALUES;
  for (let i = 0; i < length; i++) {
    let data: unknown;
    const budget = { left: Math.min(MAX_VALUES, packLeft) };
    try {
      data = copy(rules[i], 0, budget);
    } catch (e) {
      if (isRefused(e) && budget.left < 0 && packLeft < MAX_VALUES) {
        throw new InvalidRuleError('rules', [{ code: 'pack_too_large', path: [], message: `a rule pack holds at most ${MAX_PACK_VALUES} values in all; rules[${i}] goes beyond that` }]);
      }
      if (isRefused(e)) throw new InvalidRuleError(`rules[${i}]`, [{ code: e.code, path: [], message: e.message }]);
      throw new InvalidRuleError(`rules[${i}]`, [{ code: 'unreadable_rule', path: [], message: `the rule could not be read: reading it threw ${describeThrown(e)}` }]);
    }
    packLeft -= Math.min(MAX_VALUES, packLeft) - budget.left;
    const id = typeof data === 'object' && data !== null && typeof (data as { id?: unknown }).id === 'string' ? ` (${(data as { id: string }).id.slice(0, 63)})` : '';
    out.push({ source: `rules[${i}]${id}`, data });
  }
  return out;
}
