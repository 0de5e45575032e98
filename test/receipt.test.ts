/**
 * Receipts (issue 12): every timeline names the library, its version and a SHA-256 of the rule set that
 * produced it. Proven against independent computations: the version from package.json, the digest from
 * node:crypto over the rule files read from disk with a key-sorting of the test's own.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeTimeline, createEngine, toICalendar } from '../src/index.js';
import { sha256Hex } from '../src/receipt/sha256.js';
import { ownRule } from './fixtures.js';

const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');
/** Keys sorted by a JSON.stringify replacer: a second way to the same canonical text. */
const sorted = (value: unknown): string =>
  JSON.stringify(value, (_k, v: unknown) => (v !== null && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : v));
const read = (p: string): unknown => JSON.parse(readFileSync(p, 'utf8'));
const law = {
  milestones: Object.fromEntries(readdirSync('rules/milestones').sort().map((f) => [f, read(`rules/milestones/${f}`)])),
  parameters: read('rules/parameters.json'),
  regimes: read('rules/regimes.json'),
  sources: read('rules/sources.json'),
};
const version = (read('package.json') as { version: string }).version;
const bare = { firstSickDay: '2026-03-02' };

describe('the receipt of a timeline', () => {
  it('names the library, the package version and the SHA-256 of the built-in rules', () => {
    const t = computeTimeline(bare);
    expect(t.receipt).toEqual({ library: 'poortwachter', version, rules: sha256(sorted(law)) });
  });

  it('is the same from run to run and engine to engine, and survives JSON', () => {
    const a = computeTimeline(bare).receipt;
    const b = createEngine().compute({ firstSickDay: '2010-01-04', events: [{ type: 'recovered', date: '2010-02-01' }] }).receipt;
    expect(b).toEqual(a);
    expect(JSON.parse(JSON.stringify(computeTimeline(bare))).receipt).toEqual(a);
  });

  it('changes when a pack is added, and is the digest of the built-in digest plus the pack', () => {
    const pack = [ownRule('bhv-gesprek', { type: 'countedDay', day: 10 })];
    const withPack = createEngine({ rules: pack }).compute(bare).receipt;
    const builtIn = computeTimeline(bare).receipt.rules;
    expect(withPack.rules).not.toBe(builtIn);
    expect(withPack.rules).toBe(sha256(`${builtIn}\n${sorted(pack)}`));
    const other = createEngine({ rules: [ownRule('bhv-gesprek', { type: 'countedDay', day: 11 })] }).compute(bare).receipt;
    expect(other.rules).not.toBe(withPack.rules);
  });

  it('does not depend on the order of keys in a pack', () => {
    const rule = ownRule('bhv-gesprek', { type: 'countedDay', day: 10 }) as Record<string, unknown>;
    const reversed = Object.fromEntries(Object.entries(rule).reverse());
    expect(createEngine({ rules: [reversed] }).compute(bare).receipt).toEqual(createEngine({ rules: [rule] }).compute(bare).receipt);
  });

  it('is a fresh object in every timeline: changing one leaves the next alone', () => {
    const t = computeTimeline(bare);
    t.receipt.version = 'x';
    expect(computeTimeline(bare).receipt.version).toBe(version);
  });

  it('is not required of a stored timeline of 0.1, which the renderers still take', () => {
    const { receipt: _, ...stored } = computeTimeline({ ...bare, caseId: 'E-1' });
    expect(toICalendar(stored as never, { stamp: '2026-11-22' })).toContain('UID:E-1-probleemanalyse@poortwachter');
  });
});

describe('the SHA-256 used in browsers', () => {
  it('agrees with node:crypto on any text, multi-byte and block-boundary lengths included', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (s) => {
        expect(sha256Hex(s)).toBe(sha256(s));
      }),
      { numRuns: 300 },
    );
    for (let n = 50; n < 140; n++) expect(sha256Hex('a'.repeat(n))).toBe(sha256('a'.repeat(n)));
  });
});
