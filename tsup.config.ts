import { readFileSync } from 'node:fs';
import { defineConfig } from 'tsup';

const pkg = JSON.parse(readFileSync('./package.json', 'utf8')) as { version: string };

export default defineConfig([
  {
    entry: { index: 'src/index.ts', testing: 'src/testing.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    clean: true,
    target: 'node20',
    // The rule files are bundled (JSON imports); the runtime dependencies stay external.
    external: ['zod', 'luxon', 'json-rules-engine'],
  },
  {
    entry: { cli: 'src/cli.ts' },
    format: ['esm'],
    target: 'node20',
    banner: { js: '#!/usr/bin/env node' },
    define: { __PACKAGE_VERSION__: JSON.stringify(pkg.version) },
    external: ['zod', 'luxon', 'json-rules-engine'],
  },
]);
