/**
 * The check of the built-in law that the build runs (tsup.config.ts) and the tests repeat: every bundled
 * file (rules, sources, parameters, regimes) passes its zod schema, zod's output is the file itself (so
 * that the engine may use the bundled file without running the schema), and the rules load and order
 * as an engine loads them. It throws the `InvalidRuleError` an engine would have thrown.
 */
import { isDeepStrictEqual } from 'node:util';
import { InvalidRuleError } from '../errors.js';
import { BUILTIN_PARAMETERS, BUILTIN_REGIMES, BUILTIN_RULE_FILES, BUILTIN_SOURCES } from './builtin.js';
import { buildLaw } from './law.js';
import { compileRule, orderRules } from './load.js';
import { parametersFileSchema, regimesFileSchema, ruleSchema, sourcesFileSchema } from './schema.js';

/**
 * zod's output must equal the file. `ordered` (default: the whole value) must also list its keys in the
 * same order: the order of a timing's inputs orders the rules, and so the milestones of a day. A rule's
 * top-level fields are read by name only, so there zod's order (the schema's) may differ from the file's.
 */
function sameAsParsed<T>(file: string, parsed: T, raw: unknown, ordered: (v: T) => unknown = (v) => v): void {
  if (!isDeepStrictEqual(parsed, raw) || JSON.stringify(ordered(parsed)) !== JSON.stringify(ordered(raw as T))) {
    throw new InvalidRuleError(file, [{ code: 'schema_changes_file', path: [], message: "the schema's output differs from the file: the engine, which uses the bundled file as it is, would read something else" }]);
  }
}

export function checkBuiltinLaw(): void {
  const law = buildLaw({ sources: sourcesFileSchema, parameters: parametersFileSchema, regimes: regimesFileSchema });
  sameAsParsed('rules/sources.json', sourcesFileSchema.parse(BUILTIN_SOURCES), BUILTIN_SOURCES);
  sameAsParsed('rules/parameters.json', parametersFileSchema.parse(BUILTIN_PARAMETERS), BUILTIN_PARAMETERS);
  sameAsParsed('rules/regimes.json', regimesFileSchema.parse(BUILTIN_REGIMES), BUILTIN_REGIMES);
  const rules = BUILTIN_RULE_FILES.map((f) => {
    const rule = compileRule(f.file, f.data, true, law, ruleSchema);
    sameAsParsed(f.file, ruleSchema.parse(f.data), f.data, (r) => [r.applies, r.completedBy, r.versions]);
    return rule;
  });
  orderRules(rules);
}
