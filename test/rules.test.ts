// The rule files: every built-in file loads and cites its law; a broken file is refused with its own
// name and the path inside it; every rule covers every day from 2002-04-01 to 2040-12-31 exactly once.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { BUILTIN_RULE_FILES } from '../src/rules/builtin.js';
import { InvalidRuleError, createEngine } from '../src/index.js';
import { getLaw } from '../src/rules/law.js';
import { compileRule, getBuiltinRules, orderRules } from '../src/rules/load.js';
import { ruleSchema } from '../src/schema.js';
import { ownRule } from './fixtures.js';

const files = readdirSync('rules/milestones').filter((f) => f.endsWith('.json'));
const load = (name: string): Record<string, unknown> => JSON.parse(readFileSync(`rules/milestones/${name}`, 'utf8'));
const compile = (source: string, raw: unknown, builtIn = true) => compileRule(source, raw, builtIn, getLaw());

describe('built-in rule files', () => {
  test('every file in rules/milestones/ is bundled, and nothing else', () => {
    expect(BUILTIN_RULE_FILES.map((f) => f.file).sort()).toEqual(files.map((f) => `rules/milestones/${f}`).sort());
  });

  test.each(files)('%s is valid, named after its id, and cites dated law of rules/sources.json', (name) => {
    const raw = load(name);
    const rule = ruleSchema.parse(raw);
    expect(`${rule.id}.json`).toBe(name);
    const { sources } = getLaw().sources;
    for (const v of rule.versions) {
      expect(v.cites!.length).toBeGreaterThan(0);
      for (const key of v.cites!) {
        const s = sources[key]!;
        expect(s, key).toBeDefined();
        if (s.bwb === undefined) {
          // A Staatsblad publication: the key starts with it, and the link is that Staatsblad.
          const [, year, number] = /^Stb\. (\d{4}), (\d+)$/.exec(s.publication!)!;
          expect(key.startsWith(s.publication!)).toBe(true);
          expect(s.url).toContain(`stb-${year}-${number}.html`);
          continue;
        }
        expect(s.url).toContain(s.bwb);
        // The key names the date of the text, and the link fixes that date.
        expect(s.url).toContain(key.slice(key.indexOf('@') + 1));
      }
    }
  });

  test('each article text is stored once, and every stored source is cited', () => {
    const { sources } = getLaw().sources;
    const texts = Object.values(sources).flatMap((s) => (s.text === undefined ? [] : [s.text]));
    expect(new Set(texts).size).toBe(texts.length);
    const cited = new Set<string>();
    for (const name of files) for (const v of ruleSchema.parse(load(name)).versions) for (const c of v.cites ?? []) cited.add(c);
    for (const p of Object.values(getLaw().parameters)) for (const v of p.values) for (const c of v.cites) cited.add(c);
    for (const r of (load('../parameters.json') as { aowAge: { rows: Array<{ cites: string[] }> } }).aowAge.rows) for (const c of r.cites) cited.add(c);
    expect(Object.keys(sources).filter((k) => !cited.has(k))).toEqual([]);
  });

  test('no rule restates the length of the wachttijd: it is the parameter wachttijdDays', () => {
    for (const name of files) {
      for (const v of ruleSchema.parse(load(name)).versions) {
        for (const t of [v.timing, v.window]) {
          if (t?.type === 'beforeEnd' || t?.type === 'monthsBeforeEnd') expect(t.endDay, name).toBeUndefined();
          if (t?.type === 'endOfWachttijd') expect(t.day, name).toBeUndefined();
        }
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

  test('a citation of a source that rules/sources.json does not have', () => {
    const raw = good();
    const versions = raw.versions as Array<{ cites: string[] }>;
    versions[0]!.cites[0] = 'Regeling procesgang 99@2007-01-01';
    const err = (() => {
      try {
        compile('rules/probleemanalyse.json', raw);
      } catch (e) {
        return e;
      }
      throw new Error('accepted');
    })();
    expect(err).toBeInstanceOf(InvalidRuleError);
    expect((err as InvalidRuleError).code).toBe('INVALID_RULE');
    expect((err as InvalidRuleError).message).toContain('rules/probleemanalyse.json versions[0].cites[0]');
  });

  test('an unknown fact in the json-rules-engine conditions', () => {
    const raw = { ...good(), applies: { all: [{ fact: 'salary', operator: 'greaterThan', value: 3000 }] } };
    expect(() => compile('rules/x.json', raw)).toThrow(/rules\/x\.json applies\.all\[0\]\.fact/);
  });

  test('a gap between versions', () => {
    const raw = load('wia-aanvraag.json');
    (raw.versions as Array<{ validFrom: string }>)[1]!.validFrom = '2004-02-01';
    expect(() => compile('rules/wia-aanvraag.json', raw)).toThrow(/versions\[1\]\.validFrom: must equal the previous version's validTo/);
  });

  test('a timing that refers to an unknown milestone, and a cycle', () => {
    const own = (id: string, after: string): unknown => ownRule(id, { type: 'afterMilestone', milestone: after, days: 7 });
    expect(() => createEngine({ rules: [own('a', 'nowhere')] })).toThrow(/'nowhere', which no rule defines/);
    expect(() => createEngine({ rules: [own('a', 'b'), own('b', 'a')] })).toThrow(/refers to itself/);
  });

  test('a rule pack may not claim to be statute, nor reuse a built-in id', () => {
    const raw = { ...good(), id: 'my-rule' };
    expect(() => createEngine({ rules: [raw] })).toThrow(/must be labelled 'own'/);
    expect(() => createEngine({ rules: [{ ...good(), label: 'own' }] })).toThrow(/exists already/);
  });
});

describe('the AOW-age table (rules/parameters.json, aowAge)', () => {
  const epoch = (iso: string): number => Date.parse(iso) / 86_400_000;
  const iso = (day: number): string => new Date(day * 86_400_000).toISOString().slice(0, 10);
  const aow = (born: string) => getLaw().aowDate(epoch(born));

  // Each pair: a date of birth at an edge of a published birth range, and the AOW date that follows from
  // the age that range gets (rijksoverheid.nl, 'Wanneer gaat mijn AOW in?', as quoted in the research note).
  test.each([
    ['1947-11-30', '2012-11-30'], // 65 before 2013
    ['1950-09-30', '2015-12-30'], // 65 + 3 months in 2015
    ['1953-08-31', '2019-12-31'], // 66 + 4 months in 2019
    ['1954-08-31', '2020-12-31'], // 2020: '66 + 4 maanden na 31 augustus 1953 en voor 1 september 1954'
    ['1957-02-28', '2023-12-28'], // 66 + 10 months in 2023
    ['1957-03-01', '2024-03-01'], // 2024: '67 jaar | na 28 februari 1957 en voor 1 januari 1958'
    ['1960-12-31', '2027-12-31'], // 67 in 2027
    ['1961-01-01', '2028-04-01'], // 2028: 67 + 3 months, 'na 31 december 1960 en voor 1 oktober 1961'
    ['1962-09-30', '2029-12-30'], // 2029: 'na 30 september 1961 en voor 1 oktober 1962'
  ])('born %s: AOW date %s', (born, expected) => {
    expect(iso(aow(born).date)).toBe(expected);
    expect(aow(born).provisional).toBe(false);
  });

  test('every age is reached in the calendar year whose age it is: no two rows give dates out of order', () => {
    // Across each row boundary the AOW date must not go backwards (the earlier year's age is reached first).
    for (let d = epoch('1947-01-01'); d < epoch('1966-01-01'); d++) expect(aow(iso(d + 1)).date).toBeGreaterThanOrEqual(aow(iso(d)).date);
  });

  test('the ages from 2032 on are not set yet: provisional, and a timeline that depends on them asks for review', () => {
    expect(aow('1964-10-01').provisional).toBe(true);
    const t = createEngine().compute({ firstSickDay: '2032-06-07', dateOfBirth: '1965-03-01' });
    expect(t.review.map((r) => r.milestone)).toContain('einde-loondoorbetaling');
    const later = createEngine().compute({ firstSickDay: '2026-06-01', dateOfBirth: '1970-03-01' });
    expect(later.review).toEqual([]);
  });
});

describe('ordered rules read each other by position', () => {
  // The law reads a case's results by the positions the ordered timings hold (law/results.ts): each must
  // be the position of the milestone the rule file names, in every engine, a rule pack's included.
  const named = (t: { type: string } & Record<string, unknown>): { at: unknown; inputs: Record<string, unknown> } => {
    const at = t.type === 'recurring' ? t.after : t.type === 'countedYears' ? t.plusExtensionsOf : t.type === 'afterRecovery' ? t.notBefore : t.milestone;
    const inputs = (t.type === 'endOfWagePayment' ? t.inputs : t.type === 'beforeEnd' ? t.lateApplication : undefined) ?? {};
    return { at, inputs: inputs as Record<string, unknown> };
  };
  const pack = [ownRule('eigen-gesprek', { type: 'afterMilestone', milestone: 'plan-van-aanpak', days: 7 }), ownRule('eigen-vervolg', { type: 'afterMilestone', milestone: 'eigen-gesprek', days: 14 })];

  test.each([
    ['the built-in rules', orderRules(getBuiltinRules())],
    ['a rule pack after them', orderRules([...getBuiltinRules(), ...pack.map((r, i) => compile(`pack[${i}]`, r, false))])],
  ])('%s', (_name, index) => {
    let checked = 0;
    for (const rule of index.ordered) {
      for (const v of rule.versions) {
        for (const c of [v.plain, v.then, v.else, v.window]) {
          if (c === undefined) continue;
          const { at, inputs } = named(c.timing as never);
          expect(c.at === -1 ? undefined : index.ordered[c.at]!.id, `${rule.id} ${c.type}`).toBe(at);
          for (const key of ['application', 'letter', 'report', 'decision', 'repairDecision'] as const) {
            expect(c.inputs[key] === -1 ? undefined : index.ordered[c.inputs[key]]!.id, `${rule.id} ${key}`).toBe(inputs[key]);
          }
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(index.ordered.length);
    // Compiled but not yet ordered, a rule reads nothing.
    expect(getBuiltinRules().every((r) => r.versions.every((v) => v.plain === undefined || v.plain.at === -1))).toBe(true);
  });
});
