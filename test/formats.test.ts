// The hand-written checks of src/model/formats.ts against the patterns they stand in for.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { isMilestoneId, MILESTONE_ID_PATTERN } from '../src/model/formats.js';

describe('isMilestoneId', () => {
  test('answers as MILESTONE_ID_PATTERN on worked examples', () => {
    const examples = ['', 'a', '0', '-', '-a', 'a-', 'a--b', 'probleemanalyse', 'plan-van-aanpak', 'Probleemanalyse', 'a_b', 'a b', 'a\n', '\na', 'é', 'a'.repeat(63), 'a'.repeat(64), `${'a'.repeat(62)}-`];
    for (const v of examples) expect(isMilestoneId(v), JSON.stringify(v)).toBe(MILESTONE_ID_PATTERN.test(v));
  });

  test('answers as MILESTONE_ID_PATTERN on random strings of its alphabet and its neighbours (20,000 runs)', () => {
    // Mostly characters of the pattern, so that long valid ids come up too (around the 63 limit).
    const char = fc.oneof({ arbitrary: fc.constantFrom(...'az09-'.split('')), weight: 60 }, { arbitrary: fc.constantFrom(...'_A Z\n/:`{é'.split('')), weight: 1 });
    fc.assert(
      fc.property(fc.array(char, { maxLength: 70, size: 'max' }), (chars) => {
        const v = chars.join('');
        expect(isMilestoneId(v)).toBe(MILESTONE_ID_PATTERN.test(v));
      }),
      { numRuns: 20_000 },
    );
  });
});
