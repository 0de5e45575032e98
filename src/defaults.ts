/**
 * The engines `computeTimeline` uses: the one of the built-in rules, created on first use, and one per
 * rule-pack array, kept as long as the caller keeps that array (a WeakMap: nothing leaks).
 */
import { createEngine, toPoortwachterError, type ComputeOptions, type Engine, type EngineOptions, type SafeResult } from './engine.js';
import { describeThrown, PoortwachterError } from './errors.js';
import type { CaseInput } from './case/schema.js';
import type { Timeline } from './model/timeline-schema.js';

let builtIn: Engine | undefined;
const perPack = new WeakMap<object, Engine>();

/** The shared engine of the built-in rules, created on first use. */
export function getDefaultEngine(): Engine {
  builtIn ??= createEngine();
  return builtIn;
}

function engineFor(options: (EngineOptions & ComputeOptions) | undefined): { engine: Engine; compute: ComputeOptions | undefined } {
  if (options === undefined) return { engine: getDefaultEngine(), compute: undefined };
  if (typeof options !== 'object' || options === null) throw new PoortwachterError('INVALID_OPTION', 'the options must be an object such as { explain: true } or { rules: [...] }', []);
  let rules: unknown;
  let explain: unknown;
  let ruleSchema: unknown;
  try {
    rules = options.rules;
    explain = options.explain;
    ruleSchema = options.ruleSchema;
  } catch (e) {
    throw new PoortwachterError('UNREADABLE_INPUT', `the options could not be read: ${describeThrown(e)}`, []);
  }
  const compute = explain === undefined ? undefined : { explain: explain as boolean };
  if (rules === undefined) return { engine: getDefaultEngine(), compute };
  if (!Array.isArray(rules)) throw new PoortwachterError('INVALID_OPTION', 'rules must be an array of rule objects (the format of rules/milestones/*.json)', ['rules']);
  let engine = perPack.get(rules);
  if (engine === undefined) {
    // The schema only checks the pack when its engine is made: the engine stays cached per pack array.
    engine = createEngine(ruleSchema === undefined ? { rules } : { rules, ruleSchema: ruleSchema as EngineOptions['ruleSchema'] });
    perPack.set(rules, engine);
  }
  return { engine, compute };
}

export function computeWith(input: CaseInput, options: (EngineOptions & ComputeOptions) | undefined): Timeline {
  let e: ReturnType<typeof engineFor>;
  try {
    e = engineFor(options);
  } catch (err) {
    throw toPoortwachterError(err);
  }
  return e.engine.compute(input, e.compute);
}

export function safeComputeWith(input: unknown, options: (EngineOptions & ComputeOptions) | undefined): SafeResult {
  let e: ReturnType<typeof engineFor>;
  try {
    e = engineFor(options);
  } catch (err) {
    return { success: false, error: toPoortwachterError(err) };
  }
  return e.engine.safeCompute(input, e.compute);
}
