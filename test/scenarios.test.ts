// Runs every legal scenario in test/scenarios/ through the public API. Each scenario file names the
// source of its expected values (an article, a published example, the specification's reference table);
// the expected dates in them were computed independently of poortwachter.
import { describe, expect, test } from 'vitest';
import { checkScenario, loadScenarios } from '../src/testing.js';

const scenarios = loadScenarios('test/scenarios');

describe('legal scenarios', () => {
  test('there are scenarios for every group', () => {
    const groups = new Set(scenarios.map((s) => s.file!.split(/[\\/]/)[2]));
    expect([...groups].sort()).toEqual(expect.arrayContaining(['aow-age', 'current', 'employment', 'errors', 'extensions', 'samentelling', 'special-groups']));
  });
  for (const s of scenarios) {
    test(`${s.file}: ${s.name}`, () => {
      expect(s.source.title.length).toBeGreaterThan(10);
      checkScenario(s).assert();
    });
  }
});
