// The engine evaluates the rules in the order their dates usually fall, learned from the first case it
// computes per set of facts (src/law/evaluation-order.ts). These tests prove that the order is a
// dependency order, and that no timeline depends on it: not the order of its milestones on one day, not
// its review notes, not which case an engine happened to compute first.
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { createEngine, type CaseInput } from '../src/index.js';
import { dueOrder } from '../src/law/evaluation-order.js';
import { buildCase, caseShape } from './arbitraries.js';

const RUNS = Number(process.env.POORTWACHTER_PROPERTY_RUNS ?? 300);

describe('dueOrder', () => {
  // Positions 0..4 in the engine's order; 3 reads 1, 4 reads 3.
  const dependsOn = [[], [], [], [1], [3]];

  test('follows the order of the dates where no rule reads another', () => {
    expect(dueOrder([0, 1, 2], [2, 0, 1], dependsOn).map((i) => [0, 1, 2][i])).toEqual([2, 0, 1]);
  });

  test('puts a rule after the rules it reads, even when its date came first', () => {
    // 4's date came first, but it reads 3, which reads 1.
    expect(dueOrder([0, 1, 3, 4], [4, 0, 3, 1], dependsOn).map((i) => [0, 1, 3, 4][i])).toEqual([0, 1, 3, 4]);
    expect(dueOrder([0, 1, 3, 4], [1, 3, 4, 0], dependsOn).map((i) => [0, 1, 3, 4][i])).toEqual([1, 3, 4, 0]);
  });

  test('a dependency that does not apply to the case does not hold a rule back', () => {
    // 1 is not among the applicable rules: 3 is ready at once.
    expect(dueOrder([0, 2, 3], [3, 2, 0], dependsOn).map((i) => [0, 2, 3][i])).toEqual([3, 2, 0]);
  });

  test('rules without a date in that case follow, in the engine order', () => {
    expect(dueOrder([0, 1, 2, 3], [2], dependsOn).map((i) => [0, 1, 2, 3][i])).toEqual([2, 0, 1, 3]);
  });
});

describe('the timeline does not depend on the order the engine learned', () => {
  test('cases computed in opposite orders by two engines give the same timelines', () => {
    fc.assert(
      fc.property(fc.array(caseShape, { minLength: 2, maxLength: 6 }), fc.boolean(), (shapes, explain) => {
        const inputs = shapes.map((s) => buildCase(s));
        const forward = createEngine();
        const backward = createEngine();
        const a = inputs.map((c) => forward.safeCompute(c, { explain }));
        const b = inputs
          .slice()
          .reverse()
          .map((c) => backward.safeCompute(c, { explain }))
          .reverse();
        expect(b).toEqual(a);
      }),
      { numRuns: RUNS },
    );
  });

  test('a case computed again, in the learned order, gives the same timeline', () => {
    fc.assert(
      fc.property(caseShape, (shape) => {
        const engine = createEngine();
        const input = buildCase(shape);
        expect(engine.safeCompute(input)).toEqual(engine.safeCompute(input));
      }),
      { numRuns: RUNS },
    );
  });

  test('review notes are listed in the engine order of their rules, the first time and after', () => {
    // Three deadlines caught by the Verzamelwet SZW 2012 (test/scenarios/regimes/verzamelwet-2012.json).
    const scenario = JSON.parse(readFileSync(new URL('./scenarios/regimes/verzamelwet-2012.json', import.meta.url), 'utf8')) as { input: CaseInput };
    const engine = createEngine();
    const first = engine.compute(scenario.input).review.map((r) => r.milestone);
    const again = engine.compute(scenario.input).review.map((r) => r.milestone);
    expect(first.length).toBeGreaterThan(2);
    expect(first).toEqual([...first].sort((x, y) => engine.milestoneIds.indexOf(x) - engine.milestoneIds.indexOf(y)));
    expect(again).toEqual(first);
  });

  test('milestones due on the same day are listed in the engine order, the first time and after', () => {
    // The spec's reference case (test/scenarios/current/spec-reference-monday-2025-01-06.json): the
    // eindevaluatie, the actueel oordeel and the re-integratieverslag fall on one day.
    const input: CaseInput = { firstSickDay: '2025-01-06', asOf: '2026-11-22' };
    const engine = createEngine();
    for (const t of [engine.compute(input), engine.compute(input)]) {
      for (let i = 1; i < t.milestones.length; i++) {
        const [prev, next] = [t.milestones[i - 1]!, t.milestones[i]!];
        if (prev.due === next.due) expect(engine.milestoneIds.indexOf(prev.id)).toBeLessThan(engine.milestoneIds.indexOf(next.id));
        else expect(prev.due < next.due).toBe(true);
      }
      expect(t.milestones.filter((m) => m.due === '2026-10-04').length).toBeGreaterThan(1);
    }
  });
});
