import { readFileSync } from 'node:fs';
import { defineConfig } from 'tsup';
import { rulesDigest } from './scripts/rules-digest.js';
import { checkBuiltinLaw } from './src/rules/check-builtin.js';

// The built-in law is checked by its schemas here, when the package is built: the engine then uses the
// bundled files as they are, without loading or running those schemas (src/rules/check-builtin.ts).
checkBuiltinLaw();

const pkg = JSON.parse(readFileSync('./package.json', 'utf8')) as { version: string };

export default defineConfig({
  // The CLI shares the library's chunks instead of carrying a second copy; its shebang comes from the
  // source file. The rule files and JSON Schemas are bundled (JSON imports).
  entry: { index: 'src/index.ts', schema: 'src/schema.ts', testing: 'src/testing.ts', signals: 'src/signals.ts', cli: 'src/cli.ts' },
  format: ['esm', 'cjs'],
  dts: { entry: { index: 'src/index.ts', schema: 'src/schema.ts', testing: 'src/testing.ts', signals: 'src/signals.ts' } },
  splitting: true,
  sourcemap: false,
  clean: true,
  target: 'node20',
  define: { __PACKAGE_VERSION__: JSON.stringify(pkg.version), __RULES_DIGEST__: JSON.stringify(rulesDigest()) },
  external: ['zod', 'json-rules-engine'],
  // import.meta.url in the CommonJS build (rules/load-zod.ts resolves zod from this package's files).
  shims: true,
});
