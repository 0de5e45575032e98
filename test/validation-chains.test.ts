// Validation judges once-per-wachttijd events within their own chain: a verkorte wachttijd or a
// loonsanctie of an earlier chain (four weeks or more fit in between) is history, not a conflict.
import { describe, expect, test } from 'vitest';
import { InvalidInputError, safeComputeTimeline } from '../src/index.js';

const codes = (input: unknown): string[] => {
  const r = safeComputeTimeline(input);
  if (r.success) return [];
  if (!(r.error instanceof InvalidInputError)) throw r.error;
  return r.error.issues.map((i) => i.code);
};

describe('validation per chain', () => {
  // Chain 1 from 2024-01-08, fit from 2024-12-02; chain 2 from 2025-03-03 (13 weeks fit: WIA 23(5), 28 days).
  const twoChains = [
    { type: 'recovered', date: '2024-12-02' },
    { type: 'sick', date: '2025-03-03' },
  ];

  test('a verkorte wachttijd in each of two chains is no duplicate (WIA 66(2) is per wachttijd)', () => {
    expect(codes({ firstSickDay: '2024-01-08', events: [...twoChains, { type: 'verkorte-wachttijd', date: '2024-06-03' }, { type: 'verkorte-wachttijd', date: '2025-06-02' }] })).toEqual([]);
    expect(codes({ firstSickDay: '2025-03-03', events: [{ type: 'verkorte-wachttijd', date: '2025-06-02' }, { type: 'verkorte-wachttijd', date: '2025-07-01' }] })).toEqual(['duplicate_verkorte_wachttijd']);
  });

  test("an earlier chain's verkorte wachttijd is not held to the bounds of WIA 23(6) in the current one", () => {
    // Its end lies 3 weeks after its application: too early in its own chain, history in this one.
    expect(codes({ firstSickDay: '2024-01-08', events: [...twoChains, { type: 'verkorte-wachttijd', date: '2024-06-03', end: '2024-06-24' }] })).toEqual([]);
  });

  test("a finding of repair needs a loonsanctie of its own chain, not of an earlier one", () => {
    const events = [...twoChains, { type: 'loonsanctie', date: '2024-11-01', weeks: 10 }, { type: 'loonsanctie-hersteld', date: '2025-05-01' }];
    expect(codes({ firstSickDay: '2024-01-08', events })).toEqual(['herstel_without_loonsanctie']);
  });

  test('a partial recovery of -0 percent comes out as 0, so the timeline survives a JSON round trip', () => {
    const r = safeComputeTimeline({ firstSickDay: '2025-03-03', events: [{ type: 'partially-recovered', date: '2025-04-01', percentage: -0 }] });
    expect(r.success).toBe(true);
    if (r.success) expect(JSON.parse(JSON.stringify(r.data))).toStrictEqual(r.data);
  });
});
