#!/usr/bin/env node
// The published tarball holds only what users need: the build, the rules, the JSON Schemas and the
// documents. Prints its size and file count; fails on anything else (tests, sources, scripts, maps).
import { execFileSync } from 'node:child_process';

const [pack] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { encoding: 'utf8' }));
const allowed = [/^dist\/[^/]+\.(c?js|d\.c?ts)$/, /^rules\/(milestones\/)?[a-z0-9-]+\.json$/, /^schema\/[a-z]+\.schema\.json$/, /^(README|KNOWN_DEVIATIONS)\.md$/, /^LICENSE$/, /^package\.json$/];
const unexpected = pack.files.map((f) => f.path).filter((p) => !allowed.some((re) => re.test(p)));
const needed = ['dist/index.js', 'dist/index.cjs', 'dist/index.d.ts', 'dist/index.d.cts', 'dist/cli.js', 'dist/testing.js', 'dist/schema.js', 'dist/schema.d.ts', 'rules/sources.json', 'rules/parameters.json', 'schema/rule.schema.json', 'schema/case.schema.json', 'README.md', 'LICENSE'];
const missing = needed.filter((p) => !pack.files.some((f) => f.path === p));
console.log(`npm pack: ${pack.filename}, ${pack.entryCount} files, ${(pack.size / 1024).toFixed(1)} KiB packed, ${(pack.unpackedSize / 1024).toFixed(1)} KiB unpacked`);
if (unexpected.length > 0) console.error(`not for users: ${unexpected.join(', ')}`);
if (missing.length > 0) console.error(`missing: ${missing.join(', ')}`);
process.exit(unexpected.length > 0 || missing.length > 0 ? 1 : 0);
