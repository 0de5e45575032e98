// Small builders shared by several test files.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

// The ids of the tests' own rule packs, declared as a user declares the ids of theirs (README, "Typed
// milestone ids"): without this, comparing a milestone's id with them is a type error.
declare module '../src/index.js' {
  interface CustomMilestoneIds {
    casemanager: true;
    kept: true;
  }
}

/** A rule of one's own (label `own`) with one open version and the given timing. */
export function ownRule(id: string, timing: unknown, extra: Record<string, unknown> = {}): unknown {
  return {
    id,
    title: { nl: id, en: id },
    responsible: ['werkgever'],
    label: 'own',
    kind: 'action',
    applies: { all: [] },
    versions: [{ version: 'v1', validFrom: '2002-04-01', validTo: null, selectBy: 'firstSickDay', timing, basis: [] }],
    ...extra,
  };
}

/** Every `.ts` file below `dir`. */
export function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const n of readdirSync(dir)) {
    const p = join(dir, n);
    if (statSync(p).isDirectory()) out.push(...sourceFiles(p));
    else if (p.endsWith('.ts')) out.push(p);
  }
  return out;
}
