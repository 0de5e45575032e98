/**
 * json-rules-engine conditions, evaluated synchronously.
 *
 * A rule's `applies` payload is a json-rules-engine `TopLevelCondition` and means exactly what
 * json-rules-engine makes of it: `test/rules-conditions.test.ts` runs every built-in rule through the real
 * `Engine` for every combination of facts and checks that both agree. json-rules-engine itself only
 * runs asynchronously (about 150 µs a case), while `computeTimeline` is synchronous and has a budget of
 * a few microseconds, so poortwachter compiles the conditions once into plain functions and memoises
 * the outcome per distinct set of case facts.
 */
import type { Condition, FactName, OperatorName } from './schema.js';

export type Facts = Readonly<Record<FactName, string | boolean>>;
export type Predicate = (facts: Facts) => boolean;

type Primitive = string | number | boolean | null;
type Value = Primitive | Primitive[];

// json-rules-engine's numeric operators accept a fact only when parseFloat can read it.
function isNumeric(a: unknown): boolean {
  return Number.parseFloat(a as string).toString() !== 'NaN';
}

const OPERATOR_FUNCTIONS: Record<OperatorName, (fact: unknown, value: Value) => boolean> = {
  equal: (a, b) => a === b,
  notEqual: (a, b) => a !== b,
  in: (a, b) => Array.isArray(b) && b.indexOf(a as Primitive) > -1,
  notIn: (a, b) => Array.isArray(b) && b.indexOf(a as Primitive) === -1,
  contains: (a, b) => Array.isArray(a) && a.indexOf(b) > -1,
  doesNotContain: (a, b) => Array.isArray(a) && a.indexOf(b) === -1,
  lessThan: (a, b) => isNumeric(a) && (a as number) < (b as number),
  lessThanInclusive: (a, b) => isNumeric(a) && (a as number) <= (b as number),
  greaterThan: (a, b) => isNumeric(a) && (a as number) > (b as number),
  greaterThanInclusive: (a, b) => isNumeric(a) && (a as number) >= (b as number),
};

export function compileCondition(condition: Condition): Predicate {
  if ('all' in condition) {
    const parts = condition.all.map(compileCondition);
    // Plain loops, not every/some with an arrow: a `choose` timing is decided per milestone of a case,
    // and the arrow would be a closure allocated on every call.
    return (facts) => {
      for (let i = 0; i < parts.length; i++) if (!parts[i]!(facts)) return false;
      return true;
    };
  }
  if ('any' in condition) {
    const parts = condition.any.map(compileCondition);
    // json-rules-engine treats an empty list as satisfied, for `any` as for `all`.
    if (parts.length === 0) return () => true;
    return (facts) => {
      for (let i = 0; i < parts.length; i++) if (parts[i]!(facts)) return true;
      return false;
    };
  }
  if ('not' in condition) {
    const inner = compileCondition(condition.not);
    return (facts) => !inner(facts);
  }
  const op = OPERATOR_FUNCTIONS[condition.operator];
  const { fact, value } = condition;
  return (facts) => op(facts[fact], value);
}
