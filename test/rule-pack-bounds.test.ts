// Hostile rule packs: objects that throw when read, and packs built to exhaust the process, are refused
// quickly with an InvalidRuleError (or, for the options object itself, UNREADABLE_INPUT), never a raw
// TypeError, a RangeError, a hang or a heap exhaustion; and the engine built for a pack is kept for it.
import { describe, expect, test } from 'vitest';
import { computeTimeline, createEngine, PoortwachterError, safeComputeTimeline } from '../src/index.js';
import { ownRule } from './fixtures.js';

function codeOf(f: () => unknown): { code: string; issue?: string; ms: number } {
  const t0 = performance.now();
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(PoortwachterError);
    const p = e as PoortwachterError & { issues?: ReadonlyArray<{ code: string }> };
    return { code: p.code, issue: p.issues?.[0]?.code, ms: performance.now() - t0 };
  }
  throw new Error('accepted');
}

describe('hostile rule packs', () => {
  test('a rule whose id getter throws, a rules Proxy whose traps throw, a revoked Proxy: INVALID_RULE, unreadable_rule', () => {
    const throwingId = { ...(ownRule('x', { type: 'countedDay', day: 2 }) as object) };
    Object.defineProperty(throwingId, 'id', { enumerable: true, get: () => { throw Object.create(null); } });
    const trapping = new Proxy([ownRule('x', { type: 'countedDay', day: 2 })], { get() { throw new Error('trap'); } });
    const { proxy: revoked, revoke } = Proxy.revocable({}, {});
    revoke();
    for (const rules of [[throwingId], trapping, [revoked]]) {
      const r = codeOf(() => createEngine({ rules }));
      expect(r.code).toBe('INVALID_RULE');
      expect(r.issue).toBe('unreadable_rule');
    }
  });

  test('conditions nested 10,000 deep are refused as too deep, without a RangeError', () => {
    let condition: unknown = { fact: 'vangnet', operator: 'equal', value: true };
    for (let i = 0; i < 10_000; i++) condition = { not: condition };
    const r = codeOf(() => createEngine({ rules: [ownRule('deep', { type: 'countedDay', day: 2 }, { applies: { all: [condition] } })] }));
    expect(r.issue).toBe('rule_too_deep');
  });

  test('a few objects that share references (16^7, some 268 million conditions when expanded) are refused quickly', () => {
    let condition: unknown = { fact: 'vangnet', operator: 'equal', value: true };
    for (let i = 0; i < 7; i++) condition = { all: Array.from({ length: 16 }, () => condition) };
    const r = codeOf(() => createEngine({ rules: [ownRule('wide', { type: 'countedDay', day: 2 }, { applies: condition })] }));
    expect(r.issue).toBe('rule_too_large');
    expect(r.ms).toBeLessThan(2_000);
  });

  test('a sparse rules array of length 2^32 - 1 is refused without being walked', () => {
    const rules: unknown[] = [];
    rules.length = 2 ** 32 - 1;
    const r = codeOf(() => createEngine({ rules }));
    expect(r.issue).toBe('too_many_rules');
    expect(r.ms).toBeLessThan(2_000);
  });

  test('an options object whose rules getter throws is UNREADABLE_INPUT, not INTERNAL, from every entry point', () => {
    const options = { get rules(): unknown[] { throw Object.create(null); } };
    const r = safeComputeTimeline({ firstSickDay: '2026-03-02' }, options);
    expect(r.success).toBe(false);
    if (!r.success) expect(r.error.code).toBe('UNREADABLE_INPUT');
    expect(codeOf(() => createEngine(options)).code).toBe('UNREADABLE_INPUT');
    expect(codeOf(() => computeTimeline({ firstSickDay: '2026-03-02' }, options)).code).toBe('UNREADABLE_INPUT');
  });

  test('the engine built for a pack is kept for that same array: the pack is read once', () => {
    let reads = 0;
    const rule = { ...(ownRule('kept', { type: 'countedDay', day: 2 }) as object) };
    Object.defineProperty(rule, 'id', { enumerable: true, get: () => (reads++, 'kept') });
    const pack = [rule];
    const a = computeTimeline({ firstSickDay: '2026-03-02' }, { rules: pack });
    const b = computeTimeline({ firstSickDay: '2026-03-03' }, { rules: pack });
    expect(reads).toBe(1);
    expect(a.milestones.find((m) => m.id === 'kept')!.due).toBe('2026-03-03');
    expect(b.milestones.find((m) => m.id === 'kept')!.due).toBe('2026-03-04');
  });
});

describe('the size of a whole pack', () => {
  // 60 × 60 conditions: about 14,600 values, within the bound of one rule; seven such rules pass the
  // bound of the pack (100,000 values) and are refused at once, rather than built over seconds.
  const leaf = { fact: 'regime', operator: 'equal', value: 'x' };
  const applies = { all: Array.from({ length: 60 }, () => ({ any: Array.from({ length: 60 }, () => leaf) })) };
  const big = (i: number): unknown => ({ ...(ownRule(`eigen-${i}`, { type: 'countedDay', day: 2 }) as object), applies });

  test('a pack of large rules within 100,000 values is built', () => {
    expect(() => createEngine({ rules: [big(0), big(1)] })).not.toThrow();
  });

  test('beyond 100,000 values in all it is refused with pack_too_large, before anything is compiled', () => {
    const r = codeOf(() => createEngine({ rules: Array.from({ length: 500 }, (_, i) => big(i)) }));
    expect(r.code).toBe('INVALID_RULE');
    expect(r.issue).toBe('pack_too_large');
  });
});
