/**
 * Loading rules: every file is validated by the rule schema (a broken file is an `InvalidRuleError`
 * naming the file and the path inside it), its json-rules-engine conditions are compiled, and the
 * rules are put in an order in which every milestone comes after the ones its timing refers to.
 */
import { Rule as JsonRulesEngineRule } from 'json-rules-engine';
import { compileCondition, type Predicate } from './conditions.js';
import { parseIsoDate, type EpochDay } from './days.js';
import { InvalidRuleError, type Issue } from './errors.js';
import { ruleSchema, type RuleFile, type RuleVersion } from './rule-schema.js';
import { WAGE_PAYMENT_INPUTS } from './timing.js';
import { zodIssues } from './zod-issues.js';

export interface CompiledVersion {
  readonly index: number;
  readonly data: RuleVersion;
  readonly from: EpochDay;
  /** Exclusive; Infinity while in force. */
  readonly to: EpochDay;
}

export interface CompiledRule {
  readonly id: string;
  readonly source: string;
  readonly data: RuleFile;
  readonly applies: Predicate;
  readonly versions: readonly CompiledVersion[];
  /** The `rule` field of a milestone, one shared (frozen) object per version. */
  readonly refs: ReadonlyArray<{ id: string; version: string; validFrom: string; validTo: string | null; selectBy: 'firstSickDay' | 'due' }>;
  /** Milestones whose dates this one's timing needs first. */
  readonly dependsOn: readonly string[];
  readonly builtIn: boolean;
}


function dependencies(rule: RuleFile): string[] {
  const deps = new Set<string>();
  for (const v of rule.versions) {
    for (const t of [v.timing, v.window]) {
      if (t === undefined) continue;
      if (t.type === 'afterMilestone') deps.add(t.milestone);
      if (t.type === 'recurring') deps.add(t.after);
      if (t.type === 'endOfWagePayment') for (const id of WAGE_PAYMENT_INPUTS) deps.add(id);
    }
  }
  return [...deps];
}

function deepFreeze(value: unknown): void {
  if (value === null || typeof value !== 'object' || Object.isFrozen(value)) return;
  Object.freeze(value);
  for (const v of Object.values(value)) deepFreeze(v);
}

export function compileRule(source: string, raw: unknown, builtIn: boolean): CompiledRule {
  const parsed = ruleSchema.safeParse(raw);
  if (!parsed.success) throw new InvalidRuleError(source, zodIssues(parsed.error));
  const data = parsed.data;
  const issues: Issue[] = [];
  if (!builtIn && data.label !== 'own') {
    issues.push({ code: 'invalid_label', path: ['label'], message: "a rule from a rule pack must be labelled 'own' (the built-in labels statute, uwv-policy and practice are poortwachter's own claims)" });
  }
  try {
    // json-rules-engine's own check of the payload: what it rejects, poortwachter rejects too.
    new JsonRulesEngineRule({ conditions: data.applies as never, event: { type: data.id } });
  } catch (e) {
    issues.push({ code: 'invalid_conditions', path: ['applies'], message: `json-rules-engine rejects the conditions: ${(e as Error).message}` });
  }
  if (issues.length > 0) throw new InvalidRuleError(source, issues);
  // Milestones share the rule's titles, basis and text instead of copying them: frozen, so that no
  // caller can change a rule through a timeline.
  deepFreeze(data);
  return {
    id: data.id,
    source,
    data,
    applies: compileCondition(data.applies),
    versions: data.versions.map((v, index) => ({ index, data: v, from: parseIsoDate(v.validFrom)!, to: v.validTo === null ? Infinity : parseIsoDate(v.validTo)! })),
    refs: data.versions.map((v) => Object.freeze({ id: data.id, version: v.version, validFrom: v.validFrom, validTo: v.validTo, selectBy: v.selectBy })),
    dependsOn: dependencies(data),
    builtIn,
  };
}

/** Orders rules so that each comes after the rules it depends on; rejects unknown refs and cycles. */
export function orderRules(rules: readonly CompiledRule[]): CompiledRule[] {
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
        if ((WAGE_PAYMENT_INPUTS as readonly string[]).includes(dep)) continue;
        throw new InvalidRuleError(r.source, [{ code: 'unknown_milestone', path: ['versions'], message: `timing refers to milestone '${dep}', which no rule defines` }]);
      }
      visit(d, [...trail, r.id]);
    }
    state.set(r.id, 'done');
    ordered.push(r);
  };
  for (const r of rules) visit(r, []);
  return ordered;
}
