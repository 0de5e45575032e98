#!/usr/bin/env node
// Runs every example in examples/ against the built package and checks that what it prints is the
// output written in its "// Output:" comment (so the examples in the docs cannot go stale).
// A *.test.mjs example is run with node's test runner and must pass.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

let failed = 0;
let passed = 0;
for (const file of readdirSync('examples').filter((f) => f.endsWith('.mjs')).sort()) {
  const path = `examples/${file}`;
  const isTest = file.endsWith('.test.mjs');
  const r = spawnSync(process.execPath, isTest ? ['--test', path] : [path], { encoding: 'utf8' });
  let ok = r.status === 0;
  let why = r.stderr.trim().split('\n').slice(-5).join('\n');
  if (ok && !isTest) {
    const source = readFileSync(path, 'utf8');
    const marker = source.indexOf('// Output:\n');
    const expected = source
      .slice(marker + '// Output:\n'.length)
      .split('\n')
      .filter((l) => l.startsWith('//'))
      .map((l) => l.replace(/^\/\/ ?/, ''))
      .join('\n')
      .trim();
    ok = marker >= 0 && r.stdout.trim() === expected;
    why = marker < 0 ? 'no // Output: block' : `printed:\n${r.stdout}\nexpected:\n${expected}`;
  }
  if (ok) passed++;
  else failed++;
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${path}${ok ? '' : `\n${why}`}`);
}
console.log(`examples: ${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
