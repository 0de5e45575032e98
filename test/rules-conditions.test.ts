// The compiled conditions mean what json-rules-engine means: every built-in rule, for every
// combination of case facts, and random conditions, are run through the real json-rules-engine.
import fc from 'fast-check';
import { Engine } from 'json-rules-engine';
import { describe, expect, test } from 'vitest';
import { BUILTIN_RULE_FILES } from '../src/rules/builtin.js';
import { compileCondition, type Facts } from '../src/rules/conditions.js';
import { REGIMES } from '../src/rules/law.js';
import { conditionSchema, FACTS, OPERATORS, type Condition } from '../src/rules/schema.js';

async function jreDecides(conditions: Condition, facts: Facts): Promise<boolean> {
  const engine = new Engine([], { allowUndefinedFacts: false });
  engine.addRule({ conditions: conditions as never, event: { type: 'applies' } });
  const { events } = await engine.run({ ...facts });
  return events.length === 1;
}

const booleanFacts = Object.keys(FACTS).filter((f) => FACTS[f as keyof typeof FACTS] === 'boolean');

function* allFacts(): Generator<Facts> {
  for (const regime of REGIMES) {
    for (let bits = 0; bits < 1 << booleanFacts.length; bits++) {
      const facts: Record<string, string | boolean> = { regime: regime.id };
      booleanFacts.forEach((f, i) => (facts[f] = (bits & (1 << i)) !== 0));
      yield facts as Facts;
    }
  }
}

describe('conditions agree with json-rules-engine', () => {
  // About 45 s of CPU: every fact combination through the real, asynchronous json-rules-engine. Room for
  // a loaded 2-core machine.
  test('every condition of every built-in rule (applies, and choose timings), every combination of facts', { timeout: 300_000 }, async () => {
    let checked = 0;
    // Every condition of every built-in rule: its `applies`, and the `when` of a `choose` timing.
    const all: Array<{ file: string; conditions: Condition }> = [];
    for (const { file, data } of BUILTIN_RULE_FILES) {
      const rule = data as { applies: Condition; versions: Array<{ timing: { type: string; when?: Condition } }> };
      all.push({ file, conditions: rule.applies });
      for (const v of rule.versions) if (v.timing.type === 'choose') all.push({ file: `${file} (choose)`, conditions: v.timing.when! });
    }
    expect(all.length).toBeGreaterThan(BUILTIN_RULE_FILES.length);
    for (const { file, conditions } of all) {
      const compiled = compileCondition(conditions);
      for (const facts of allFacts()) {
        const expected = await jreDecides(conditions, facts);
        if (compiled(facts) !== expected) throw new Error(`${file}: compiled ${!expected}, json-rules-engine ${expected} for ${JSON.stringify(facts)}`);
        checked++;
      }
    }
    expect(checked).toBe(all.length * REGIMES.length * 2 ** booleanFacts.length);
  });

  test('random conditions over the facts', async () => {
    const value = fc.oneof(fc.constantFrom(...REGIMES.map((r) => r.id), 'x'), fc.boolean(), fc.integer({ min: -2, max: 2 }), fc.constant(null));
    // Only conditions the rule schema accepts: 'in' and 'notIn' take an array.
    const leaf = fc
      .record({
        fact: fc.constantFrom(...(Object.keys(FACTS) as Array<keyof typeof FACTS>)),
        operator: fc.constantFrom(...OPERATORS),
        value: fc.oneof(value, fc.array(value, { maxLength: 3 })),
      })
      .filter((c) => conditionSchema.safeParse(c).success) as fc.Arbitrary<Condition>;
    const { condition } = fc.letrec<{ condition: Condition }>((tie) => ({
      condition: fc.oneof(
        { depthSize: 'small', withCrossShrink: true },
        leaf,
        fc.record({ all: fc.array(tie('condition'), { maxLength: 3 }) }),
        fc.record({ any: fc.array(tie('condition'), { maxLength: 3 }) }),
        fc.record({ not: tie('condition') }),
      ),
    }));
    // Every shape the schema accepts at the top (jreDecides builds a real json-rules-engine Rule of it:
    // one it rejected would fail here, which is why the loader need not ask json-rules-engine).
    const top = fc.oneof(fc.record({ all: fc.array(condition, { maxLength: 3 }) }), fc.record({ any: fc.array(condition, { maxLength: 3 }) }), fc.record({ not: condition }));
    const facts = fc.constantFrom(...allFacts());
    await fc.assert(
      fc.asyncProperty(top, facts, async (c, f) => {
        expect(compileCondition(c)(f)).toBe(await jreDecides(c, f));
      }),
      { numRuns: 300 },
    );
  });
});
