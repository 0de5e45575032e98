// poortwachter/testing must FAIL a scenario whose expectation is wrong, not only pass a right one. Each test
// builds a scenario whose expected values were computed by hand from the counting rules of the law (never
// read from poortwachter's output), shows it passes, then breaks one expectation and shows that
// checkScenario fails and says where: the milestone or field, the expected and the actual value.
//
// The rules used for the expected values:
// - counted day k of an unbroken sickness is the first sick day + k − 1 (day 1 is the first sick day);
// - a gap of fewer than 28 fit days between sick periods is added to the chain (BW 7:629(10); WIA 23(3))
//   and moves every later counted day by its length; a gap of 28 days or more starts a new chain with a new
//   day 1, the old first sick day is then an earlier chain;
// - pregnancy-leave days are not counted (WIA 23(5)(a); ZW 38(1)) and move later counted days by their number;
// - working part of the hours does not interrupt incapacity (only full recovery does);
// - probleemanalyse: counted day 42 (Regeling procesgang 2(2));
// - 42e-weeksmelding (milestone `ziekmelding-uwv`): counted day 295 (ZW 38(1));
// - last day of the wachttijd: counted day 728 (WIA 23(1));
// - a loonsanctie of n weeks runs from the day after the wachttijd for n × 7 days (WIA 25(9)).
import { describe, expect, test } from 'vitest';
import { checkScenario, type Scenario } from '../src/testing.js';

/**
 * Sick from 2024-09-02, fit from 2024-09-16 to 2025-01-05 (far more than 27 days: that chain is over), sick
 * again from 2025-01-06: day 1 of the current chain. Fit from 2025-02-05 to 2025-02-14 (10 days, added), sick
 * again from 2025-02-15; works half the hours from 2025-03-03 (no interruption); pregnancy leave 2025-06-01
 * to 2025-06-20 (20 days, not counted); a loonsanctie of 10 weeks decided on 2026-12-01.
 */
function base(): Scenario {
  return {
    name: 'harness base: earlier chain, 10-day gap, 20 days of leave, a loonsanctie',
    source: { title: 'BW 7:629(10); WIA 23(1),(3),(5); Regeling procesgang 2(2); ZW 38(1); WIA 25(9)' },
    input: {
      firstSickDay: '2024-09-02',
      asOf: '2025-03-10',
      events: [
        { type: 'recovered', date: '2024-09-16' },
        { type: 'sick', date: '2025-01-06' },
        { type: 'recovered', date: '2025-02-05' },
        { type: 'sick', date: '2025-02-15' },
        { type: 'partially-recovered', date: '2025-03-03', percentage: 50 },
        { type: 'pregnancy-leave', start: '2025-06-01', end: '2025-06-20' },
        { type: 'loonsanctie', date: '2026-12-01', weeks: 10 },
      ],
    },
    expect: {
      firstSickDay: '2025-01-06',
      earlierChains: ['2024-09-02'],
      // 2025-03-10 = 2025-01-06 + 63 days; minus the 10 gap days: 2025-01-06 + (k − 1) + 10 = 2025-03-10 → k = 54.
      countedDaysAsOf: 54,
      // Day 728 = 2025-01-06 + 727 + 10 (gap) + 20 (leave) = 2025-01-06 + 757 days = 2027-02-02.
      lastDayOfWachttijd: '2027-02-02',
      wiaStart: '2027-02-03',
      periods: [
        // 2025-01-06 … 2025-02-04: 26 days in January + 4 in February = 30 counted days.
        { start: '2025-01-06', end: '2025-02-04', countedDays: 30, gapBeforeDays: null, partialRecoveries: [] },
        // 2025-02-05 … 2025-02-14 fit: 10 days.
        { start: '2025-02-15', end: null, gapBeforeDays: 10, partialRecoveries: ['2025-03-03'] },
      ],
      leave: [{ start: '2025-06-01', end: '2025-06-20' }],
      // 10 weeks = 70 days from 2027-02-03: 2027-02-02 + 70 days = 2027-04-13.
      extensions: [{ cause: 'loonsanctie', from: '2027-02-03', to: '2027-04-13' }],
      endOfWagePayment: '2027-04-13',
      milestones: {
        // Day 42 = 2025-01-06 + 41 + 10 = 2025-02-26; nothing recorded by 2025-03-10: overdue.
        probleemanalyse: { due: '2025-02-26', countedDay: 42, status: 'overdue', onverwijld: false },
        // Day 295 = 2025-01-06 + 294 + 10 + 20 = 2025-01-06 + 324 days = 2025-11-26 (day 330 of 2025).
        'ziekmelding-uwv': { due: '2025-11-26', countedDay: 295, version: '42e-weeksmelding', status: 'open' },
        // Day 728, as above.
        'einde-wachttijd': { due: '2027-02-02', countedDay: 728 },
        // Only for a vangnet employee (ZW 38a), which this is not.
        'ziekmelding-uwv-vangnet': { absent: true },
      },
    },
  };
}

/** The failures of the base scenario after one change; the change must make it fail. */
function failuresAfter(change: (s: Scenario) => void): readonly string[] {
  const s = base();
  change(s);
  const r = checkScenario(s);
  expect(r.pass).toBe(false);
  expect(r.failures.length).toBeGreaterThan(0);
  expect(() => r.assert()).toThrow(Error);
  return r.failures;
}

const milestones = (s: Scenario) => s.expect!.milestones!;

describe('checkScenario passes a right scenario', () => {
  test('the base scenario, every expectation derived from the law, passes', () => {
    const r = checkScenario(base());
    expect(r.failures).toEqual([]);
    expect(r.pass).toBe(true);
    expect(() => r.assert()).not.toThrow();
  });
});

describe('checkScenario fails a wrong milestone expectation', () => {
  test('a wrong due date: the failure names the milestone, the field, the expected and the actual value', () => {
    // Day 42 without the gap (2025-02-16): the mistake of not adding the 10 fit days.
    expect(failuresAfter((s) => (milestones(s).probleemanalyse!.due = '2025-02-16'))).toEqual([
      'probleemanalyse.due: expected "2025-02-16", got "2025-02-26"',
    ]);
    // Day 295 without the leave (2025-11-06).
    expect(failuresAfter((s) => (milestones(s)['ziekmelding-uwv']!.due = '2025-11-06'))).toEqual([
      'ziekmelding-uwv.due: expected "2025-11-06", got "2025-11-26"',
    ]);
  });

  test('a wrong status', () => {
    expect(failuresAfter((s) => (milestones(s).probleemanalyse!.status = 'open'))).toEqual([
      'probleemanalyse.status: expected "open", got "overdue"',
    ]);
    expect(failuresAfter((s) => (milestones(s)['ziekmelding-uwv']!.status = 'done'))).toEqual([
      'ziekmelding-uwv.status: expected "done", got "open"',
    ]);
  });

  test('a wrong version', () => {
    expect(failuresAfter((s) => (milestones(s)['ziekmelding-uwv']!.version = '13e-weeksmelding'))).toEqual([
      'ziekmelding-uwv.version: expected "13e-weeksmelding", got "42e-weeksmelding"',
    ]);
  });

  test('a wrong counted day and a wrong onverwijld', () => {
    expect(failuresAfter((s) => (milestones(s)['einde-wachttijd']!.countedDay = 729))).toEqual([
      'einde-wachttijd.countedDay: expected 729, got 728',
    ]);
    expect(failuresAfter((s) => (milestones(s).probleemanalyse!.onverwijld = true))).toEqual([
      'probleemanalyse.onverwijld: expected true, got false',
    ]);
  });

  test('absent: true for a milestone that is in the timeline', () => {
    const f = failuresAfter((s) => (milestones(s).probleemanalyse = { absent: true }));
    expect(f).toHaveLength(1);
    expect(f[0]).toContain('probleemanalyse: expected absent');
    expect(f[0]).toContain('2025-02-26');
  });

  test('an expected milestone that is missing from the timeline', () => {
    // A real milestone that does not apply here (no vangnet), and an id no rule has.
    expect(failuresAfter((s) => (milestones(s)['ziekmelding-uwv-vangnet'] = { due: '2025-01-06' }))).toEqual([
      'ziekmelding-uwv-vangnet: missing from the timeline',
    ]);
    expect(failuresAfter((s) => (milestones(s)['probleem-analyse'] = { countedDay: 42 }))).toEqual([
      'probleem-analyse: missing from the timeline',
    ]);
  });
});

describe('checkScenario fails a wrong top-level expectation', () => {
  test('lastDayOfWachttijd', () => {
    // Day 728 forgetting the leave: 2025-01-06 + 737 days = 2027-01-13.
    expect(failuresAfter((s) => (s.expect!.lastDayOfWachttijd = '2027-01-13'))).toEqual([
      'lastDayOfWachttijd: expected 2027-01-13, got 2027-02-02',
    ]);
    // No wachttijd at all (as after a final recovery).
    expect(failuresAfter((s) => (s.expect!.lastDayOfWachttijd = null))[0]).toBe('lastDayOfWachttijd: expected null, got 2027-02-02');
  });

  test('firstSickDay, wiaStart, endOfWagePayment, countedDaysAsOf', () => {
    // The day 1 of the earlier chain, which the gap of 28 days or more ended.
    expect(failuresAfter((s) => (s.expect!.firstSickDay = '2024-09-02'))).toEqual(['firstSickDay: expected 2024-09-02, got 2025-01-06']);
    expect(failuresAfter((s) => (s.expect!.wiaStart = '2027-02-02'))).toEqual(['wiaStart: expected 2027-02-02, got 2027-02-03']);
    // Wage payment without the loonsanctie.
    expect(failuresAfter((s) => (s.expect!.endOfWagePayment = '2027-02-02'))).toEqual(['endOfWagePayment: expected 2027-02-02, got 2027-04-13']);
    // Calendar days instead of counted days (the gap counted).
    expect(failuresAfter((s) => (s.expect!.countedDaysAsOf = 64))).toEqual(['countedDaysAsOf: expected 64, got 54']);
  });

  test('earlierChains', () => {
    expect(failuresAfter((s) => (s.expect!.earlierChains = []))).toEqual(['earlierChains: expected [], got ["2024-09-02"]']);
    expect(failuresAfter((s) => (s.expect!.earlierChains = ['2024-09-02', '2025-01-06']))[0]).toContain('earlierChains: expected');
  });
});

describe('checkScenario fails wrong periods, leave and extensions', () => {
  test('the wrong number of periods', () => {
    // The earlier chain's period counted as part of this chain: three periods.
    const f = failuresAfter((s) => s.expect!.periods!.unshift({ start: '2024-09-02', end: '2024-09-15', countedDays: 14, gapBeforeDays: null }));
    expect(f[0]).toMatch(/^periods: expected 3, got 2: /);
    // One period only.
    expect(failuresAfter((s) => s.expect!.periods!.pop())[0]).toMatch(/^periods: expected 1, got 2: /);
    expect(failuresAfter((s) => (s.expect!.periods = []))[0]).toMatch(/^periods: expected 0, got 2: /);
  });

  test('a wrong end, a wrong start, wrong countedDays', () => {
    // The first fit day given as the end (the end is the last sick day).
    expect(failuresAfter((s) => (s.expect!.periods![0]!.end = '2025-02-05'))).toEqual(['periods[0].end: expected "2025-02-05", got "2025-02-04"']);
    // A period expected to have ended that runs on.
    expect(failuresAfter((s) => (s.expect!.periods![1]!.end = '2025-06-20'))).toEqual(['periods[1].end: expected "2025-06-20", got null']);
    expect(failuresAfter((s) => (s.expect!.periods![1]!.start = '2025-02-14'))).toEqual(['periods[1].start: expected "2025-02-14", got "2025-02-15"']);
    expect(failuresAfter((s) => (s.expect!.periods![0]!.countedDays = 31))).toEqual(['periods[0].countedDays: expected 31, got 30']);
  });

  test('a wrong gapBeforeDays', () => {
    // Off by one: 2025-02-14 − 2025-02-05 = 9, but both days are fit days: 10.
    expect(failuresAfter((s) => (s.expect!.periods![1]!.gapBeforeDays = 9))).toEqual(['periods[1].gapBeforeDays: expected 9, got 10']);
    // The first period of a chain has no gap before it (the 112 fit days before it ended the earlier chain).
    expect(failuresAfter((s) => (s.expect!.periods![0]!.gapBeforeDays = 112))).toEqual(['periods[0].gapBeforeDays: expected 112, got null']);
  });

  test('wrong partial recoveries', () => {
    expect(failuresAfter((s) => (s.expect!.periods![1]!.partialRecoveries = []))).toEqual(['periods[1].partialRecoveries: expected [], got ["2025-03-03"]']);
  });

  test('wrong leave', () => {
    expect(failuresAfter((s) => (s.expect!.leave![0]!.end = '2025-06-21'))).toEqual(['leave[0].end: expected "2025-06-21", got "2025-06-20"']);
    expect(failuresAfter((s) => (s.expect!.leave![0]!.start = '2025-05-31'))).toEqual(['leave[0].start: expected "2025-05-31", got "2025-06-01"']);
    expect(failuresAfter((s) => (s.expect!.leave = []))[0]).toMatch(/^leave: expected 0, got 1: /);
    const two = failuresAfter((s) => s.expect!.leave!.push({ start: '2025-09-01', end: '2025-09-10' }));
    expect(two[0]).toMatch(/^leave: expected 2, got 1: /);
    expect(two).toContain('leave[1].start: expected "2025-09-01", got undefined');
  });

  test('wrong extensions', () => {
    // 10 weeks counted as 69 days.
    expect(failuresAfter((s) => (s.expect!.extensions![0]!.to = '2027-04-12'))).toEqual(['extensions[0].to: expected "2027-04-12", got "2027-04-13"']);
    // Starting on the last day of the wachttijd instead of the day after.
    expect(failuresAfter((s) => (s.expect!.extensions![0]!.from = '2027-02-02'))).toEqual(['extensions[0].from: expected "2027-02-02", got "2027-02-03"']);
    expect(failuresAfter((s) => (s.expect!.extensions![0]!.cause = 'vrijwillige-verlenging'))).toEqual([
      'extensions[0].cause: expected "vrijwillige-verlenging", got "loonsanctie"',
    ]);
    expect(failuresAfter((s) => (s.expect!.extensions = []))[0]).toMatch(/^extensions: expected 0, got 1: /);
  });

  test('several wrong expectations are all reported, not only the first', () => {
    const f = failuresAfter((s) => {
      s.expect!.lastDayOfWachttijd = '2027-01-13';
      s.expect!.periods![1]!.gapBeforeDays = 9;
      s.expect!.leave![0]!.end = '2025-06-21';
      milestones(s).probleemanalyse!.due = '2025-02-16';
      milestones(s)['ziekmelding-uwv']!.version = '13e-weeksmelding';
    });
    expect(f).toHaveLength(5);
  });
});

describe('checkScenario and expected errors', () => {
  const refused = (): Scenario => ({
    name: 'a first sick day before the Wet verbetering poortwachter',
    source: { title: 'Wet verbetering poortwachter in force 2002-04-01' },
    input: { firstSickDay: '2002-03-31' },
    expectError: { codes: ['before_wvp'] },
  });

  test('the right code passes', () => {
    const r = checkScenario(refused());
    expect(r.failures).toEqual([]);
    expect(r.pass).toBe(true);
  });

  test('an expected code that is not raised fails, naming the code expected and the codes raised', () => {
    const r = checkScenario({ ...refused(), expectError: { codes: ['before_wvp', 'invalid_date'] } });
    expect(r.pass).toBe(false);
    expect(r.failures).toEqual(["expected issue code 'invalid_date', got before_wvp"]);
  });

  test('expecting an error on a valid case fails', () => {
    const s = base();
    delete s.expect;
    s.expectError = { codes: ['before_wvp'] };
    const r = checkScenario(s);
    expect(r.pass).toBe(false);
    expect(r.failures).toEqual(['expected an error with codes before_wvp, got a timeline']);
  });

  test('an error where a timeline is expected fails', () => {
    const { expectError: _, ...s } = refused();
    const r = checkScenario({ ...s, expect: { firstSickDay: '2002-03-31' } });
    expect(r.pass).toBe(false);
    expect(r.failures).toHaveLength(1);
    expect(r.failures[0]).toMatch(/^unexpected error: /);
  });
});

describe('assert()', () => {
  test('throws an Error whose message has the scenario name, its file, every failure and the source', () => {
    const s: Scenario = { ...base(), file: 'test/scenarios/somewhere/base.json' };
    s.expect!.lastDayOfWachttijd = '2027-01-13';
    s.expect!.periods![1]!.gapBeforeDays = 9;
    s.expect!.extensions![0]!.to = '2027-04-12';
    milestones(s).probleemanalyse!.due = '2025-02-16';
    const r = checkScenario(s);
    expect(r.failures).toHaveLength(4);
    let thrown: unknown;
    try {
      r.assert();
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(Error);
    const message = (thrown as Error).message;
    expect(message).toContain(s.name);
    expect(message).toContain('test/scenarios/somewhere/base.json');
    expect(message).toContain(s.source.title);
    for (const f of r.failures) expect(message).toContain(f);
  });

  test('does not throw for a passing scenario, nor for a right expected error', () => {
    expect(() => checkScenario(base()).assert()).not.toThrow();
    expect(() =>
      checkScenario({ name: 'refused', source: { title: 'WVP in force 2002-04-01' }, input: { firstSickDay: '2002-03-31' }, expectError: { codes: ['before_wvp'] } }).assert(),
    ).not.toThrow();
  });
});
