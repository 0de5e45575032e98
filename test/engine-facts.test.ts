// The key by which the engine memoises the rules that apply (src/engine.ts, factBits): every boolean
// fact of the vocabulary must have a bit of its own, or two cases that differ in that fact would share
// the rules of whichever came first.
import { describe, expect, test } from 'vitest';
import type { RuleFacts } from '../src/case/context.js';
import { factBits } from '../src/engine.js';
import { FACT_NAMES, FACTS } from '../src/rules/vocabulary.js';

describe('factBits', () => {
  const booleans = FACT_NAMES.filter((name) => FACTS[name] === 'boolean');
  const none = Object.fromEntries(FACT_NAMES.map((name) => [name, FACTS[name] === 'boolean' ? false : 'verzamelwet-2013'])) as RuleFacts;

  test('no fact set: 0', () => {
    expect(factBits(none)).toBe(0);
  });

  test.each(booleans)('%s has a bit of its own', (name) => {
    const bits = factBits({ ...none, [name]: true });
    expect(bits).toBeGreaterThan(0);
    expect(bits & (bits - 1)).toBe(0); // one bit
    for (const other of booleans) if (other !== name) expect(factBits({ ...none, [other]: true })).not.toBe(bits);
  });

  test('below FACT_BITS: all facts set give 2^n − 1', () => {
    const all = Object.fromEntries(FACT_NAMES.map((name) => [name, FACTS[name] === 'boolean' ? true : 'verzamelwet-2013'])) as RuleFacts;
    expect(factBits(all)).toBe(2 ** booleans.length - 1);
  });
});
