/**
 * Loading rules: every file is validated by the rule schema (a broken file is an `InvalidRuleError`
 * naming the file and the path inside it), its citations are resolved against `rules/sources.json`, its
 * json-rules-engine conditions are compiled, and the rules are put in an order in which every milestone
 * comes after the ones its timing reads (as the rule file declares them).
 */
import { OPEN_END, parseIsoDate } from '../calendar/days.js';
import { InvalidRuleError, PoortwachterError, type Issue } from '../errors.js';
import { zodIssues } from '../zod-issues.js';
import { compileCondition } from './conditions.js';
import { deepFreeze } from './freeze.js';
import { adjustmentMask } from '../law/adjustments.js';
import { BUILTIN_RULE_FILES } from './builtin.js';
import { getLaw, type Law } from './law.js';
import { requireZod } from './load-zod.js';
import { ruleSchemas, type PlainTiming, type RuleSchemas, type RuleFile, type Timing } from './schema-build.js';
import type { CompiledRule, CompiledTiming, InputPositions, RuleBehaviour, RuleIndex } from './compiled.js';

export type { CompiledRule, CompiledTiming, CompiledVersion, RuleBehaviour, RuleIndex } from './compiled.js';

/** No milestone read: the positions of a timing that names none. */
const NO_INPUTS: InputPositions = Object.freeze({ application: -1, letter: -1, report: -1, decision: -1, repairDecision: -1 });

/**
 * The milestone a timing follows, or `undefined`: what it reads (`timingInputs`) apart from the
 * wage-payment inputs, which have positions of their own (`inputs`).
 */
function readsMilestone(t: PlainTiming): string | undefined {
  return t.type === 'endOfWagePayment' || t.type === 'beforeEnd' ? undefined : timingInputs(t)[0];
}

/**
 * A timing with the positions of the milestones it reads, by `positions` (the engine's order); without
 * positions (a rule compiled, not yet ordered) every position is -1.
 */
function compileTiming(t: PlainTiming, positions?: ReadonlyMap<string, number>): CompiledTiming {
  const at = (id: string | undefined): number => (id === undefined || positions === undefined ? -1 : positions.get(id)!);
  const named: { application?: string; letter?: string; report?: string; decision?: string; repairDecision?: string } | undefined =
    t.type === 'endOfWagePayment' ? t.inputs : t.type === 'beforeEnd' ? t.lateApplication : undefined;
  const inputs: InputPositions =
    named === undefined
      ? NO_INPUTS
      : Object.freeze({
          application: at(named.application),
          letter: at(named.letter),
          report: at(named.report),
          decision: at(named.decision),
          repairDecision: at(named.repairDecision),
        });
  return Object.freeze({ type: t.type, timing: t, at: at(readsMilestone(t)), inputs }) as CompiledTiming;
}

/** The rule with its timings' positions set by `positions` (every version, every branch, the window). */
function positioned(rule: CompiledRule, positions: ReadonlyMap<string, number>): CompiledRule {
  const again = (c: CompiledTiming | undefined): CompiledTiming | undefined => (c === undefined ? undefined : compileTiming(c.timing, positions));
  return Object.freeze({
    ...rule,
    versions: rule.versions.map((v) => Object.freeze({ ...v, plain: again(v.plain), then: again(v.then), else: again(v.else), window: again(v.window) })),
  });
}

/** The milestones a timing reads (ordering inputs). */
export function timingInputs(t: Timing): string[] {
  switch (t.type) {
    case 'choose':
      return [...timingInputs(t.then), ...timingInputs(t.else)];
    case 'afterMilestone':
      return [t.milestone];
    case 'recurring':
      return [t.after];
    case 'afterRecovery':
      return t.notBefore === undefined ? [] : [t.notBefore];
    case 'beforeExtensionEnd':
      return [t.milestone];
    case 'countedYears':
      return t.plusExtensionsOf === undefined ? [] : [t.plusExtensionsOf];
    case 'afterEvent':
    case 'setByEvent':
      return [];
    case 'endOfWagePayment':
      return t.inputs === undefined ? [] : Object.values(t.inputs).filter((v): v is string => v !== undefined);
    case 'beforeEnd':
      return t.lateApplication === undefined ? [] : Object.values(t.lateApplication).filter((v): v is string => v !== undefined);
    default:
      return [];
  }
}

function dependencies(rule: RuleFile): string[] {
  const deps = new Set<string>();
  for (const v of rule.versions) for (const t of [v.timing, v.window]) if (t !== undefined) for (const id of timingInputs(t)) deps.add(id);
  deps.delete(rule.id);
  return [...deps];
}

/** The zod schema of a rule file (`ruleSchema` of `poortwachter/schema`). */
export type RuleFileSchema = RuleSchemas['ruleSchema'];

/**
 * Validates a rule file with the rule schema (an `InvalidRuleError` naming the file), then compiles it.
 * The schema is the caller's (`ruleSchema` in the engine options) or built from zod loaded now.
 */
export function compileRule(source: string, raw: unknown, builtIn: boolean, law: Law, schema: RuleFileSchema = ruleSchemas(requireZod()).ruleSchema): CompiledRule {
  let parsed: ReturnType<RuleFileSchema['safeParse']> | undefined;
  try {
    parsed = schema.safeParse(raw);
  } catch {
    parsed = undefined;
  }
  // A `ruleSchema` of the caller's that throws or answers oddly is not the rule schema.
  if (typeof parsed !== 'object' || parsed === null || typeof parsed.success !== 'boolean') {
    throw new PoortwachterError('INVALID_OPTION', "ruleSchema must be the rule schema of 'poortwachter/schema' (ruleSchema): it did not answer as one", ['ruleSchema']);
  }
  if (!parsed.success) throw new InvalidRuleError(source, zodIssues(parsed.error));
  // zod's output is a copy of its own (and a pack is read into plain data first, rules/pack.ts): the
  // caller's objects are neither kept nor frozen.
  return compileValid(source, parsed.data, builtIn, law);
}

/**
 * Compiles a rule that the rule schema accepts: its citations are checked against the sources, it is
 * frozen, and its conditions compiled. For the built-in rules, which are checked by the schema when the
 * package is built (`checkBuiltinLaw`), this is all that runs (`getBuiltinRules`).
 */
export function compileValid(source: string, data: RuleFile, builtIn: boolean, law: Law): CompiledRule {
  const issues: Issue[] = [];
  if (!builtIn && data.label !== 'own') {
    issues.push({ code: 'invalid_label', path: ['label'], message: "a rule from a rule pack must be labelled 'own' (the built-in labels statute, uwv-policy and practice are poortwachter's own claims)" });
  }
  data.versions.forEach((v, i) => {
    (v.cites ?? []).forEach((key, j) => {
      if (!Object.hasOwn(law.sources.sources, key)) issues.push({ code: 'unknown_source', path: ['versions', i, 'cites', j], message: `no source '${key}' in rules/sources.json` });
    });
  });
  // The conditions were checked by the rule schema, whose condition language is the subset of
  // json-rules-engine's that poortwachter evaluates; test/rules-conditions.test.ts runs built-in and random
  // schema-valid conditions through the real json-rules-engine, so json-rules-engine itself need not be
  // loaded (or shipped to browsers) to compute a timeline.
  if (issues.length > 0) throw new InvalidRuleError(source, issues);
  // Milestones share the rule's titles and basis instead of copying them: frozen, so that no caller can
  // change a rule through a timeline.
  deepFreeze(data);
  // What every milestone reads first (its kind, completion, title, responsible, label), then what only
  // the adjustments read (see the rule below: fields lie in memory in this order).
  const behaviour: RuleBehaviour = Object.freeze({
    kind: data.kind,
    // A copy that is not frozen (its items are), like `versions` below: read by index per milestone.
    completedBy: data.completedBy === undefined ? undefined : [...data.completedBy],
    title: data.title,
    responsible: data.responsible,
    label: data.label,
    deviable: data.deviable === true,
    onverwijld: data.onverwijld === true,
    uwvWorkingDayLeniency: data.uwvWorkingDayLeniency === true,
    onEmploymentEnd: data.onEmploymentEnd,
    onVerkorteWachttijd: data.onVerkorteWachttijd,
    onRecovery: data.onRecovery,
    onAowAge: data.onAowAge,
    keptByEigenrisicodragerZw: data.keptByEigenrisicodragerZw === true,
  });
  // The fields the law reads for every milestone of every case come first, the rest after them: an
  // object's fields lie in memory in this order, and a milestone then touches fewer cache lines of it.
  return Object.freeze({
    id: data.id,
    // The list itself is not frozen (each version is): the law reads it by index for every milestone of
    // every case, and optimised code reads a frozen array through a generic keyed load, several times
    // slower than a plain one. Nothing writes to it.
    versions: data.versions.map((v, index) =>
      Object.freeze({
        selectBy: v.selectBy,
        from: parseIsoDate(v.validFrom)!,
        to: v.validTo === null ? OPEN_END : parseIsoDate(v.validTo)!,
        absent: v.absent === true,
        plain: v.timing.type === 'choose' ? undefined : compileTiming(v.timing),
        when: v.timing.type === 'choose' ? compileCondition(v.timing.when) : undefined,
        recurring: v.timing.type === 'recurring',
        adjustments: adjustmentMask(behaviour, { atw: v.atw === true }),
        window: v.window === undefined ? undefined : compileTiming(v.window),
        title: v.title,
        ref: Object.freeze({ id: data.id, version: v.version, validFrom: v.validFrom, validTo: v.validTo, selectBy: v.selectBy }),
        basis: Object.freeze([...law.resolve(v.cites ?? []), ...(v.basis ?? [])]),
        then: v.timing.type === 'choose' ? compileTiming(v.timing.then) : undefined,
        else: v.timing.type === 'choose' ? compileTiming(v.timing.else) : undefined,
        atw: v.atw === true,
        index,
        data: v,
        timing: v.timing,
      }),
    ),
    behaviour,
    source,
    data,
    applies: compileCondition(data.applies),
    dependsOn: Object.freeze(dependencies(data)),
    builtIn,
  });
}

let builtinRules: readonly CompiledRule[] | undefined;

/**
 * The built-in rules, compiled once and shared by every engine (they are frozen). The bundled files are
 * taken as the rule schema's output without running it: the build refuses files it does not accept, or
 * for which its output is not the file itself (`checkBuiltinLaw`, tsup.config.ts).
 */
export function getBuiltinRules(): readonly CompiledRule[] {
  builtinRules ??= Object.freeze(BUILTIN_RULE_FILES.map((f) => compileValid(f.file, f.data as RuleFile, true, getLaw())));
  return builtinRules;
}

/**
 * Orders rules so that each comes after the rules it depends on; rejects unknown refs and cycles. The
 * ordered rules are copies whose timings hold the positions, in this order, of the milestones they read.
 */
export function orderRules(rules: readonly CompiledRule[]): RuleIndex {
  const byId = new Map<string, CompiledRule>();
  for (const r of rules) {
    if (byId.has(r.id)) {
      throw new InvalidRuleError(r.source, [{ code: 'duplicate_rule', path: ['id'], message: `a rule with id '${r.id}' exists already (${byId.get(r.id)!.source})` }]);
    }
    byId.set(r.id, r);
  }
  const ordered: CompiledRule[] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (r: CompiledRule, trail: string[]): void => {
    const s = state.get(r.id);
    if (s === 'done') return;
    if (s === 'visiting') {
      throw new InvalidRuleError(r.source, [{ code: 'cyclic_rule', path: ['versions'], message: `timing refers to itself through ${[...trail, r.id].join(' → ')}` }]);
    }
    state.set(r.id, 'visiting');
    for (const dep of r.dependsOn) {
      const d = byId.get(dep);
      if (d === undefined) {
        throw new InvalidRuleError(r.source, [{ code: 'unknown_milestone', path: ['versions'], message: `timing refers to milestone '${dep}', which no rule defines` }]);
      }
      visit(d, [...trail, r.id]);
    }
    state.set(r.id, 'done');
    ordered.push(r);
  };
  for (const r of rules) visit(r, []);
  const positions = new Map(ordered.map((r, i) => [r.id, i]));
  const linked = ordered.map((r) => positioned(r, positions));
  return {
    ordered: Object.freeze(linked),
    ruleById: new Map(linked.map((r) => [r.id, r])),
    milestoneIds: Object.freeze(ordered.map((r) => r.id)),
    positions,
    deviable: Object.freeze(ordered.filter((r) => r.data.deviable === true).map((r) => r.id)),
  };
}
