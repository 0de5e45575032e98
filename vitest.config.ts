import { readFileSync } from 'node:fs';
import { defineConfig } from 'vitest/config';
import { rulesDigest } from './scripts/rules-digest.js';

const pkg = JSON.parse(readFileSync('./package.json', 'utf8')) as { version: string };

export default defineConfig({
  // The same constants as the build (tsup.config.ts): the package version and the digest of rules/.
  define: { __PACKAGE_VERSION__: JSON.stringify(pkg.version), __RULES_DIGEST__: JSON.stringify(rulesDigest()) },
  test: {
    include: ['test/**/*.test.ts'],
    // Property and fuzz suites run thousands of cases; give them room on a 2-core CI machine.
    testTimeout: 60_000,
    pool: 'forks',
  },
});
