#!/usr/bin/env node
// The published tarball holds only what users need: the build, the rules, the JSON Schemas and the
// documents. Prints its size and file count; fails on anything else (tests, sources, scripts, maps).
// Then packs it for real (from the existing build, so run `npm run build` first), checks that its
// package.json has no install scripts, and runs @arethetypeswrong/cli on the tarball: every entry point
// must resolve to the right types in every module resolution TypeScript has, node10 included (attw reads
// a local tarball without the network).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const [pack] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { encoding: 'utf8' }));
const allowed = [/^dist\/[^/]+\.(c?js|d\.c?ts)$/, /^rules\/(milestones\/)?[a-z0-9-]+\.json$/, /^schema\/[a-z]+\.schema\.json$/, /^(README|KNOWN_DEVIATIONS|CHANGELOG)\.md$/, /^LICENSE$/, /^package\.json$/];
const unexpected = pack.files.map((f) => f.path).filter((p) => !allowed.some((re) => re.test(p)));
const needed = ['dist/index.js', 'dist/index.cjs', 'dist/index.d.ts', 'dist/index.d.cts', 'dist/cli.js', 'dist/testing.js', 'dist/signals.js', 'dist/signals.d.ts', 'dist/schema.js', 'dist/schema.d.ts', 'rules/sources.json', 'rules/parameters.json', 'schema/rule.schema.json', 'schema/case.schema.json', 'schema/timeline.schema.json', 'README.md', 'CHANGELOG.md', 'LICENSE'];
const missing = needed.filter((p) => !pack.files.some((f) => f.path === p));
console.log(`npm pack: ${pack.filename}, ${pack.entryCount} files, ${(pack.size / 1024).toFixed(1)} KiB packed, ${(pack.unpackedSize / 1024).toFixed(1)} KiB unpacked`);
if (unexpected.length > 0) console.error(`not for users: ${unexpected.join(', ')}`);
if (missing.length > 0) console.error(`missing: ${missing.join(', ')}`);
let failed = unexpected.length > 0 || missing.length > 0;

const dir = mkdtempSync(join(tmpdir(), 'poortwachter-pack-'));
try {
  const [packed] = JSON.parse(execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', dir], { encoding: 'utf8' }));
  const tarball = join(dir, packed.filename);
  // A consumer's install runs no script of ours: npm would warn, and --ignore-scripts would change the result.
  execFileSync('tar', ['-xzf', tarball, '-C', dir, 'package/package.json']);
  const scripts = JSON.parse(readFileSync(join(dir, 'package', 'package.json'), 'utf8')).scripts ?? {};
  const installScripts = ['preinstall', 'install', 'postinstall', 'prepare'].filter((s) => s in scripts);
  if (installScripts.length > 0) {
    console.error(`install scripts in the packed package.json: ${installScripts.join(', ')}`);
    failed = true;
  } else console.log('packed package.json: no install scripts');
  try {
    // strict: node10, node16 from CommonJS and from ESM, and bundler; a problem in any exits non-zero.
    const out = execFileSync(join('node_modules', '.bin', 'attw'), [tarball, '--profile', 'strict', '--format', 'table-flipped', '--no-color', '--no-emoji'], { encoding: 'utf8' });
    console.log(`attw: no problems in any resolution mode\n${out.trim()}`);
  } catch (e) {
    console.error(`attw found problems:\n${e.stdout ?? ''}${e.stderr ?? ''}`);
    failed = true;
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);
