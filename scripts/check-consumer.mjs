#!/usr/bin/env node
// Installs the packed tarball into a fresh project, as a user would, and uses it from ESM, CommonJS,
// TypeScript (strict, without skipLibCheck; node16, nodenext, bundler and node10 resolution: a correct
// milestone id compiles, a misspelled one must not, own ids once declared) and the `poortwachter` command.
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
import { evaluateSignals } from 'poortwachter/signals';
const t = computeTimeline({ firstSickDay: '2026-03-02' });
if (t.milestones[0].due !== '2026-04-12' || caseInputJsonSchema.type !== 'object' || typeof checkScenario !== 'function' || typeof ruleSchema.safeParse !== 'function') process.exit(1);
// Day 42 is 2026-04-12: on 2026-05-01 the probleemanalyse is 19 days overdue.
const fired = await evaluateSignals(computeTimeline({ firstSickDay: '2026-03-02', asOf: '2026-05-01' }), [{ conditions: { all: [{ fact: 'milestone', params: { id: 'probleemanalyse' }, path: '$.daysOverdue', operator: 'equal', value: 19 }] }, event: { type: 'late' } }]);
if (fired.length !== 1 || t.receipt.library !== 'poortwachter') process.exit(1);
console.log('esm: ok');`,
  );
  writeFileSync(
    join(dir, 'cjs.cjs'),
    `const { computeTimeline, safeComputeTimeline, InvalidInputError } = require('poortwachter');
const timelineSchema = require('poortwachter/timeline.schema.json');
const r = safeComputeTimeline({ firstSickDay: 'x' });
if (computeTimeline({ firstSickDay: '2026-03-02' }).lastDayOfWachttijd !== '2028-02-27' || !(r.error instanceof InvalidInputError)) process.exit(1);
if (timelineSchema.$id !== 'https://poortwachter.dev/schema/timeline.schema.json' || !timelineSchema.required.includes('milestones')) process.exit(1);
console.log('cjs: ok');`,
  );
  writeFileSync(
    join(dir, 'use.mts'),
    `import { computeTimeline, createEngine, type CaseEvent, type CaseInput, type Milestone, type MilestoneId, type Timeline, PoortwachterError } from 'poortwachter';
import { loadScenarios, type Scenario } from 'poortwachter/testing';
// The ids of an own rule pack, declared as the README says.
declare module 'poortwachter' {
  interface CustomMilestoneIds {
    'eigen-controle': true;
  }
}
const input: CaseInput = { firstSickDay: '2026-03-02', events: [{ type: 'completed', milestone: 'probleemanalyse', date: '2026-04-01' }] };
const own: CaseEvent = { type: 'completed', milestone: 'eigen-controle', date: '2026-04-02' };
const misspelled: CaseEvent = {
  type: 'completed',
  // @ts-expect-error: 'probleemanalyze' is not a MilestoneId (tsc fails if this line compiles)
  milestone: 'probleemanalyze',
  date: '2026-04-01',
};
const t: Timeline = createEngine().compute(input, { explain: true });
const m: Milestone | undefined = computeTimeline(input).milestones.find((x) => x.id === 'plan-van-aanpak');
const id: MilestoneId | undefined = m?.id;
const s: Scenario[] = typeof loadScenarios === 'function' ? [] : [];
export { t, m, s, id, own, misspelled, PoortwachterError };`,
  );
  // node10 (moduleResolution "node", common with module commonjs) reads no exports map: the subpaths and
  // the JSON Schema files must resolve all the same (typesVersions).
  writeFileSync(
    join(dir, 'use-node10.ts'),
    `import { computeTimeline, type CaseEvent } from 'poortwachter';
import { checkScenario } from 'poortwachter/testing';
import { ruleSchema } from 'poortwachter/schema';
import { evaluateSignals } from 'poortwachter/signals';
import caseSchema from 'poortwachter/case.schema.json';
import timelineSchema from 'poortwachter/timeline.schema.json';
const misspelled: CaseEvent = {
  type: 'deviation',
  // @ts-expect-error: 'plan-van-aanpk' is not a MilestoneId
  milestone: 'plan-van-aanpk',
  due: '2026-05-01',
  reason: 'agreed',
};
export const ok: boolean = computeTimeline({ firstSickDay: '2026-03-02' }).milestones.length > 0 && typeof evaluateSignals === 'function' && typeof checkScenario === 'function' && typeof ruleSchema.parse === 'function' && caseSchema.type === 'object' && timelineSchema.type === 'object';
export { misspelled };`,
  );
  const configs = [
    ['node16', { module: 'node16', moduleResolution: 'node16' }, 'use.mts'],
    ['nodenext', { module: 'nodenext', moduleResolution: 'nodenext' }, 'use.mts'],
    ['bundler', { module: 'esnext', moduleResolution: 'bundler' }, 'use.mts'],
    ['node10', { module: 'commonjs', moduleResolution: 'node10', resolveJsonModule: true, esModuleInterop: true }, 'use-node10.ts'],
  ];
  for (const [name, options, file] of configs) {
    writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions: { ...options, strict: true, noEmit: true, types: ['node'] }, files: [file] }));
    run(join(dir, 'node_modules/.bin/tsc'), ['-p', '.']);
    console.log(`typescript (${name}, strict): ok`);
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
