/**
 * The engine: rules loaded and compiled once (`createEngine`), then every case computed synchronously
 * in one pass: validate (`case/validate.ts`) → the case's facts → the applicable rules in dependency
 * order, each evaluated by the law (`law/evaluate.ts`) and recorded in the case's results table → the
 * timeline assembled (`output/timeline.ts`). With `{ explain: true }` the explanation steps are recorded
 * in that same pass. Applicability is decided once per distinct set of case facts and memoised, with
 * the order in which those rules are evaluated: a dependency order that follows the order of their dates
 * (`law/evaluation-order.ts`), learned from the first such case; the timeline does not depend on it.
 * The rule versions that the first sick day chooses are chosen there too, once per range of first days
 * (`law/versions.ts`, `chosenForStarts`); without explanations a case then computes only their timings.
 */
import type { CaseFacts, RuleFacts } from './case/context.js';
import type { CaseInput } from './case/schema.js';
import { validateCase } from './case/validate.js';
import { describeThrown, InternalError, PoortwachterError } from './errors.js';
import { caseAdjustments } from './law/adjustments.js';
import { evaluateInto, newDraft } from './law/evaluate.js';
import { chosenForStarts, type Chosen } from './law/versions.js';
import { dueOrder } from './law/evaluation-order.js';
import { caseHas, NEEDS_COMBINATIONS, ruleNeeds } from './law/needs.js';
import { Results } from './law/results.js';
import { extensionsUpTo } from './law/wage-payment.js';
import type { Extension, Milestone, ReviewNote, Timeline } from './model/timeline-schema.js';
import { reviewReason } from './explain/review-notes.js';
import { formatIsoDate, OPEN_END, parseIsoDate, type EpochDay } from './calendar/days.js';
import { assembleTimeline, toMilestone } from './output/timeline.js';
import { deepFreeze } from './rules/freeze.js';
import { getLaw } from './rules/law.js';
import { FACT_NAMES, FACTS } from './rules/vocabulary.js';
import { compileRule, getBuiltinRules, orderRules, type CompiledRule, type RuleFileSchema } from './rules/load.js';
import { readPack } from './rules/pack.js';
import { receiptFor } from './receipt/receipt.js';

export interface EngineOptions {
  /**
   * Extra rules in the same JSON format as `rules/milestones/*.json` (a company's own absence protocol).
   * They are validated like the built-in ones, must carry the label `own`, and cannot run code or change
   * the built-in law: no built-in rule reads their results.
   */
  readonly rules?: readonly unknown[];
  /**
   * The schema that checks `rules`: `ruleSchema` of `poortwachter/schema`. Only needed where zod cannot
   * be loaded on demand (a browser, Node before 20.16); elsewhere the engine loads zod for the first pack.
   */
  readonly ruleSchema?: RuleFileSchema;
}

export interface ComputeOptions {
  /** Record every milestone's explanation steps in the same pass (default `false`). */
  readonly explain?: boolean;
}

export type SafeResult = { success: true; data: Timeline } | { success: false; error: PoortwachterError };

export interface Engine {
  /** Computes the timeline; throws an `InvalidInputError` (a `PoortwachterError`) on bad input. */
  compute(input: CaseInput, options?: ComputeOptions): Timeline;
  /** Never throws, whatever it is given. */
  safeCompute(input: unknown, options?: ComputeOptions): SafeResult;
  /** The milestone ids this engine knows, in the engine's rule order (each after the milestones it reads). */
  readonly milestoneIds: readonly string[];
  /** The rules of this engine, in the same order: id, source file and json-rules-engine conditions. */
  readonly rules: ReadonlyArray<{ readonly id: string; readonly source: string; readonly applies: unknown }>;
}

/** The rules that apply to a set of facts, in the order they are evaluated, with their engine positions. */
interface Applicable {
  /** The key of the set of facts (`#applicableRules`). */
  readonly key: number;
  readonly rules: readonly CompiledRule[];
  readonly positions: readonly number[];
  /**
   * Per rule, its version and timing for every case of the set (`chosenForStarts`), or `undefined` where
   * the version is chosen per case.
   */
  readonly chosen: ReadonlyArray<Chosen | undefined>;
  /** Reordered by the dates of a case (`dueOrder`); until then in the engine's rule order. */
  readonly inDueOrder: boolean;
}

/** How many boolean facts there are: `factBits` gives a number below this. */
const FACT_BITS = 2 ** FACT_NAMES.filter((name) => FACTS[name] === 'boolean').length;

/**
 * The boolean case facts as one number, a bit each: with the regime, the key by which the rules that
 * apply are memoised. Written out fact by fact (named reads of the facts' one shape; a loop over the
 * names would read each by a keyed load): test/engine-facts.test.ts checks that every boolean fact of
 * the vocabulary has a bit of its own.
 */
export function factBits(r: RuleFacts): number {
  return (
    (r.pregnancyRelated === true ? 1 : 0) |
    (r.noRiskPolis === true ? 2 : 0) |
    (r.vangnet === true ? 4 : 0) |
    (r.afterPregnancyLeave === true ? 8 : 0) |
    (r.flexibilisationPeriod === true ? 16 : 0) |
    (r.uitzendbeding === true ? 32 : 0) |
    (r.fictieveDienstbetrekking === true ? 64 : 0) |
    (r.domesticWorker === true ? 128 : 0) |
    (r.eigenrisicodragerZw === true ? 256 : 0) |
    (r.employmentEnded === true ? 512 : 0) |
    (r.vrijwilligeVerlenging === true ? 1024 : 0) |
    (r.loonsanctie === true ? 2048 : 0) |
    (r.verkorteWachttijd === true ? 4096 : 0) |
    (r.aowAge === true ? 8192 : 0)
  );
}

/** A review note of the timeline: its code and parameters, and the same note in English (`reason`). */
function reviewEntry(milestone: string, note: ReviewNote): Timeline['review'][number] {
  return { milestone, reason: reviewReason(note.code, note.params), code: note.code, params: { ...note.params } };
}

/** Anything thrown inside becomes a `PoortwachterError`; this function itself cannot throw. */
export function toPoortwachterError(e: unknown): PoortwachterError {
  try {
    if (e instanceof PoortwachterError) return e;
  } catch {
    // An instanceof that throws (a hostile Proxy): not ours.
  }
  return new InternalError(e, describeThrown(e));
}

function readExplain(options: ComputeOptions | undefined): boolean {
  if (options === undefined) return false;
  if (typeof options !== 'object' || options === null) throw new PoortwachterError('INVALID_OPTION', 'the compute options must be an object such as { explain: true }', []);
  const explain: unknown = options.explain;
  if (explain !== undefined && typeof explain !== 'boolean') throw new PoortwachterError('INVALID_OPTION', `explain must be true or false, not ${typeof explain}`, ['explain']);
  return explain === true;
}

/**
 * Sorts the milestones by `keys` (beside them: `sortKey`), so by due date and on the same day in the
 * engine's rule order (dependencies first): an insertion sort, which allocates nothing and, the rules
 * being evaluated in the order their dates usually fall (`law/evaluation-order.ts`), mostly only compares.
 */
function sortByDue(milestones: Milestone[], keys: number[]): void {
  for (let i = 1; i < milestones.length; i++) {
    const m = milestones[i]!;
    const key = keys[i]!;
    let j = i - 1;
    while (j >= 0 && keys[j]! > key) {
      milestones[j + 1] = milestones[j]!;
      keys[j + 1] = keys[j]!;
      j--;
    }
    milestones[j + 1] = m;
    keys[j + 1] = key;
  }
}

/**
 * A milestone's place in the timeline as one number: its due date, then its engine position among the
 * engine's `count` rules. Dates (epoch days within a few hundred years of 1970) times a few dozen rules
 * stay small integers; an engine with a very large rule pack only compares larger numbers.
 */
function sortKey(due: EpochDay, position: number, count: number): number {
  return due * count + position;
}

class CaseEngine implements Engine {
  readonly milestoneIds: readonly string[];
  readonly rules: Engine['rules'];
  readonly #index: ReturnType<typeof orderRules>;
  readonly #law = getLaw();
  /**
   * The days on which a regime or a version of some rule begins or ends, ascending: between two of them,
   * every chain that starts there has the same regime and the same versions chosen by the first sick day.
   */
  readonly #boundaries: readonly EpochDay[];
  /**
   * Applicability per distinct set of facts (the range between `#boundaries` the chain starts in, which
   * fixes the regime, then each boolean fact as one bit: `factBits`, then what the case has of what
   * timings need: `caseHas`): the rules that apply and can give the case a date, in the order they are
   * evaluated, their engine positions and the versions the first sick day chooses.
   */
  readonly #applicable = new Map<number, Applicable>();
  /** Per engine position, the positions of the rules that rule reads (`dependsOn`). */
  readonly #dependsOn: ReadonlyArray<readonly number[]>;
  /** Per engine position, what a case must have for that rule to give a date (`law/needs.ts`). */
  readonly #needs: readonly number[];
  /**
   * Per engine position, whether a timing of some rule reads that milestone's result (it is in some rule's
   * `dependsOn`): only those are recorded in a case's results table.
   */
  readonly #read: readonly boolean[];
  /** The built-in rules whose dates are the timeline's own fields (found by their timing, not by id). */
  readonly #wachttijdRule: CompiledRule | undefined;
  readonly #wageRule: CompiledRule | undefined;
  readonly #receipt: Timeline['receipt'];

  constructor(rules: readonly unknown[], ruleSchema: RuleFileSchema | undefined) {
    const compiled: CompiledRule[] = [...getBuiltinRules()];
    const pack = readPack(rules);
    for (const { source, data } of pack) compiled.push(compileRule(source, data, false, this.#law, ruleSchema));
    this.#receipt = receiptFor(pack.map((p) => p.data));
    this.#index = orderRules(compiled);
    // A `choose` timing counts by its branches: the wage-payment rule may be day 42 for a domestic worker.
    const types = (v: CompiledRule['versions'][number]): string[] => (v.timing.type === 'choose' ? [v.timing.then.type, v.timing.else.type] : [v.timing.type]);
    const builtInWith = (type: string): CompiledRule | undefined => this.#index.ordered.find((r) => r.builtIn && r.versions.every((v) => types(v).includes(type)));
    this.#wachttijdRule = builtInWith('endOfWachttijd');
    this.#wageRule = builtInWith('endOfWagePayment');
    this.#dependsOn = this.#index.ordered.map((r) => r.dependsOn.map((id) => this.#index.positions.get(id)!));
    this.#needs = this.#index.ordered.map((r) => ruleNeeds(r.versions));
    this.#read = this.#index.ordered.map((_, p) => this.#dependsOn.some((reads) => reads.includes(p)));
    const days = new Set<EpochDay>();
    for (const r of this.#law.regimes) days.add(parseIsoDate(r.validFrom)!).add(r.validTo === null ? OPEN_END : parseIsoDate(r.validTo)!);
    for (const r of this.#index.ordered) for (const v of r.versions) days.add(v.from).add(v.to);
    this.#boundaries = [...days].sort((a, b) => a - b);
    this.milestoneIds = this.#index.milestoneIds;
    this.rules = deepFreeze(this.#index.ordered.map((r) => ({ id: r.id, source: r.source, applies: structuredClone(r.data.applies) })));
  }

  #applicableRules(f: CaseFacts): Applicable {
    const facts = f.ruleFacts;
    const has = caseHas(f);
    // The range the chain starts in: 0 before the first boundary, i + 1 from boundary i on (the latest
    // first: most cases are recent).
    const b = this.#boundaries;
    const start = f.chain.start;
    let range = b.length;
    while (range > 0 && b[range - 1]! > start) range--;
    const key = (range * FACT_BITS + factBits(facts)) * NEEDS_COMBINATIONS + has;
    let list = this.#applicable.get(key);
    if (list === undefined) {
      // The rules that apply and can give this case a date (not those that need what it lacks: an event
      // to follow, …), first in the engine's rule order; the first such case gives the order of their dates.
      // A rule whose version for these first days says the milestone does not exist is left out as well.
      const from = range === 0 ? -OPEN_END : b[range - 1]!;
      const to = range === b.length ? OPEN_END : b[range]!;
      const rules: CompiledRule[] = [];
      const chosen: Array<Chosen | undefined> = [];
      this.#index.ordered.forEach((r, i) => {
        if (!r.applies(facts) || (this.#needs[i]! & ~has) !== 0) return;
        const c = chosenForStarts(r, from, to, facts);
        if (c === null) return;
        rules.push(r);
        chosen.push(c);
      });
      list = { key, rules, positions: rules.map((r) => this.#index.positions.get(r.id)!), chosen, inDueOrder: false };
      this.#applicable.set(key, list);
    }
    return list;
  }

  /** From now on, evaluates the rules of `list` in the order of the dates of `sorted` (`dueOrder`). */
  #learnOrder(list: Applicable, sorted: readonly Milestone[]): void {
    const order = dueOrder(list.positions, sorted.map((m) => this.#index.positions.get(m.id)!), this.#dependsOn);
    this.#applicable.set(list.key, { key: list.key, rules: order.map((i) => list.rules[i]!), positions: order.map((i) => list.positions[i]!), chosen: order.map((i) => list.chosen[i]), inDueOrder: true });
  }

  #compute(raw: unknown, explain: boolean): Timeline {
    const f = validateCase(raw, this.#index, this.#law);
    const results = new Results(this.#index.ordered.length);
    // Each milestone is built from the case's one draft as soon as it is evaluated (`evaluateInto`).
    const milestones: Milestone[] = [];
    // Their sort keys beside them (due date and engine position: `sortKey`), compared as numbers.
    const count = this.#index.ordered.length;
    const keys: number[] = [];
    // The review notes with their positions: listed in the engine's rule order, not the evaluation order.
    let reviews: Array<{ readonly position: number; readonly entry: Timeline['review'][number] }> | undefined;
    let wachttijdDue: EpochDay | undefined;
    let wageDue: EpochDay | undefined;
    let wageExtensions: readonly Extension[] | undefined;
    const list = this.#applicableRules(f);
    const adjustable = caseAdjustments(f);
    const read = this.#read;
    const { rules, positions, chosen } = list;
    const ev = newDraft();
    for (let i = 0; i < rules.length; i++) {
      const rule = rules[i]!;
      const position = positions[i]!;
      if (!evaluateInto(ev, f, results, rule, position, adjustable, explain, chosen[i])) continue;
      // What later timings read, copied out of the draft.
      if (read[position]!) results.setAt(position, { due: ev.due, completed: ev.completed, notApplicable: ev.notApplicable, extensions: ev.extensions });
      if (ev.review !== undefined) (reviews ??= []).push({ position, entry: reviewEntry(rule.id, ev.review) });
      if (rule === this.#wachttijdRule) wachttijdDue = ev.due;
      if (rule === this.#wageRule) {
        wageDue = ev.due;
        wageExtensions = ev.extensions;
      }
      milestones.push(toMilestone(ev));
      keys.push(sortKey(ev.due, position, count));
    }
    sortByDue(milestones, keys);
    if (!list.inDueOrder) this.#learnOrder(list, milestones);
    // Array#sort is stable; the notes of one case are few, most cases have none.
    const review: Timeline['review'] = reviews === undefined ? [] : reviews.sort((a, b) => a.position - b.position).map((r) => r.entry);
    let lastDayOfWachttijd: number | null = wachttijdDue ?? f.verkorte?.end ?? f.wachttijdEnd;
    let endOfWagePayment = wageDue ?? lastDayOfWachttijd;
    // WIA 43(g): reaching the AOW age by the day after the wachttijd, no WIA benefit can start, so there
    // is no wachttijd for one (the einde-wachttijd rule does not apply: fact aowAge).
    if (f.ruleFacts.aowAge) {
      lastDayOfWachttijd = null;
      if (f.aow!.provisional) {
        review.push(reviewEntry(this.#wageRule?.id ?? '', { code: 'aow-age-provisional', params: { dateOfBirth: f.input.dateOfBirth!, aowDate: formatIsoDate(f.aow!.date) } }));
      }
    }
    if (f.chain.closed) {
      // Recovered, with no later sickness: wage payment for sickness ends with the last sick day, and a
      // wachttijd that had not yet run out does not run on into the future.
      const lastSickDay = f.chain.periods[f.chain.periods.length - 1]!.end;
      endOfWagePayment = Math.min(endOfWagePayment, lastSickDay);
      if (lastDayOfWachttijd !== null && lastDayOfWachttijd > lastSickDay) lastDayOfWachttijd = null;
    }
    // An extension beyond the end that stands (employment ended, recovered) did not happen, or only in part.
    const extensions = extensionsUpTo(wageExtensions ?? [], endOfWagePayment);
    const r = this.#receipt;
    const receipt = { library: r.library, version: r.version, rules: r.rules };
    return assembleTimeline({ facts: f, milestones, lastDayOfWachttijd, endOfWagePayment, extensions, review, receipt });
  }

  // Own properties (arrow functions), so that `cases.map(engine.compute)` works like a bound method.
  readonly compute = (input: CaseInput, options?: ComputeOptions): Timeline => {
    try {
      return this.#compute(input, readExplain(options));
    } catch (e) {
      // Nothing but a PoortwachterError leaves the engine: a bug of ours is still an error value.
      throw toPoortwachterError(e);
    }
  };

  readonly safeCompute = (input: unknown, options?: ComputeOptions): SafeResult => {
    try {
      return { success: true, data: this.#compute(input, readExplain(options)) };
    } catch (e) {
      return { success: false, error: toPoortwachterError(e) };
    }
  };
}

/** Builds an engine of the built-in rules plus `options.rules` (validated, then frozen). */
export function createEngine(options: EngineOptions = {}): Engine {
  if (typeof options !== 'object' || options === null) throw new PoortwachterError('INVALID_OPTION', 'the engine options must be an object such as { rules: [...] }', []);
  let rules: unknown;
  let ruleSchema: unknown;
  let schemaParses = true;
  try {
    rules = options.rules;
    ruleSchema = options.ruleSchema;
    if (ruleSchema !== undefined) schemaParses = typeof (ruleSchema as { safeParse?: unknown } | null)?.safeParse === 'function';
  } catch (e) {
    throw new PoortwachterError('UNREADABLE_INPUT', `the engine options could not be read: reading them threw ${describeThrown(e)}`, []);
  }
  if (rules !== undefined && !Array.isArray(rules)) throw new PoortwachterError('INVALID_OPTION', 'rules must be an array of rule objects (the format of rules/milestones/*.json)', ['rules']);
  if (!schemaParses) {
    throw new PoortwachterError('INVALID_OPTION', "ruleSchema must be the rule schema of 'poortwachter/schema' (ruleSchema)", ['ruleSchema']);
  }
  return Object.freeze(new CaseEngine(rules ?? [], ruleSchema as RuleFileSchema | undefined));
}
