// The rule files: every built-in file loads and cites its law; a broken file is refused with its own
// name and the path inside it; every rule covers every day from 2002-04-01 to 2040-12-31 exactly once.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { BUILTIN_RULE_FILES } from '../src/builtin-rules.js';
import { InvalidRuleError, createEngine, ruleSchema } from '../src/index.js';
import { compileRule } from '../src/rule-loader.js';

const files = readdirSync('rules').filter((f) => f.endsWith('.json'));
const load = (name: string): Record<string, unknown> => JSON.parse(readFileSync(`rules/${name}`, 'utf8'));

describe('built-in rule files', () => {
  test('every file in rules/ is bundled, and nothing else', () => {
    expect(BUILTIN_RULE_FILES.map((f) => f.file).sort()).toEqual(files.map((f) => `rules/${f}`).sort());
  });

  test.each(files)('%s is valid, named after its id, and cites dated law', (name) => {
    const raw = load(name);
    const rule = ruleSchema.parse(raw);
    expect(`${rule.id}.json`).toBe(name);
    expect(rule.title.nl.length).toBeGreaterThan(3);
    expect(rule.title.en.length).toBeGreaterThan(3);
    for (const v of rule.versions) {
      expect(v.basis.length).toBeGreaterThan(0);
      for (const b of v.basis) {
        expect(b.bwb).toMatch(/^BWBR\d{7}$/);
        expect(b.url).toContain(b.bwb);
      }
    }
  });

  test('the engine loads them all', () => {
    expect(createEngine().milestoneIds.length).toBe(files.length);
  });
});

describe('temporal coverage', () => {
  const from = Date.UTC(2002, 3, 1) / 86_400_000;
  const to = Date.UTC(2040, 11, 31) / 86_400_000;
  test.each(files)('%s: each day from 2002-04-01 to 2040-12-31 is covered by exactly one version', (name) => {
    const rule = ruleSchema.parse(load(name));
    const ranges = rule.versions.map((v) => [Date.parse(v.validFrom) / 86_400_000, v.validTo === null ? Infinity : Date.parse(v.validTo) / 86_400_000] as const);
    for (let d = from; d <= to; d++) {
      const n = ranges.filter(([a, b]) => d >= a && d < b).length;
      if (n !== 1) throw new Error(`${name}: ${new Date(d * 86_400_000).toISOString().slice(0, 10)} is covered by ${n} versions`);
    }
  });
});

describe('broken rule files are refused with their name and path', () => {
  const good = (): Record<string, unknown> => load('probleemanalyse.json');

  test('a missing citation link', () => {
    const raw = good();
    const versions = raw.versions as Array<{ basis: Array<Record<string, unknown>> }>;
    delete versions[0]!.basis[0]!.url;
    const err = (() => {
      try {
        compileRule('rules/probleemanalyse.json', raw, true);
      } catch (e) {
        return e;
      }
      throw new Error('accepted');
    })();
    expect(err).toBeInstanceOf(InvalidRuleError);
    expect((err as InvalidRuleError).code).toBe('INVALID_RULE');
    expect((err as InvalidRuleError).message).toContain('rules/probleemanalyse.json versions[0].basis[0].url');
  });

  test('an unknown fact in the json-rules-engine conditions', () => {
    const raw = { ...good(), applies: { all: [{ fact: 'salary', operator: 'greaterThan', value: 3000 }] } };
    expect(() => compileRule('rules/x.json', raw, true)).toThrow(/rules\/x\.json applies\.all\[0\]\.fact/);
  });

  test('a gap between versions', () => {
    const raw = load('wia-aanvraag.json');
    (raw.versions as Array<{ validFrom: string }>)[1]!.validFrom = '2004-02-01';
    expect(() => compileRule('rules/wia-aanvraag.json', raw, true)).toThrow(/versions\[1\]\.validFrom: must equal the previous version's validTo/);
  });

  test('a timing that refers to an unknown milestone, and a cycle', () => {
    const own = (id: string, after: string): unknown => ({
      id,
      title: { nl: id, en: id },
      responsible: ['werkgever'],
      label: 'own',
      kind: 'action',
      applies: { all: [] },
      versions: [{ version: 'v1', validFrom: '2002-04-01', validTo: null, selectBy: 'firstSickDay', timing: { type: 'afterMilestone', milestone: after, days: 7 }, basis: [] }],
    });
    expect(() => createEngine({ rules: [own('a', 'nowhere')] })).toThrow(/'nowhere', which no rule defines/);
    expect(() => createEngine({ rules: [own('a', 'b'), own('b', 'a')] })).toThrow(/refers to itself/);
  });

  test('a rule pack may not claim to be statute, nor reuse a built-in id', () => {
    const raw = { ...good(), id: 'my-rule' };
    expect(() => createEngine({ rules: [raw] })).toThrow(/must be labelled 'own'/);
    expect(() => createEngine({ rules: [{ ...good(), label: 'own' }] })).toThrow(/exists already/);
  });
});
