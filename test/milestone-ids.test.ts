// MilestoneId, the type of milestone ids: generated from rules/milestones/ by `npm run schemas`
// (scripts/milestone-ids.mjs). This file proves the generated module is current and names exactly the
// built-in engine's milestones; its `@ts-expect-error` lines are checked by `npm run typecheck` (part of
// npm test, which fails on an unused one): a misspelled id in an event is a type error, a declared own
// id is not.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
// @ts-expect-error: a plain ES module script without declarations
import { builtinIds, FILE, milestoneIdsModule } from '../scripts/milestone-ids.mjs';
import { computeTimeline, createEngine, InvalidInputError, safeComputeTimeline, type CaseEvent, type CaseInput, type Milestone, type MilestoneId } from '../src/index.js';
import type { BuiltinMilestoneId } from '../src/model/milestone-ids.js';
import { ownRule } from './fixtures.js';

describe('MilestoneId', () => {
  test(`${FILE} matches rules/milestones/ (npm run schemas regenerates it)`, () => {
    expect(readFileSync(FILE, 'utf8')).toBe(milestoneIdsModule(builtinIds()));
  });

  test('the built-in ids are the milestones of the built-in engine, no more and no fewer', () => {
    expect(builtinIds()).toEqual([...createEngine().milestoneIds].sort());
  });

  test('a misspelled id in an event is a type error, and at run time an unknown_milestone issue', () => {
    // @ts-expect-error: 'probleemanalyze' is not a milestone id
    const misspelled: CaseEvent = { type: 'completed', milestone: 'probleemanalyze', date: '2026-04-01' };
    // @ts-expect-error: nor is 'plan-van-aanpk', in a deviation
    const deviation: CaseEvent = { type: 'deviation', milestone: 'plan-van-aanpk', due: '2026-05-01', reason: 'r' };
    // @ts-expect-error: an own id is an id only once declared; BuiltinMilestoneId never includes it
    const builtin: BuiltinMilestoneId = 'casemanager';
    const r = safeComputeTimeline({ firstSickDay: '2026-03-02', events: [misspelled, deviation] });
    expect(!r.success && r.error instanceof InvalidInputError ? r.error.issues.map((i) => `${i.code} ${i.path.join('.')}`) : r).toEqual(['unknown_milestone events.0.milestone', 'unknown_milestone events.1.milestone']);
    expect(builtinIds()).not.toContain(builtin);
  });

  test('built-in and declared own ids type-check in events and name the milestones of the timeline', () => {
    // 'casemanager' is declared in test/fixtures.ts, as a user declares the ids of an own rule pack.
    const input: CaseInput = {
      firstSickDay: '2026-03-02',
      events: [
        { type: 'completed', milestone: 'probleemanalyse', date: '2026-04-01' },
        { type: 'completed', milestone: 'casemanager', date: '2026-03-05' },
      ],
    };
    const t = computeTimeline(input, { rules: [ownRule('casemanager', { type: 'countedDay', day: 3 })] });
    const completed = (id: MilestoneId): string | undefined => t.milestones.find((m: Milestone) => m.id === id)?.completed;
    expect([completed('probleemanalyse'), completed('casemanager')]).toEqual(['2026-04-01', '2026-03-05']);
  });
});
