// Every rule is exercised by at least one legal scenario that names the source of its expected dates,
// and the result is the same in any time zone (checked across real processes, not only per run).
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { loadScenarios } from '../src/testing.js';

describe('the law is covered', () => {
  const scenarios = loadScenarios('test/scenarios');
  const expected = new Set(scenarios.flatMap((s) => Object.entries(s.expect?.milestones ?? {}).filter(([, m]) => m.absent !== true && m.due !== undefined).map(([id]) => id)));
  for (const file of readdirSync('rules/milestones').filter((f) => f.endsWith('.json'))) {
    const id = file.replace(/\.json$/, '');
    test(`${id} has a scenario with an expected due date and its source`, () => {
      expect(expected.has(id), `no scenario in test/scenarios expects a due date for ${id}`).toBe(true);
    });
  }
});

describe('time zones', () => {
  test('the same cases give byte-identical timelines in processes under different TZ values', () => {
    // The built package (npm test builds it first), in fresh processes: TZ is read at process start.
    const script = `
      import { computeTimeline } from './dist/index.js';
      const cases = [
        { firstSickDay: '2026-03-28', asOf: '2026-10-25', events: [{ type: 'recovered', date: '2026-03-30' }, { type: 'sick', date: '2026-04-02' }] },
        { firstSickDay: '2023-12-31', asOf: '2024-02-29', events: [{ type: 'completed', milestone: 'probleemanalyse', date: '2024-01-31' }] },
        { firstSickDay: '2002-04-01', events: [{ type: 'pregnancy-leave', start: '2002-05-01', end: '2002-08-20' }] },
      ];
      process.stdout.write(JSON.stringify(cases.map((c) => computeTimeline(c))));`;
    const zones = ['UTC', 'Europe/Amsterdam', 'Pacific/Kiritimati', 'Pacific/Pago_Pago', 'America/St_Johns'];
    const outputs = zones.map((tz) => {
      const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', env: { ...process.env, TZ: tz } });
      expect(r.status, r.stderr).toBe(0);
      return r.stdout;
    });
    expect(outputs[0]!.length).toBeGreaterThan(1000);
    for (const [i, out] of outputs.entries()) expect(out, zones[i]).toBe(outputs[0]);
  });
});
