/**
 * zod, loaded when a rule pack of the caller's has to be checked, and not before. The main entry imports
 * no zod: loading it costs about 60 ms, more than a whole cold start may (issue 14), and a timeline of
 * the built-in law never needs it (the built-in files are checked when the package is built). A pack is
 * checked by the rule schema, which is zod, so the first pack loads it, synchronously, through the
 * runtime's CommonJS loader (`process.getBuiltinModule`: Node from 20.16, Deno, Bun). Nothing is loaded
 * again: the module is cached by that loader, and the schemas built from it by `ruleSchemas`.
 *
 * A runtime without a synchronous loader (a browser, Node before 20.16) gets `RULE_SCHEMA_UNAVAILABLE`,
 * which says what to do: pass the rule schema of `poortwachter/schema` in the engine options.
 */
import { PoortwachterError } from '../errors.js';
import type { Zod } from '../model/primitive-schemas.js';

type Require = (id: string) => unknown;
type ModuleBuiltin = { createRequire(from: string): Require };

/**
 * The file this code runs from: the loader resolves `zod` from there (this package's dependency). The
 * CommonJS build gets `import.meta.url` from tsup's shim (`shims` in tsup.config.ts).
 */
const here = (): string => import.meta.url;

/** zod, or `undefined` where it cannot be loaded synchronously. */
export function loadZod(): Zod | undefined {
  const processLike = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process;
  const builtin = typeof processLike?.getBuiltinModule === 'function' ? (processLike.getBuiltinModule('node:module') as ModuleBuiltin | undefined) : undefined;
  if (builtin === undefined) return undefined;
  return builtin.createRequire(here())('zod') as Zod;
}

export const NO_ZOD_MESSAGE =
  "checking a rule pack needs zod, which this runtime cannot load on demand (a browser, or Node before 20.16): pass the rule schema, createEngine({ rules, ruleSchema }) with import { ruleSchema } from 'poortwachter/schema'";

/** zod for a rule pack, or the error that says how to provide the schema instead. */
export function requireZod(): Zod {
  const z = loadZod();
  if (z === undefined) throw new PoortwachterError('RULE_SCHEMA_UNAVAILABLE', NO_ZOD_MESSAGE, ['rules']);
  return z;
}
