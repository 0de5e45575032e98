#!/usr/bin/env node
// Installs the packed tarball into a fresh project, as a user would, and uses it from ESM, CommonJS,
// TypeScript (node16 and bundler resolution, without skipLibCheck) and the `poortwachter` command.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = process.cwd();
const dir = mkdtempSync(join(tmpdir(), 'poortwachter-consumer-'));
const run = (cmd, args) => execFileSync(cmd, args, { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
try {
  const [pack] = JSON.parse(execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', dir], { cwd: root, encoding: 'utf8' }));
  const devVersions = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).devDependencies;
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'commonjs' }));
  run('npm', ['install', '--no-audit', '--no-fund', `./${pack.filename}`, `typescript@${devVersions.typescript}`, `@types/node@${devVersions['@types/node']}`]);
  writeFileSync(
    join(dir, 'esm.mjs'),
    `import { computeTimeline, caseInputJsonSchema } from 'poortwachter';
import { checkScenario } from 'poortwachter/testing';
import { ruleSchema } from 'poortwachter/schema';
const t = computeTimeline({ firstSickDay: '2026-03-02' });
if (t.milestones[0].due !== '2026-04-12' || caseInputJsonSchema.type !== 'object' || typeof checkScenario !== 'function' || typeof ruleSchema.safeParse !== 'function') process.exit(1);
console.log('esm: ok');`,
  );
  writeFileSync(
    join(dir, 'cjs.cjs'),
    `const { computeTimeline, safeComputeTimeline, InvalidInputError } = require('poortwachter');
const r = safeComputeTimeline({ firstSickDay: 'x' });
if (computeTimeline({ firstSickDay: '2026-03-02' }).lastDayOfWachttijd !== '2028-02-27' || !(r.error instanceof InvalidInputError)) process.exit(1);
console.log('cjs: ok');`,
  );
  writeFileSync(
    join(dir, 'use.mts'),
    `import { computeTimeline, createEngine, type CaseInput, type Milestone, type Timeline, PoortwachterError } from 'poortwachter';
import { loadScenarios, type Scenario } from 'poortwachter/testing';
const input: CaseInput = { firstSickDay: '2026-03-02', events: [{ type: 'completed', milestone: 'probleemanalyse', date: '2026-04-01' }] };
const t: Timeline = createEngine().compute(input, { explain: true });
const m: Milestone | undefined = computeTimeline(input).milestones.find((x) => x.id === 'plan-van-aanpak');
const s: Scenario[] = typeof loadScenarios === 'function' ? [] : [];
export { t, m, s, PoortwachterError };`,
  );
  for (const [module, resolution] of [['node16', 'node16'], ['esnext', 'bundler']]) {
    writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions: { module, moduleResolution: resolution, strict: true, noEmit: true, types: ['node'] }, files: ['use.mts'] }));
    run(join(dir, 'node_modules/.bin/tsc'), ['-p', '.']);
    console.log(`typescript (${resolution}): ok`);
  }
  process.stdout.write(run('node', ['esm.mjs']) + run('node', ['cjs.cjs']));
  const table = run(join(dir, 'node_modules/.bin/poortwachter'), ['timeline', '--first-sick-day', '2026-03-02', '--lang', 'en']);
  if (!/2026-12-21 Mon\s+295\s+42nd-week sickness/.test(table)) throw new Error(`unexpected CLI output:\n${table}`);
  console.log('bin: ok');
  console.log(`consumer check: ${pack.filename} installs and works from ESM, CommonJS, TypeScript and the command line`);
} catch (e) {
  console.error(`consumer check failed: ${e.message}\n${e.stdout ?? ''}${e.stderr ?? ''}`);
  process.exitCode = 1;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
