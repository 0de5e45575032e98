#!/usr/bin/env node
// The timing of the benchmark's ratio (issue 14), one process of several: `npm run bench` launches it
// BENCH_PROCESSES times, one after another, and reports the process whose ratio is the median.
//   node bench/timing.mjs        (BENCH_CASES, BENCH_ROUNDS, BENCH_CLOCK as for bench.mjs)
// Prints one JSON line: how many cases were checked, and µs per case of the baseline, the full timeline and
// the timeline with explanations. The cases are bench/cases.mjs's, made from a fixed seed (the same in every
// process); every one of them is checked against the baseline before anything is timed.
//
// Why several processes: one process's ratio depends on that process's luck as much as on the code (where
// V8 places the heap, what it inlines, what the other tenants of a shared machine do meanwhile). On this
// project's machine one process of unchanged code gives anything from 1.72× to 2.09×; the rounds within a
// process agree far better than the processes do. The median of several processes is the code's figure;
// a host busy with other work meanwhile moves all of them (bench.mjs warns when they disagree widely).
import { fileURLToPath } from 'node:url';
import { createEngine } from 'poortwachter';
import { baseline, makeCases } from './cases.mjs';

export const CASES = Number(process.env.BENCH_CASES ?? 100_000);
export const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);

// What a round costs: CPU time of this process (process.cpuUsage, all its threads: the collector's
// helpers included) by default, because on a shared machine wall-clock time also counts the time spent
// waiting for a core, which moves the ratio by a factor; BENCH_CLOCK=wall for wall-clock time.
export const CLOCK = process.env.BENCH_CLOCK === 'wall' ? 'wall' : 'cpu';
function now() {
  if (CLOCK === 'wall') return Number(process.hrtime.bigint()) / 1000;
  const u = process.cpuUsage();
  return u.user + u.system;
}

/**
 * Median µs per case of each function. The rounds alternate between the functions, so that a machine
 * that speeds up or slows down during the run (a shared CPU) moves all of them alike and the ratio holds.
 */
export function timeAll(fns, cases, rounds = ROUNDS) {
  // One untimed pass first, so that JIT compilation is not measured as if it were the steady state.
  for (const fn of fns) for (let i = 0; i < cases.length; i++) fn(cases[i]);
  const results = fns.map(() => []);
  for (let r = 0; r < rounds; r++) {
    fns.forEach((fn, f) => {
      const t = now();
      let sink = 0;
      for (let i = 0; i < cases.length; i++) sink += fn(cases[i]) === undefined ? 0 : 1;
      const us = now() - t;
      if (sink !== cases.length) throw new Error('a case failed');
      results[f].push(us);
    });
  }
  return results.map((us) => {
    us.sort((a, b) => a - b);
    return us[Math.floor(us.length / 2)] / cases.length;
  });
}

/**
 * Checks that every case of `list` is valid and that `engine` agrees with the baseline on every date both
 * compute (throws otherwise); returns how many were checked. Run before the timing, so that the timed
 * loops do nothing but compute.
 */
export function check(engine, list) {
  for (const c of list) {
    const due = new Map(engine.compute(c).milestones.map((m) => [m.id, m.due]));
    const b = baseline(c);
    for (const id of Object.keys(b)) {
      if (!due.has(id)) throw new Error(`the engine has no ${id} for ${JSON.stringify(c)}`);
      if (due.get(id) !== b[id]) throw new Error(`baseline and engine differ on ${id} for ${JSON.stringify(c)}: ${b[id]} vs ${due.get(id)}`);
    }
  }
  return list.length;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const cases = makeCases(CASES);
  const engine = createEngine();
  const checked = check(engine, cases);
  // The baseline, the full timeline, and the timeline with every explanation recorded in the same pass.
  const [baseUs, fullUs, explainUs] = timeAll([baseline, (c) => engine.compute(c), (c) => engine.compute(c, { explain: true })], cases);
  console.log(JSON.stringify({ checked, baseUs, fullUs, explainUs }));
}
