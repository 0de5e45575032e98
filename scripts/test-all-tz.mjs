#!/usr/bin/env node
// Runs the whole vitest suite once per time zone: results must not depend on the machine's TZ.
// UTC, Europe/Amsterdam (the law's own zone, with DST) and Pacific/Kiritimati (UTC+14, the earliest
// zone on earth: a Date-based bug shows up there as an off-by-one day).
// Prints one closing line "N passed, N failed" over all runs and exits non-zero on any failure.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const zones = (process.env.POORTWACHTER_TEST_TZS ?? 'UTC,Europe/Amsterdam,Pacific/Kiritimati').split(',');
const extra = process.argv.slice(2);
const dir = mkdtempSync(join(tmpdir(), 'poortwachter-tz-'));
let passed = 0;
let failed = 0;
let broken = false;
for (const tz of zones) {
  const out = join(dir, `${tz.replace(/\//g, '_')}.json`);
  process.stdout.write(`\n=== TZ=${tz} ===\n`);
  const r = spawnSync('npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${out}`, ...extra], {
    stdio: 'inherit',
    env: { ...process.env, TZ: tz },
  });
  try {
    const report = JSON.parse(readFileSync(out, 'utf8'));
    passed += report.numPassedTests;
    // A suite that fails to load has no failed tests, but it is a failure all the same.
    failed += report.numFailedTests + report.numFailedTestSuites;
    if (report.numTotalTests === 0) broken = true;
  } catch {
    broken = true;
  }
  if (r.status !== 0) broken = true;
}
rmSync(dir, { recursive: true, force: true });
process.stdout.write(`\nAll time zones (${zones.join(', ')}):\n${passed} passed, ${failed} failed\n`);
process.exit(broken || failed > 0 ? 1 : 0);
