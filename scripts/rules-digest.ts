// The SHA-256 of the built-in law (every file of rules/, as the canonical JSON of src/receipt/canonical.ts:
// keys sorted, no whitespace), computed when the library is built (tsup.config.ts) or tested
// (vitest.config.ts) and compiled in as __RULES_DIGEST__, so that no timeline pays for hashing 130 KB of
// rules at run time. A timeline's receipt.rules is this digest, or, with rule packs of one's own, the
// SHA-256 of it plus the packs.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { canonicalJson } from '../src/receipt/canonical.js';

/** The built-in law as one object: `{ milestones: { <file>: rule }, parameters, regimes, sources }`. */
function builtInLaw(root: string): unknown {
  const read = (p: string): unknown => JSON.parse(readFileSync(join(root, p), 'utf8'));
  const milestones: Record<string, unknown> = {};
  for (const f of readdirSync(join(root, 'rules/milestones')).filter((f) => f.endsWith('.json')).sort()) milestones[f] = read(`rules/milestones/${f}`);
  return { milestones, parameters: read('rules/parameters.json'), regimes: read('rules/regimes.json'), sources: read('rules/sources.json') };
}

export function rulesDigest(root = '.'): string {
  return createHash('sha256').update(canonicalJson(builtInLaw(root))).digest('hex');
}
