#!/usr/bin/env node
// A profiling run, not a benchmark: the bench's cases computed over and over, for
// `node --cpu-prof bench/profile.mjs` (PROFILE=explain for the explained timeline, PROFILE=baseline for the floor).
import { createEngine } from 'poortwachter';
import { baseline, makeCases } from './cases.mjs';

const cases = makeCases(Number(process.env.BENCH_CASES ?? 30_000));
const engine = createEngine();
const mode = process.env.PROFILE ?? 'full';
const fn = mode === 'baseline' ? baseline : mode === 'explain' ? (c) => engine.compute(c, { explain: true }) : (c) => engine.compute(c);
const t = performance.now();
for (let r = 0; r < Number(process.env.BENCH_ROUNDS ?? 10); r++) for (const c of cases) fn(c);
console.log(`${mode}: ${(performance.now() - t).toFixed(0)} ms`);
