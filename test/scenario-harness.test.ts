// poortwachter/testing must fail a scenario whose expectation is wrong, not only pass a right one: each
// test below takes one scenario whose expected values follow from the counting rules of the law, shows
// that it passes, then changes one expected value and shows that checkScenario fails and says where.
// Expected values: counted day k of an unbroken sickness is the first sick day + k − 1; the probleemanalyse
// is due on counted day 42 (Regeling procesgang 2(2)); the 42e-weeksmelding on day 295 (ZW 38(1)); the
// wachttijd ends on day 728 (WIA 23(1)); a gap of fewer than 28 days is added (BW 7:629(10)) and moves
// later counted days by its length; pregnancy-leave days are not counted.
import { describe, expect, test } from 'vitest';
import { checkScenario, type Scenario } from '../src/testing.js';

const base = (): Scenario => ({
  name: 'relapse with pregnancy leave and a loonsanctie',
  source: { title: 'Regeling procesgang 2(2); ZW 38(1); WIA 23(1); BW 7:629(10); WIA 25(9)' },
  input: {
    firstSickDay: '2026-03-02',
    asOf: '2026-05-01',
    events: [
      // Fit from 2026-04-01 to 2026-04-10: a gap of 10 days; sick again from 2026-04-11.
      { type: 'recovered', date: '2026-04-01' },
      { type: 'sick', date: '2026-04-11' },
      // 20 days of leave, not counted.
      { type: 'pregnancy-leave', start: '2026-06-01', end: '2026-06-20' },
      { type: 'loonsanctie', date: '2028-01-20', weeks: 10 },
    ],
  },
  expect: {
    firstSickDay: '2026-03-02',
    // Day 728 = 2026-03-02 + 727 days (2028-02-27) + 10 gap days + 20 leave days = 2028-03-28.
    lastDayOfWachttijd: '2028-03-28',
    periods: [
      // 2026-03-02 … 2026-03-31: 30 counted days.
      { start: '2026-03-02', end: '2026-03-31', countedDays: 30, gapBeforeDays: null },
      { start: '2026-04-11', end: null, gapBeforeDays: 10 },
    ],
    leave: [{ start: '2026-06-01', end: '2026-06-20' }],
    // Ten weeks from the day after the wachttijd: 2028-03-29 to 2028-03-28 + 70 days = 2028-06-06.
    extensions: [{ cause: 'loonsanctie', from: '2028-03-29', to: '2028-06-06' }],
    milestones: {
      // Day 42 = 2026-03-02 + 41 + 10 gap days = 2026-04-22; not done by asOf 2026-05-01.
      probleemanalyse: { due: '2026-04-22', countedDay: 42, status: 'overdue' },
      // Day 295 = 2026-03-02 + 294 + 10 + 20 = 2027-01-20.
      'ziekmelding-uwv': { due: '2027-01-20', countedDay: 295, version: '42e-weeksmelding', status: 'open' },
      'ziekmelding-uwv-vangnet': { absent: true },
    },
  },
});

function failuresOf(change: (s: Scenario) => void): readonly string[] {
  const s = base();
  change(s);
  const r = checkScenario(s);
  expect(r.pass).toBe(false);
  return r.failures;
}

describe('checkScenario', () => {
  test('passes the scenario whose expectations follow from the law', () => {
    const r = checkScenario(base());
    expect(r.failures).toEqual([]);
    expect(r.pass).toBe(true);
    expect(() => r.assert()).not.toThrow();
  });

  test('fails on a wrong due date, naming the milestone, the field, the expected and the actual value', () => {
    const f = failuresOf((s) => (s.expect!.milestones!.probleemanalyse!.due = '2026-04-13'));
    expect(f).toEqual(['probleemanalyse.due: expected "2026-04-13", got "2026-04-22"']);
  });

  test('fails on a wrong status, counted day or version', () => {
    expect(failuresOf((s) => (s.expect!.milestones!.probleemanalyse!.status = 'open'))).toEqual(['probleemanalyse.status: expected "open", got "overdue"']);
    expect(failuresOf((s) => (s.expect!.milestones!['ziekmelding-uwv']!.countedDay = 294))[0]).toContain('ziekmelding-uwv.countedDay');
    expect(failuresOf((s) => (s.expect!.milestones!['ziekmelding-uwv']!.version = '13e-weeksmelding'))[0]).toContain('ziekmelding-uwv.version');
  });

  test('fails when a milestone expected absent is there, and when an expected one is missing', () => {
    expect(failuresOf((s) => (s.expect!.milestones!.probleemanalyse = { absent: true }))[0]).toContain('probleemanalyse: expected absent');
    expect(failuresOf((s) => (s.expect!.milestones!['no-such-milestone'] = { due: '2026-04-22' }))[0]).toContain('no-such-milestone: missing');
  });

  test('fails on a wrong top-level date', () => {
    expect(failuresOf((s) => (s.expect!.lastDayOfWachttijd = '2028-02-27'))).toEqual(['lastDayOfWachttijd: expected 2028-02-27, got 2028-03-28']);
  });

  test('fails on wrong periods: their number, an end, a gap', () => {
    expect(failuresOf((s) => s.expect!.periods!.pop())[0]).toContain('periods: expected 1, got 2');
    expect(failuresOf((s) => (s.expect!.periods![0]!.end = '2026-04-01'))[0]).toContain('periods[0].end');
    expect(failuresOf((s) => (s.expect!.periods![1]!.gapBeforeDays = 9))[0]).toContain('periods[1].gapBeforeDays');
  });

  test('fails on wrong leave and wrong extensions', () => {
    expect(failuresOf((s) => (s.expect!.leave![0]!.end = '2026-06-21'))[0]).toContain('leave[0].end');
    expect(failuresOf((s) => (s.expect!.extensions![0]!.to = '2028-06-05'))[0]).toContain('extensions[0].to');
    expect(failuresOf((s) => (s.expect!.extensions = []))[0]).toContain('extensions: expected 0, got 1');
  });

  test('fails when an expected error is not raised, and when a raised error has other codes', () => {
    expect(failuresOf((s) => (s.expectError = { codes: ['before_wvp'] }))[0]).toContain('expected an error with codes before_wvp');
    const wrongCode = checkScenario({ ...base(), input: { firstSickDay: '2001-01-01' }, expect: undefined, expectError: { codes: ['invalid_date'] } });
    expect(wrongCode.pass).toBe(false);
    expect(wrongCode.failures[0]).toContain("expected issue code 'invalid_date', got before_wvp");
  });

  test('assert() throws an Error naming the scenario and every failure', () => {
    const s = base();
    s.expect!.milestones!.probleemanalyse!.due = '2026-04-13';
    s.expect!.lastDayOfWachttijd = '2028-02-27';
    const r = checkScenario(s);
    expect(() => r.assert()).toThrow(/relapse with pregnancy leave and a loonsanctie[\s\S]*lastDayOfWachttijd[\s\S]*probleemanalyse\.due/);
  });
});
