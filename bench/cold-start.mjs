#!/usr/bin/env node
// The cold start (issue 14): a fresh process that imports poortwachter and computes one timeline, against
// a bare `node -e ''`, each launched COLD_RUNS times (15 by default), alternating, so that a shared
// machine's drift moves both alike. Wall-clock time of whole processes (start to exit), median of each;
// the figure is the difference. Run by `npm run bench`; on its own: `node bench/cold-start.mjs`
// (it prints one JSON line with --json).
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const RUNS = Number(process.env.COLD_RUNS ?? 15);
const root = fileURLToPath(new URL('..', import.meta.url));
const FIRST = "import { computeTimeline } from 'poortwachter'; computeTimeline({ firstSickDay: '2026-03-02' });";

function launch(args) {
  const t = process.hrtime.bigint();
  const r = spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8' });
  const ms = Number(process.hrtime.bigint() - t) / 1e6;
  if (r.status !== 0) throw new Error(`${args.join(' ')} failed: ${r.stderr}`);
  return ms;
}
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 === 1 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

export function measureColdStart(runs = RUNS) {
  const bare = [];
  const first = [];
  launch(['-e', '']); // warms the file system cache for both
  launch(['--input-type=module', '-e', FIRST]);
  for (let i = 0; i < runs; i++) {
    bare.push(launch(['-e', '']));
    first.push(launch(['--input-type=module', '-e', FIRST]));
  }
  return { bareMs: median(bare), firstMs: median(first), coldMs: median(first) - median(bare), runs };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const r = measureColdStart();
  if (process.argv.includes('--json')) console.log(JSON.stringify(r));
  else console.log(`cold start: ${r.coldMs.toFixed(1)} ms beyond a bare node (import + first timeline ${r.firstMs.toFixed(1)} ms, bare node ${r.bareMs.toFixed(1)} ms; medians of ${r.runs} launches each)`);
}
