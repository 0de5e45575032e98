// The engine chooses most rule versions once per set of facts and range of first sick days
// (`chosenForStarts`, src/law/versions.ts), and per case only where the choice depends on the case's own
// dates. With explanations, every version is chosen per case (`selectVersion`, which records why). These
// tests prove that both give the same version: on random cases of every regime, on the days a version
// begins or ends and the day before, for a rule pack's own versions, and rule by rule for the ranges
// between those days.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { createEngine, type CaseInput, type Timeline } from '../src/index.js';
import { chosenForStarts } from '../src/law/versions.js';
import { getBuiltinRules } from '../src/rules/load.js';
import { buildCase, caseShape, epochOf, isoOf } from './arbitraries.js';
import { ownRule } from './fixtures.js';

const RUNS = Number(process.env.POORTWACHTER_PROPERTY_RUNS ?? 300);

/** The timeline without its explanation steps (what `compute` without `explain` gives). */
function withoutExplanations(t: Timeline): Timeline {
  return { ...t, milestones: t.milestones.map(({ explanation: _, ...m }) => m) };
}

/** Every day on which a version of a built-in rule begins or ends (after the first, 2002-04-01). */
const versionDays = [...new Set(getBuiltinRules().flatMap((r) => r.data.versions.flatMap((v) => [v.validFrom, v.validTo])))]
  .filter((d): d is string => d !== null && d !== '2002-04-01')
  .sort();

describe('the version chosen once per range of first sick days is the version chosen per case', () => {
  test('random cases of every regime: the timeline is the explained timeline without its steps', () => {
    const first = fc.integer({ min: epochOf('2002-04-01'), max: epochOf('2030-12-31') });
    fc.assert(
      fc.property(caseShape, first, (shape, day) => {
        // One engine per case: what it memoised for one case cannot hide a wrong choice for another.
        const input = buildCase(shape, day - shape.first);
        const plain = createEngine().safeCompute(input);
        const explained = createEngine().safeCompute(input, { explain: true });
        expect(plain.success).toBe(explained.success);
        if (plain.success && explained.success) expect(plain.data).toEqual(withoutExplanations(explained.data));
      }),
      { numRuns: RUNS },
    );
  });

  test(`cases that start on a day a version begins or ends, and the day before (${versionDays.length} days)`, () => {
    expect(versionDays).toContain('2023-07-01');
    const engine = createEngine();
    for (const day of versionDays) {
      for (const first of [epochOf(day) - 1, epochOf(day)]) {
        const inputs: CaseInput[] = [
          { firstSickDay: isoOf(first), asOf: isoOf(first + 400) },
          { firstSickDay: isoOf(first), asOf: isoOf(first + 800), events: [{ type: 'vrijwillige-verlenging', date: isoOf(first + 600), until: isoOf(first + 900) }] },
          { firstSickDay: isoOf(first), domesticWorker: true, events: [{ type: 'recovered', date: isoOf(first + 100) }, { type: 'sick', date: isoOf(first + 110) }] },
        ];
        for (const input of inputs) {
          const plain = engine.safeCompute(input);
          const explained = engine.safeCompute(input, { explain: true });
          expect(plain.success, `${JSON.stringify(input)}`).toBe(explained.success);
          if (plain.success && explained.success) expect(plain.data, `${JSON.stringify(input)}`).toEqual(withoutExplanations(explained.data));
        }
      }
    }
  });
});

test('the version days of a rule pack count too: versions chosen by the first day, by the due date, and absent', () => {
  // Days that are no regime's or built-in version's: the pack's own ranges must be ranges of their own.
  const versions = [
    { version: 'v1', validFrom: '2002-04-01', validTo: '2019-03-15', selectBy: 'firstSickDay', timing: { type: 'countedDay', day: 50 }, basis: [] },
    { version: 'v2', validFrom: '2019-03-15', validTo: '2020-05-20', selectBy: 'firstSickDay', absent: true, timing: { type: 'countedDay', day: 50 }, basis: [] },
    { version: 'v3', validFrom: '2020-05-20', validTo: '2021-09-09', selectBy: 'due', timing: { type: 'countedDay', day: 300 }, basis: [] },
    { version: 'v4', validFrom: '2021-09-09', validTo: null, selectBy: 'due', timing: { type: 'countedDay', day: 400 }, basis: [] },
  ];
  const engine = createEngine({ rules: [ownRule('casemanager', undefined, { versions })] });
  // A chain without gaps whose counted day 300 (v3's date) falls on the day before v3 ends, on that day,
  // and the day after: v3 claims only dates before its end (its range is [validFrom, validTo)); after it,
  // v4's date (counted day 400) falls within v4.
  const v3End = epochOf('2021-09-09');
  for (const first of [v3End - 300, v3End - 299, v3End - 298]) {
    const input = { firstSickDay: isoOf(first), asOf: isoOf(first + 10) };
    const timeline = engine.compute(input);
    const milestone = timeline.milestones.find((m) => m.id === 'casemanager');
    expect([milestone?.rule.version, milestone?.due], isoOf(first)).toEqual(first + 299 < v3End ? ['v3', isoOf(first + 299)] : ['v4', isoOf(first + 399)]);
    expect(timeline).toEqual(withoutExplanations(engine.compute(input, { explain: true })));
  }
  fc.assert(
    fc.property(caseShape, fc.integer({ min: epochOf('2018-01-01'), max: epochOf('2023-12-31') }), (shape, day) => {
      const input = buildCase(shape, day - shape.first);
      const plain = engine.safeCompute(input);
      const explained = engine.safeCompute(input, { explain: true });
      expect(plain.success).toBe(explained.success);
      if (plain.success && explained.success) expect(plain.data).toEqual(withoutExplanations(explained.data));
    }),
    { numRuns: RUNS },
  );
});

test("the explanation of a choose timing names the branch the case's facts took (BW 7:629(2): a domestic worker's six weeks)", () => {
  const branch = (domesticWorker: boolean) => {
    const t = createEngine().compute({ firstSickDay: '2024-03-04', domesticWorker }, { explain: true });
    const steps = t.milestones.find((m) => m.id === 'einde-loondoorbetaling')?.explanation ?? [];
    return steps.flatMap((s) => (s.step === 'note' && s.code.startsWith('choose-') ? [s.code] : []));
  };
  // The rule's `when` is domesticWorker = true: its `then` is counted day 42.
  expect(branch(true)).toEqual(['choose-then']);
  expect(branch(false)).toEqual(['choose-else']);
});

describe('chosenForStarts', () => {
  const rule = (id: string) => getBuiltinRules().find((r) => r.id === id)!;
  const facts = { regime: 'verzamelwet-2013', domesticWorker: false } as never;

  test('chooses the version in force on every day of the range', () => {
    const c = chosenForStarts(rule('einde-opzegverbod'), epochOf('2016-01-01'), epochOf('2023-07-01'), facts);
    expect(c?.version.data.validFrom).toBe('2016-01-01');
  });

  test('leaves the choice to the case when a version begins within the range', () => {
    expect(chosenForStarts(rule('einde-opzegverbod'), epochOf('2016-01-01'), epochOf('2023-07-02'), facts)).toBeUndefined();
    expect(chosenForStarts(rule('einde-opzegverbod'), epochOf('2015-12-31'), epochOf('2016-01-01'), facts)?.version.data.validTo).toBe('2016-01-01');
  });

  test('a version chosen by its due date: the first one tried for every day of the range, or the case decides', () => {
    // The re-integratieverslag since 2004: the version in force on its due date (WIA 25(2)).
    const current = chosenForStarts(rule('re-integratieverslag'), epochOf('2013-07-01'), epochOf('2016-01-01'), facts);
    expect([current?.version.data.validFrom, current?.byDue]).toEqual(['2013-07-01', true]);
    const before = chosenForStarts(rule('re-integratieverslag'), epochOf('2012-01-01'), epochOf('2013-07-01'), facts);
    expect([before?.version.data.validFrom, before?.byDue]).toEqual(['2004-01-01', true]);
    // A range that a version chosen by the due date ends within.
    expect(chosenForStarts(rule('re-integratieverslag'), epochOf('2012-01-01'), epochOf('2013-07-02'), facts)).toBeUndefined();
    // Before 2004 the first sick day chooses it.
    const first = chosenForStarts(rule('re-integratieverslag'), epochOf('2002-04-01'), epochOf('2004-01-01'), facts);
    expect([first?.version.data.validFrom, first?.byDue]).toEqual(['2002-04-01', false]);
  });

  test('says when the version in force says the milestone does not exist', () => {
    expect(chosenForStarts(rule('loonsanctie-beschikking'), epochOf('2002-04-01'), epochOf('2004-01-01'), facts)).toBeNull();
  });
});
