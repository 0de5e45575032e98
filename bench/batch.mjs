#!/usr/bin/env node
// npm run bench:batch: the throughput of `poortwachter batch` as a nightly job runs it: an NDJSON file of
// BATCH_CASES synthetic cases (the first sick day and a few recorded events each), through the built CLI
// with --workers 1 and --workers 2, output to a file. Prints cases per second and what that is per
// 8-hour night. Arguments are passed on to the command (e.g. --without-texts). A benchmark: it asserts
// nothing (but checks that every line came back).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, tmpdir } from 'node:os';
import { join } from 'node:path';

const N = Number(process.env.BATCH_CASES ?? 100_000);
const iso = (d) => new Date(d * 86_400_000).toISOString().slice(0, 10);
let seed = 7;
const rnd = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
const from = Date.UTC(2023, 0, 1) / 86_400_000;
const lines = [];
for (let i = 0; i < N; i++) {
  const f = from + Math.floor(rnd() * 1400);
  const events = [{ type: 'completed', milestone: 'probleemanalyse', date: iso(f + 35 + Math.floor(rnd() * 20)) }];
  if (rnd() < 0.2) events.push({ type: 'recovered', date: iso(f + 60) }, { type: 'sick', date: iso(f + 70) });
  lines.push(JSON.stringify({ caseId: `E-${i}`, firstSickDay: iso(f), events }));
}
const dir = mkdtempSync(join(tmpdir(), 'poortwachter-batch-'));
const input = join(dir, 'cases.ndjson');
writeFileSync(input, `${lines.join('\n')}\n`);
console.log(`poortwachter batch ${process.argv.slice(2).join(' ')}: ${N.toLocaleString('en')} cases (${(statSync(input).size / 1e6).toFixed(1)} MB), node ${process.version}, ${cpus()[0]?.model ?? 'cpu'}, ${availableParallelism()} cores`);
for (const workers of [1, 2]) {
  const out = join(dir, `out-${workers}.ndjson`);
  const start = process.hrtime.bigint();
  const r = spawnSync('sh', ['-c', `"${process.execPath}" dist/cli.js batch "${input}" --as-of 2026-11-22 --workers ${workers} ${process.argv.slice(2).join(' ')} > "${out}"`], { stdio: 'inherit' });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const written = Number(spawnSync('wc', ['-l', out], { encoding: 'utf8' }).stdout.trim().split(' ')[0]);
  const rate = N / seconds;
  console.log(`  --workers ${workers}: ${seconds.toFixed(1)} s, ${Math.round(rate).toLocaleString('en')} cases/s, ${(rate * 8 * 3600 / 1e6).toFixed(0)} million cases in 8 hours; ${(statSync(out).size / 1e6).toFixed(0)} MB written${written === N && r.status === 0 ? '' : ` (WRONG: ${written} lines, exit ${r.status})`}`);
}
rmSync(dir, { recursive: true, force: true });
