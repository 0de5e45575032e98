// A rule pack is checked by the rule schema. The engine loads zod for it on demand where the runtime can
// (Node here); `ruleSchema` in the options gives the schema instead (a browser, where scripts/test-browser
// shows the refusal without it). Either way the same pack gives the same timeline and the same refusals.
import { describe, expect, test } from 'vitest';
import { computeTimeline, createEngine } from '../src/index.js';
import { ruleSchema } from '../src/schema.js';
import { ownRule } from './fixtures.js';

const own = ownRule('contact-dag-2', { type: 'countedDay', day: 2 }) as Record<string, unknown>;

describe('the rule schema of a pack', () => {
  test('loaded on demand and given in the options, the same timeline: counted day 2 of 2026-03-02 is 2026-03-03', () => {
    const loaded = createEngine({ rules: [own] }).compute({ firstSickDay: '2026-03-02' });
    const given = createEngine({ rules: [own], ruleSchema }).compute({ firstSickDay: '2026-03-02' });
    expect(given).toStrictEqual(loaded);
    expect(given.milestones.find((m) => (m.id as string) === 'contact-dag-2')?.due).toBe('2026-03-03');
    expect(computeTimeline({ firstSickDay: '2026-03-02' }, { rules: [own], ruleSchema })).toStrictEqual(loaded);
  });

  test('a pack the schema refuses is INVALID_RULE with the same issues either way', () => {
    const bad = [{ ...own, kind: 'wish' }];
    const refusal = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        return e;
      }
      throw new Error('not refused');
    };
    const loaded = refusal(() => createEngine({ rules: bad }));
    const given = refusal(() => createEngine({ rules: bad, ruleSchema }));
    expect(loaded).toMatchObject({ code: 'INVALID_RULE' });
    expect((given as { issues: unknown }).issues).toStrictEqual((loaded as { issues: unknown }).issues);
  });

  test('something else than a schema (no safeParse, one that throws or answers oddly) is INVALID_OPTION, named by its path', () => {
    expect(() => createEngine({ rules: [own], ruleSchema: {} as never })).toThrow(expect.objectContaining({ code: 'INVALID_OPTION', path: ['ruleSchema'] }));
    const throwing = { safeParse: () => { throw new Error('no'); } };
    expect(() => createEngine({ rules: [own], ruleSchema: throwing as never })).toThrow(expect.objectContaining({ code: 'INVALID_OPTION', path: ['ruleSchema'] }));
    expect(() => createEngine({ rules: [own], ruleSchema: { safeParse: () => 5 } as never })).toThrow(expect.objectContaining({ code: 'INVALID_OPTION', path: ['ruleSchema'] }));
  });
});
