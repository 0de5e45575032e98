#!/usr/bin/env node
// Allocation of `engine.compute` per case (issue 14), run by `npm run bench` in a process of its own:
//   node --expose-gc --min-semi-space-size=128 --max-semi-space-size=128 bench/alloc.mjs
// V8 does not count allocated bytes for us, so: warm up, collect garbage, then compute a batch of cases
// with a young generation large enough that no collection runs in between (a `gc` performance observer
// checks that none did, else the figure is refused), and divide the growth of the used heap by the number
// of cases. That is every byte the computation allocated on the JS heap, the returned timeline included.
import { PerformanceObserver } from 'node:perf_hooks';
import { createEngine } from 'poortwachter';
import { makeCases } from './cases.mjs';

const BATCH = 1000;
let collections = 0;
const observer = new PerformanceObserver((list) => (collections += list.getEntries().length));
observer.observe({ entryTypes: ['gc'] });

const engine = createEngine();
const cases = makeCases(BATCH);
const variants = { full: (c) => engine.compute(c), explain: (c) => engine.compute(c, { explain: true }) };
const out = {};
for (const [name, fn] of Object.entries(variants)) {
  for (let r = 0; r < 3; r++) for (const c of cases) fn(c); // optimised code, caches filled
  const sizes = [];
  for (let r = 0; r < 5; r++) {
    globalThis.gc();
    await new Promise((resolve) => setTimeout(resolve, 0)); // let the observer see that collection
    const seen = collections;
    const before = process.memoryUsage().heapUsed;
    for (const c of cases) fn(c);
    const grown = process.memoryUsage().heapUsed - before;
    await new Promise((resolve) => setTimeout(resolve, 0));
    if (collections === seen) sizes.push(grown / BATCH);
  }
  sizes.sort((a, b) => a - b);
  out[name] = sizes.length === 0 ? null : sizes[Math.floor(sizes.length / 2)];
}
observer.disconnect();
console.log(JSON.stringify(out));
