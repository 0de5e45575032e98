// The engine uses the bundled rule files without running the rule schema (src/rules/load.ts,
// getBuiltinRules; src/rules/law.ts, buildLaw): that is sound only while the build's check passes. The
// build runs it (tsup.config.ts); so does this test, and it checks that what the engine uses is what the
// validating path gives.
import { describe, expect, test } from 'vitest';
import { BUILTIN_RULE_FILES } from '../src/rules/builtin.js';
import { checkBuiltinLaw } from '../src/rules/check-builtin.js';
import { buildLaw, getLaw } from '../src/rules/law.js';
import { compileRule, getBuiltinRules } from '../src/rules/load.js';
import { parametersFileSchema, regimesFileSchema, sourcesFileSchema } from '../src/rules/schema.js';

describe('the built-in law, checked when built and trusted when run', () => {
  test('every bundled file passes its schema, and zod gives back the file itself', () => {
    expect(() => checkBuiltinLaw()).not.toThrow();
  });

  test('the trusted rules are the validated ones, field by field', () => {
    const validated = BUILTIN_RULE_FILES.map((f) => compileRule(f.file, f.data, true, getLaw()));
    const trusted = getBuiltinRules();
    expect(trusted.map((r) => r.id)).toEqual(validated.map((r) => r.id));
    const plain = (r: (typeof trusted)[number]): unknown => ({ ...r, applies: undefined, versions: r.versions.map((v) => ({ ...v, when: undefined })) });
    trusted.forEach((r, i) => expect(plain(r)).toEqual(plain(validated[i]!)));
  });

  test('the trusted law equals the validated one', () => {
    const validated = buildLaw({ sources: sourcesFileSchema, parameters: parametersFileSchema, regimes: regimesFileSchema });
    const trusted = getLaw();
    expect(trusted.sources).toEqual(validated.sources);
    expect(trusted.parameters).toEqual(validated.parameters);
    expect(trusted.regimes).toEqual(validated.regimes);
    for (const day of [11_778, 13_000, 15_000, 16_800, 19_500, 20_500]) expect(trusted.parametersAt(day)).toEqual(validated.parametersAt(day));
  });
});
