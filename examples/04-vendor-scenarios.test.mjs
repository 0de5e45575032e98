// 04: an HR vendor's own test suite: legal scenarios kept as data files, checked against poortwachter
// with node's test runner (vitest works the same way).
// Run: node --test examples/04-vendor-scenarios.test.mjs
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { checkScenario, loadScenarios } from 'poortwachter/testing';

const dir = fileURLToPath(new URL('./scenarios', import.meta.url));
for (const scenario of loadScenarios(dir)) {
  test(scenario.name, () => checkScenario(scenario).assert());
}
