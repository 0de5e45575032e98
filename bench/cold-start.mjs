#!/usr/bin/env node
// The cold start (issue 14): a fresh process that imports poortwachter and computes one timeline, against
// a bare `node -e ''`, each launched COLD_RUNS times (15 by default), alternating, so that a shared
// machine's drift moves both alike. Wall-clock time of whole processes (start to exit), median of each;
// the figure is the difference. Each process also reports the CPU time it used (process.cpuUsage at its
// end, all threads): on a loaded machine wall-clock time includes waiting for a core, CPU time does not.
// Run by `npm run bench`; on its own: `node bench/cold-start.mjs` (one JSON line with --json).
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const RUNS = Number(process.env.COLD_RUNS ?? 15);
// COLD_ROOT: another checkout (built) to measure, e.g. an earlier commit for a comparison.
const root = process.env.COLD_ROOT ?? fileURLToPath(new URL('..', import.meta.url));
const CPU = 'const u = process.cpuUsage(); console.log(u.user + u.system);';
const BARE = ['-e', CPU];
const FIRST = ['--input-type=module', '-e', `import { computeTimeline } from 'poortwachter'; computeTimeline({ firstSickDay: '2026-03-02' }); ${CPU}`];

/** Wall-clock ms of the whole process, and the CPU ms it reported. */
function launch(args) {
  const t = process.hrtime.bigint();
  const r = spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8' });
  const ms = Number(process.hrtime.bigint() - t) / 1e6;
  if (r.status !== 0) throw new Error(`${args.join(' ')} failed: ${r.stderr}`);
  return { ms, cpuMs: Number(r.stdout.trim()) / 1000 };
}
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 === 1 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

export function measureColdStart(runs = RUNS) {
  const bare = [];
  const first = [];
  launch(BARE); // warms the file system cache for both
  launch(FIRST);
  for (let i = 0; i < runs; i++) {
    bare.push(launch(BARE));
    first.push(launch(FIRST));
  }
  const m = (list, key) => median(list.map((r) => r[key]));
  return { bareMs: m(bare, 'ms'), firstMs: m(first, 'ms'), coldMs: m(first, 'ms') - m(bare, 'ms'), coldCpuMs: m(first, 'cpuMs') - m(bare, 'cpuMs'), runs };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const r = measureColdStart();
  if (process.argv.includes('--json')) console.log(JSON.stringify(r));
  else console.log(`cold start: ${r.coldMs.toFixed(1)} ms beyond a bare node (import + first timeline ${r.firstMs.toFixed(1)} ms, bare node ${r.bareMs.toFixed(1)} ms; CPU time ${r.coldCpuMs.toFixed(1)} ms beyond; medians of ${r.runs} launches each)`);
}
