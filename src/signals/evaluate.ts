/**
 * `evaluateSignals`: a company's escalation rules, written for json-rules-engine, run by the real
 * json-rules-engine over facts taken from a computed timeline. poortwachter checks the rules first (the
 * facts, milestone ids and paths they name) and returns the fired events in priority order.
 */
import { Engine, Rule } from 'json-rules-engine';
import { parseIsoDate } from '../calendar/days.js';
import { describeThrown, InvalidRuleError, PoortwachterError, type Issue } from '../errors.js';
import { readOptions } from '../model/read-options.js';
import { readTimeline } from '../model/read-timeline.js';
import type { Timeline } from '../model/timeline-schema.js';
import { BUILTIN_RULE_FILES } from '../rules/builtin.js';
import { readPack } from '../rules/pack.js';
import { zodIssues } from '../zod-issues.js';
import { caseFacts, MILESTONE_FACT_FIELDS, milestoneFact, SIGNAL_FACT_NAMES, type MilestoneFact } from './facts.js';
import { signalRuleSchema, type SignalCondition, type SignalRule } from './schema.js';

export interface SignalOptions {
  /** Facts of your own besides the timeline's (a department, a contract type): name → JSON value. */
  readonly facts?: Readonly<Record<string, unknown>>;
}

/** A fired rule's event, as the rule wrote it. */
export interface SignalEvent {
  readonly type: string;
  readonly params: Readonly<Record<string, unknown>>;
}

type Known = { facts: ReadonlySet<string>; milestones: readonly string[] };

function checkCondition(c: SignalCondition, path: Array<string | number>, known: Known, issues: Issue[]): void {
  if ('all' in c) c.all.forEach((x, i) => checkCondition(x, [...path, 'all', i], known, issues));
  else if ('any' in c) c.any.forEach((x, i) => checkCondition(x, [...path, 'any', i], known, issues));
  else if ('not' in c) checkCondition(c.not, [...path, 'not'], known, issues);
  else {
    checkFact(c, path, known, issues);
    if (typeof c.value === 'object' && c.value !== null && !Array.isArray(c.value)) checkFact(c.value, [...path, 'value'], known, issues);
    if ((c.operator === 'in' || c.operator === 'notIn') && !Array.isArray(c.value) && !(typeof c.value === 'object' && c.value !== null)) {
      issues.push({ code: 'invalid_value', path: [...path, 'value'], message: `the operator '${c.operator}' needs an array value` });
    }
  }
}

function checkFact(c: { fact: string; params?: Record<string, unknown> | undefined; path?: string | undefined }, path: Array<string | number>, known: Known, issues: Issue[]): void {
  if (!known.facts.has(c.fact)) {
    issues.push({ code: 'unknown_fact', path: [...path, 'fact'], message: `unknown fact '${c.fact.slice(0, 60)}'; the facts are ${[...known.facts].join(', ')}` });
    return;
  }
  if (c.fact !== 'milestone') {
    if (c.path !== undefined && SIGNAL_FACT_NAMES.includes(c.fact as never)) issues.push({ code: 'invalid_path', path: [...path, 'path'], message: `the fact '${c.fact}' is a plain value: it takes no path` });
    return;
  }
  const id = c.params?.id;
  if (typeof id !== 'string') issues.push({ code: 'missing_milestone', path: [...path, 'params', 'id'], message: "the fact 'milestone' needs params: { id: '<milestone id>' }" });
  else if (!known.milestones.includes(id)) issues.push({ code: 'unknown_milestone', path: [...path, 'params', 'id'], message: `unknown milestone '${id.slice(0, 60)}'; known: ${known.milestones.join(', ')}` });
  const field = c.path?.startsWith('$.') ? c.path.slice(2) : undefined;
  if (field === undefined || !MILESTONE_FACT_FIELDS.includes(field as never)) {
    issues.push({ code: 'invalid_path', path: [...path, 'path'], message: `the fact 'milestone' is read with a path, one of ${MILESTONE_FACT_FIELDS.map((f) => `$.${f}`).join(', ')}` });
  }
}

/** The rules checked and copied, or an `InvalidRuleError` listing every problem of every rule. */
function readRules(rules: unknown, known: Known): SignalRule[] {
  let isArray: boolean;
  try {
    isArray = Array.isArray(rules);
  } catch (e) {
    throw new PoortwachterError('UNREADABLE_INPUT', `the signal rules could not be read: ${describeThrown(e)}`, []);
  }
  if (!isArray) throw new PoortwachterError('INVALID_OPTION', 'the signal rules must be an array of json-rules-engine rules', []);
  const copies = readPack(rules as readonly unknown[]);
  const issues: Issue[] = [];
  const out: SignalRule[] = [];
  copies.forEach(({ data }, i) => {
    const parsed = signalRuleSchema.safeParse(data);
    if (!parsed.success) {
      for (const issue of zodIssues(parsed.error)) issues.push({ ...issue, path: [i, ...issue.path] });
      return;
    }
    checkCondition(parsed.data.conditions, [i, 'conditions'], known, issues);
    out.push(parsed.data);
  });
  if (issues.length > 0) throw new InvalidRuleError('signal rules', issues);
  return out;
}

function readFacts(options: SignalOptions | undefined): Record<string, unknown> {
  const o = readOptions(options, ['facts'], 'evaluateSignals');
  if (o.facts === undefined) return {};
  if (typeof o.facts !== 'object' || o.facts === null || Array.isArray(o.facts)) throw new PoortwachterError('INVALID_OPTION', 'facts must be an object: name → value', ['facts']);
  const facts = JSON.parse(JSON.stringify(o.facts)) as Record<string, unknown>;
  for (const name of Object.keys(facts)) {
    if (SIGNAL_FACT_NAMES.includes(name as never)) throw new PoortwachterError('INVALID_OPTION', `the fact '${name}' comes from the timeline and cannot be given`, ['facts', name]);
  }
  return facts;
}

/**
 * Runs json-rules-engine `rules` over the facts of `timeline` (computed with `asOf`: days are counted on
 * it) and resolves to the events of the rules that fired, highest priority first, in the order given
 * within a priority. Rejects with a `PoortwachterError`: `INVALID_RULE` listing every problem of the
 * rules, `INVALID_TIMELINE`, or `INVALID_OPTION`.
 */
export async function evaluateSignals(timeline: Timeline, rules: readonly unknown[], options?: SignalOptions): Promise<SignalEvent[]> {
  const t = readTimeline(timeline);
  if (t.asOf === undefined) throw new PoortwachterError('INVALID_TIMELINE', 'signals count days on the timeline\'s asOf: compute it with asOf', ['asOf']);
  const asOf = parseIsoDate(t.asOf)!;
  const own = readFacts(options);
  const builtInIds = BUILTIN_RULE_FILES.map((f) => (f.data as { id: string }).id);
  const known: Known = { facts: new Set([...SIGNAL_FACT_NAMES, ...Object.keys(own)]), milestones: [...new Set([...builtInIds, ...t.milestones.map((m) => m.id)])] };
  const checked = readRules(rules, known);

  const milestones = new Map<string, MilestoneFact>(t.milestones.map((m) => [m.id, milestoneFact(m, asOf)]));
  const engine = new Engine([], { allowUndefinedFacts: false });
  for (const [name, value] of Object.entries({ ...caseFacts(t, asOf), ...own })) engine.addFact(name, value);
  // A built-in milestone this case does not have (another regime's, or one that did not apply) is null:
  // every numeric operator is false on it, so the rule does not fire.
  engine.addFact('milestone', (params: { id?: unknown }) => milestones.get(String(params.id)) ?? null);
  let results: Array<{ name: unknown; priority?: number; event?: { type: string; params?: Record<string, unknown> } }>;
  try {
    checked.forEach((rule, i) => engine.addRule(new Rule({ ...rule, name: String(i) } as never)));
    results = (await engine.run()).results as never;
  } catch (e) {
    throw new PoortwachterError('INVALID_RULE', `a signal rule could not be evaluated: ${describeThrown(e)}`, []);
  }
  return results
    .map((r) => ({ index: Number(r.name), priority: r.priority ?? 1, event: r.event! }))
    .sort((a, b) => b.priority - a.priority || a.index - b.index)
    .map(({ event }) => ({ type: event.type, params: event.params ?? {} }));
}
