/**
 * The receipt every timeline carries: which library and version computed it, and a SHA-256 of the rule
 * set it used (the built-in law plus any rule packs of one's own), so that a stored date can be traced
 * to the exact rules. Same rules, same digest, run after run; a pack added, another digest.
 */
import type { Timeline } from '../model/timeline-schema.js';
import { canonicalJson } from './canonical.js';
import { sha256Hex } from './sha256.js';

/** Compiled in by tsup and vitest (scripts/rules-digest.ts): the digest of the files in `rules/`. */
declare const __RULES_DIGEST__: string;
declare const __PACKAGE_VERSION__: string;

export const VERSION: string = __PACKAGE_VERSION__;

/** The receipt for the built-in law plus `packs` (the rule objects as validated, in the order given). */
export function receiptFor(packs: readonly unknown[]): Timeline['receipt'] {
  const rules = packs.length === 0 ? __RULES_DIGEST__ : sha256Hex(`${__RULES_DIGEST__}\n${canonicalJson(packs)}`);
  return Object.freeze({ library: 'poortwachter' as const, version: VERSION, rules });
}
