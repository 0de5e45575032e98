import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Property and fuzz suites run thousands of cases; give them room on a 2-core CI machine.
    testTimeout: 60_000,
    pool: 'forks',
  },
});
