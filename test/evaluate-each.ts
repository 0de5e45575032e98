// Every applicable built-in rule of a case evaluated one by one in the engine's rule order, as the engine
// does, but without leaving any rule out: for the tests of what the engine leaves out
// (test/needs.test.ts, test/adjustments-in-case.test.ts).
import type { CaseFacts } from '../src/case/context.js';
import { validateCase } from '../src/case/validate.js';
import { caseAdjustments } from '../src/law/adjustments.js';
import { evaluate, type Evaluation } from '../src/law/evaluate.js';
import { Results } from '../src/law/results.js';
import { getLaw } from '../src/rules/law.js';
import { getBuiltinRules, orderRules, type CompiledRule } from '../src/rules/load.js';

const law = getLaw();
const index = orderRules([...getBuiltinRules()]);

/** Calls `visit` with each applicable rule and what it came to; `false` when the input is not valid. */
export function evaluateEach(input: unknown, visit: (rule: CompiledRule, ev: Evaluation | undefined, facts: CaseFacts) => void): boolean {
  let facts: CaseFacts;
  try {
    facts = validateCase(input, index, law);
  } catch {
    return false;
  }
  const adjustable = caseAdjustments(facts);
  const results = new Results(index.ordered.length);
  index.ordered.forEach((rule, position) => {
    if (!rule.applies(facts.ruleFacts)) return;
    const ev = evaluate(facts, results, rule, position, adjustable, false);
    if (ev !== undefined) results.setAt(position, ev);
    visit(rule, ev, facts);
  });
  return true;
}

/** The built-in rules in the engine's rule order. */
export const BUILTIN_ORDERED: readonly CompiledRule[] = index.ordered;
