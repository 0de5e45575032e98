// The library's structural promises, through the public API: a timeline is plain data that survives a
// copy, explanations come from the same single pass, shared exports cannot be changed, own rule packs
// cannot change built-in law, a recurring rule anchors on its own occurrences, and src/ has no import
// circle.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import * as main from '../src/index.js';
import { computeTimeline, createEngine, explainMilestone, PoortwachterError, safeComputeTimeline, toICalendar, toSvg, type Timeline } from '../src/index.js';
import * as schema from '../src/schema.js';
import { loadScenarios } from '../src/testing.js';
import { buildCase, caseShape } from './arbitraries.js';
import { ownRule, sourceFiles } from './fixtures.js';

const scenarios = loadScenarios('test/scenarios').filter((s) => s.expectError === undefined);
const inputs = scenarios.map((s) => ({ input: s.input as main.CaseInput, rules: s.rules }));

function withoutExplanations(t: Timeline): Timeline {
  return { ...t, milestones: t.milestones.map(({ explanation: _, ...m }) => m) };
}

describe('a timeline is plain data', () => {
  test('structuredClone and a JSON round trip give an equal timeline (every scenario, with and without explanations)', () => {
    for (const { input, rules } of inputs) {
      for (const explain of [false, true]) {
        const t = computeTimeline(input, { explain, ...(rules === undefined ? {} : { rules }) });
        expect(structuredClone(t)).toStrictEqual(t);
        expect(JSON.parse(JSON.stringify(t))).toStrictEqual(t);
      }
    }
  });

  test('the same holds for generated cases', () => {
    fc.assert(
      fc.property(caseShape, (s) => {
        const r = safeComputeTimeline(buildCase(s), { explain: true });
        if (r.success) expect(JSON.parse(JSON.stringify(r.data))).toStrictEqual(r.data);
      }),
      { numRuns: 300 },
    );
  });

  test('explainMilestone, toICalendar and toSvg work on a stored JSON copy and on a spread copy', () => {
    const t = computeTimeline({ firstSickDay: '2026-03-02', asOf: '2026-11-22', events: [{ type: 'loonsanctie', date: '2028-01-10', weeks: 20 }] }, { explain: true });
    const stored = JSON.parse(JSON.stringify(t)) as Timeline;
    const spread = { ...t, milestones: t.milestones.map((m) => ({ ...m })) };
    for (const copy of [stored, spread, structuredClone(t)]) {
      for (const m of t.milestones) expect(explainMilestone(copy, m.id, { locale: 'en' })).toBe(explainMilestone(t, m.id, { locale: 'en' }));
      expect(toICalendar(copy, { caseId: 'c' })).toBe(toICalendar(t, { caseId: 'c' }));
      expect(toSvg(copy)).toBe(toSvg(t));
    }
  });
});

describe('explanations: one pass, only when asked for', () => {
  test('without { explain: true } no milestone carries an explanation, and explaining one says how to get it', () => {
    const t = computeTimeline({ firstSickDay: '2026-03-02' });
    for (const m of t.milestones) expect(Object.hasOwn(m, 'explanation')).toBe(false);
    let error: unknown;
    try {
      explainMilestone(t, 'probleemanalyse');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(PoortwachterError);
    expect((error as PoortwachterError).code).toBe('NO_EXPLANATION');
    expect((error as PoortwachterError).message).toContain('{ explain: true }');
  });

  test('with explanations the timeline is otherwise the same (every scenario)', () => {
    for (const { input, rules } of inputs) {
      const options = rules === undefined ? {} : { rules };
      expect(withoutExplanations(computeTimeline(input, { ...options, explain: true }))).toStrictEqual(computeTimeline(input, options));
    }
  });

  test('engine.compute takes the same option, and its methods work unbound', () => {
    const engine = createEngine();
    const [a, b] = [{ firstSickDay: '2026-03-02' }, { firstSickDay: '2026-03-03' }].map((input) => engine.compute(input, { explain: true }));
    expect(a!.milestones[0]!.explanation!.length).toBeGreaterThan(1);
    expect(b!.firstSickDay).toBe('2026-03-03');
    const r = engine.safeCompute({ firstSickDay: '2026-03-02' }, { explain: 'yes' } as never);
    expect(r.success).toBe(false);
    if (!r.success) expect(r.error.code).toBe('INVALID_OPTION');
  });
});

describe('shared exports are deeply frozen', () => {
  const everyObjectFrozen = (value: unknown, path: string, seen = new Set<unknown>()): string[] => {
    if (value === null || typeof value !== 'object' || seen.has(value)) return [];
    seen.add(value);
    const out = Object.isFrozen(value) ? [] : [path];
    for (const [k, v] of Object.entries(value)) out.push(...everyObjectFrozen(v, `${path}.${k}`, seen));
    return out;
  };

  test('every exported array and plain object of the main entry and of poortwachter/schema', () => {
    const plainExports = Object.entries({ ...main, ...schema }).filter(([, v]) => Array.isArray(v) || (typeof v === 'object' && v !== null && Object.getPrototypeOf(v) === Object.prototype));
    expect(plainExports.map(([k]) => k)).toEqual(expect.arrayContaining(['EVENT_TYPES', 'STATUSES', 'REGIMES', 'LABELS', 'FACTS', 'OPERATORS', 'caseInputJsonSchema', 'ruleJsonSchema']));
    for (const [name, value] of plainExports) expect(everyObjectFrozen(value, name)).toEqual([]);
  });

  test("an engine's lists, and the engine itself", () => {
    const engine = createEngine();
    expect(everyObjectFrozen(engine.milestoneIds, 'milestoneIds')).toEqual([]);
    expect(everyObjectFrozen(engine.rules, 'rules')).toEqual([]);
    expect(Object.isFrozen(engine)).toBe(true);
    expect(() => (main.EVENT_TYPES as string[]).push('x')).toThrow(TypeError);
    expect(() => ((main.REGIMES[0] as { title: string }).title = 'x')).toThrow(TypeError);
  });
});

describe('own rule packs cannot change built-in law', () => {
  const own = ownRule;
  // A vrijwillige verlenging ending after the statutory wachttijd (counted day 728 = 2028-02-27).
  const verlenging: main.CaseInput = { firstSickDay: '2026-03-02', asOf: '2028-01-01', events: [{ type: 'vrijwillige-verlenging', date: '2027-12-01', until: '2028-06-30' }] };

  test('an own rule with the timing of the end of the wachttijd leaves the check of a vrijwillige verlenging alone', () => {
    const pack = [own('mijn-einde', { type: 'endOfWachttijd', day: 100 })];
    const r = safeComputeTimeline(verlenging, { rules: pack });
    expect(r.success).toBe(true);
    const builtIn = computeTimeline(verlenging);
    if (r.success) for (const m of builtIn.milestones) expect(r.data.milestones.find((x) => x.id === m.id)).toStrictEqual(m);
  });

  test('built-in dates are the same with and without a pack (generated cases)', () => {
    const pack = [own('contact-dag-2', { type: 'countedDay', day: 2 }), own('casemanager', { type: 'recurring', after: 'probleemanalyse', everyDays: 28 })];
    const engine = createEngine({ rules: pack });
    const builtIn = createEngine();
    fc.assert(
      fc.property(caseShape, (s) => {
        const a = builtIn.safeCompute(buildCase(s));
        const b = engine.safeCompute(buildCase(s));
        expect(b.success).toBe(a.success);
        if (!a.success || !b.success) return;
        expect(b.data.milestones.filter((m) => m.label !== 'own')).toStrictEqual(a.data.milestones);
        // Everything else is the same but the receipt, which names the rule set (built-in plus the pack).
        expect({ ...b.data, milestones: [], receipt: null }).toStrictEqual({ ...a.data, milestones: [], receipt: null });
        expect(b.data.receipt.rules).not.toBe(a.data.receipt.rules);
      }),
      { numRuns: 200 },
    );
  });

  test('a recurring own rule anchors on its own recorded occurrences, ignores evaluaties and the evaluation option', () => {
    const engine = createEngine({ rules: [own('casemanager', { type: 'recurring', after: 'probleemanalyse', everyDays: 28 })] });
    const base = { firstSickDay: '2026-03-02', asOf: '2026-09-01' };
    const due = (input: object): string => engine.compute({ ...base, ...input } as main.CaseInput).milestones.find((m) => m.id === 'casemanager')!.due;
    // Probleemanalyse due on counted day 42 = 2026-04-12; 28 days later is 2026-05-10.
    expect(due({})).toBe('2026-05-10');
    expect(due({ events: [{ type: 'completed', milestone: 'evaluatie', date: '2026-08-20' }] })).toBe('2026-05-10');
    expect(due({ options: { evaluationIntervalDays: 100 } })).toBe('2026-05-10');
    // Its own occurrence on 2026-05-01 is the anchor of the next one: 2026-05-29.
    expect(due({ events: [{ type: 'completed', milestone: 'casemanager', date: '2026-05-01' }] })).toBe('2026-05-29');
    const t = engine.compute({ ...base, events: [] }, { explain: true });
    const text = explainMilestone(t, 'casemanager', { locale: 'en' });
    expect(text).toContain('Problem analysis');
    expect(text).not.toContain('plan of action');
  });

  test('the built-in evaluatie still reads the evaluation option it declares', () => {
    const t = computeTimeline({ firstSickDay: '2026-03-02', options: { evaluationIntervalDays: 28 } });
    // Plan van aanpak due 14 days after the probleemanalyse's due date (2026-04-12): 2026-04-26; + 28 days.
    expect(t.milestones.find((m) => m.id === 'evaluatie')!.due).toBe('2026-05-24');
  });
});

describe('the layout', () => {
  test('src/ has no import circle (type imports included)', () => {
    const files = sourceFiles('src').map((p) => resolve(p));
    const graph = new Map<string, string[]>();
    for (const f of files) {
      const text = readFileSync(f, 'utf8');
      const deps = [...text.matchAll(/(?:import|export)[^'"]*?from\s+'(\.[^']+)'/g)].map((m) => resolve(dirname(f), m[1]!.replace(/\.js$/, '.ts')));
      graph.set(f, deps.filter((d) => graph.has(d) || files.includes(d)));
    }
    const state = new Map<string, 'visiting' | 'done'>();
    const cycles: string[] = [];
    const visit = (f: string, trail: string[]): void => {
      if (state.get(f) === 'done') return;
      if (state.get(f) === 'visiting') {
        cycles.push([...trail.slice(trail.indexOf(f)), f].map((p) => p.slice(p.indexOf('/src/') + 1)).join(' → '));
        return;
      }
      state.set(f, 'visiting');
      for (const d of graph.get(f) ?? []) visit(d, [...trail, f]);
      state.set(f, 'done');
    };
    for (const f of files) visit(f, []);
    expect(cycles).toEqual([]);
  });

  test('no module chooses a language inline: every text is in the message table', () => {
    const offenders = sourceFiles('src').filter((p) => !p.endsWith('messages.ts') && /\bnl \?|locale === 'nl' \?|locale === 'en' \?/.test(readFileSync(p, 'utf8')));
    expect(offenders).toEqual([]);
  });
});
