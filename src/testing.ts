/**
 * `poortwachter/testing`: legal scenarios as data files, checked against poortwachter. HR vendors keep
 * their own scenarios (with the source of every expected value) and run them with vitest or node's test
 * runner:
 *
 * ```ts
 * import { test } from 'node:test';
 * import { loadScenarios, checkScenario } from 'poortwachter/testing';
 * for (const s of loadScenarios('scenarios')) test(s.name, () => checkScenario(s).assert());
 * ```
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import * as z from 'zod';
import { getDefaultEngine } from './defaults.js';
import { createEngine, type Engine } from './engine.js';
import { InvalidInputError } from './errors.js';
import { isoDateSchema as isoDate } from './model/primitives.js';
import { EXTENSION_CAUSES, STATUSES, type Timeline } from './model/timeline-schema.js';

export const scenarioSchema = z.strictObject({
  $schema: z.string().optional(),
  name: z.string().min(1),
  /** Where the expected values come from: an article, a published example, a reference table. */
  source: z.strictObject({
    title: z.string().min(1),
    articles: z.array(z.string()).optional(),
    url: z.string().url().optional(),
    note: z.string().optional(),
  }),
  input: z.unknown(),
  /** A rule pack of one's own to add (`computeTimeline(input, { rules })`). */
  rules: z.array(z.unknown()).optional(),
  expect: z
    .strictObject({
      regime: z.string().optional(),
      firstSickDay: isoDate.optional(),
      lastDayOfWachttijd: isoDate.nullable().optional(),
      wiaStart: isoDate.nullable().optional(),
      endOfWagePayment: isoDate.optional(),
      countedDaysAsOf: z.number().int().optional(),
      review: z.boolean().optional(),
      /** The periods of sickness of the current chain, in order (every period, with the fields given). */
      periods: z
        .array(
          z.strictObject({
            start: isoDate,
            end: isoDate.nullable().optional(),
            countedDays: z.number().int().nullable().optional(),
            /** Fit days before it that were added to the chain; `null` for the first period. */
            gapBeforeDays: z.number().int().nullable().optional(),
            partialRecoveries: z.array(isoDate).optional(),
          }),
        )
        .optional(),
      /** The pregnancy leave inside the chain, in order. */
      leave: z.array(z.strictObject({ start: isoDate, end: isoDate })).optional(),
      /** The extensions of wage payment, in order. */
      extensions: z.array(z.strictObject({ cause: z.enum(EXTENSION_CAUSES), from: isoDate.optional(), to: isoDate })).optional(),
      earlierChains: z.array(isoDate).optional(),
      milestones: z
        .record(
          z.string(),
          z.strictObject({
            due: isoDate.optional(),
            windowStart: isoDate.optional(),
            countedDay: z.number().optional(),
            status: z.enum(STATUSES).optional(),
            notApplicable: z.string().optional(),
            version: z.string().optional(),
            onverwijld: z.boolean().optional(),
            review: z.boolean().optional(),
            /** The milestone must not be in the timeline at all. */
            absent: z.boolean().optional(),
          }),
        )
        .optional(),
    })
    .optional(),
  /** The input must be refused with these issue codes (at least). */
  expectError: z.strictObject({ codes: z.array(z.string()).min(1) }).optional(),
});
export type Scenario = z.infer<typeof scenarioSchema> & { file?: string };

export interface ScenarioResult {
  readonly scenario: Scenario;
  readonly pass: boolean;
  readonly failures: readonly string[];
  /** Throws an Error listing every failure, for any test runner. */
  assert(): void;
}

/** Loads every `*.json` scenario below `dir` (recursively), validated by `scenarioSchema`. */
export function loadScenarios(dir: string): Scenario[] {
  const files: string[] = [];
  const walk = (d: string): void => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (name.endsWith('.json') && !name.endsWith('.schema.json')) files.push(p);
    }
  };
  walk(dir);
  return files.map((file) => {
    let raw: unknown;
    try {
      raw = JSON.parse(readFileSync(file, 'utf8'));
    } catch (e) {
      throw new Error(`${file}: not valid JSON: ${(e as Error).message}`);
    }
    const parsed = scenarioSchema.safeParse(raw);
    if (!parsed.success) {
      throw new Error(`${file}: not a valid scenario:\n${parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`).join('\n')}`);
    }
    return { ...parsed.data, file: relative(process.cwd(), file) };
  });
}

type Expect = NonNullable<Scenario['expect']>;

/** Compares the expected periods, leave, extensions and earlier chains, item by item. */
function checkLists(e: Expect, t: Timeline, failures: string[]): void {
  const compare = (name: string, want: ReadonlyArray<Record<string, unknown>> | undefined, got: ReadonlyArray<Record<string, unknown>>): void => {
    if (want === undefined) return;
    if (want.length !== got.length) failures.push(`${name}: expected ${want.length}, got ${got.length}: ${JSON.stringify(got)}`);
    want.forEach((w, i) => {
      for (const [k, v] of Object.entries(w)) {
        const g = got[i]?.[k];
        if (JSON.stringify(g) !== JSON.stringify(v)) failures.push(`${name}[${i}].${k}: expected ${JSON.stringify(v)}, got ${JSON.stringify(g)}`);
      }
    });
  };
  compare('periods', e.periods, t.periods.map((p) => ({ start: p.start, end: p.end, countedDays: p.countedDays, gapBeforeDays: p.gapBefore?.days ?? null, partialRecoveries: p.partialRecoveries.map((r) => r.date) })));
  compare('leave', e.leave, t.leave);
  compare('extensions', e.extensions, t.extensions);
  if (e.earlierChains !== undefined && JSON.stringify(e.earlierChains) !== JSON.stringify(t.earlierChains)) failures.push(`earlierChains: expected ${JSON.stringify(e.earlierChains)}, got ${JSON.stringify(t.earlierChains)}`);
}

/** Runs one scenario and compares every expected value; `engine` defaults to the built-in rules. */
export function checkScenario(scenario: Scenario, engine?: Engine): ScenarioResult {
  const failures: string[] = [];
  const eng = engine ?? (scenario.rules !== undefined ? createEngine({ rules: scenario.rules }) : getDefaultEngine());
  const result = eng.safeCompute(scenario.input);
  if (scenario.expectError !== undefined) {
    if (result.success) failures.push(`expected an error with codes ${scenario.expectError.codes.join(', ')}, got a timeline`);
    else {
      const codes = result.error instanceof InvalidInputError ? result.error.issues.map((i) => i.code) : [result.error.code];
      for (const c of scenario.expectError.codes) if (!codes.includes(c)) failures.push(`expected issue code '${c}', got ${codes.join(', ')}`);
    }
  } else if (!result.success) {
    failures.push(`unexpected error: ${result.error.message}`);
  } else {
    const t = result.data;
    const e = scenario.expect ?? {};
    for (const key of ['regime', 'firstSickDay', 'lastDayOfWachttijd', 'wiaStart', 'endOfWagePayment', 'countedDaysAsOf'] as const) {
      if (e[key] !== undefined && e[key] !== t[key]) failures.push(`${key}: expected ${e[key]}, got ${t[key]}`);
    }
    checkLists(e, t, failures);
    if (e.review !== undefined && e.review !== t.review.length > 0) failures.push(`review: expected ${e.review}, got ${JSON.stringify(t.review)}`);
    for (const [id, want] of Object.entries(e.milestones ?? {})) {
      const m = t.milestones.find((x) => x.id === id);
      if (want.absent === true) {
        if (m !== undefined) failures.push(`${id}: expected absent, got due ${m.due}`);
        continue;
      }
      if (m === undefined) {
        failures.push(`${id}: missing from the timeline`);
        continue;
      }
      const got: Record<string, unknown> = {
        due: m.due,
        windowStart: m.windowStart,
        countedDay: m.countedDay,
        status: m.status,
        notApplicable: m.notApplicable,
        version: m.rule.version,
        onverwijld: m.onverwijld ?? false,
        review: m.review !== undefined,
      };
      for (const [k, v] of Object.entries(want)) {
        if (k === 'absent') continue;
        if (got[k] !== v) failures.push(`${id}.${k}: expected ${JSON.stringify(v)}, got ${JSON.stringify(got[k])}`);
      }
    }
  }
  return {
    scenario,
    pass: failures.length === 0,
    failures,
    assert() {
      if (failures.length > 0) throw new Error(`Scenario '${scenario.name}'${scenario.file !== undefined ? ` (${scenario.file})` : ''} failed:\n  ${failures.join('\n  ')}\nSource: ${scenario.source.title}`);
    },
  };
}
