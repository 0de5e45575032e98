/**
 * The engine: rules loaded and compiled once (`createEngine`), then every case computed synchronously
 * (`engine.compute`). Applicability is decided once per distinct set of case facts and memoised; all
 * date arithmetic is on epoch days; each date is formatted once, on the way out; explanations are
 * built when asked for.
 */
import { BUILTIN_RULE_FILES } from './builtin-rules.js';
import { buildContext, type CaseContext, type RuleIndex } from './case-context.js';
import { formatIsoDate, parseIsoDate } from './days.js';
import { InternalError, InvalidInputError, PoortwachterError } from './errors.js';
import type { CaseInput } from './input-schema.js';
import { evaluate, explain, Explainer, selectVersion, TimelineMilestone } from './milestone.js';
import { countedDaysUpTo, dateOfCountedDay } from './periods.js';
import { compileRule, orderRules, type CompiledRule } from './rule-loader.js';
import { REGIMES } from './regimes.js';
import { FACT_NAMES, FACTS, type FactName } from './rule-schema.js';
import type { ExplanationStep, Milestone, Timeline } from './timeline-schema.js';

export interface EngineOptions {
  /**
   * Extra rules in the same JSON format as `rules/*.json` (a company's own absence protocol). They are
   * validated like the built-in ones, must carry the label `own`, and cannot run code.
   */
  readonly rules?: readonly unknown[];
}

export type SafeResult = { success: true; data: Timeline } | { success: false; error: PoortwachterError };

export interface Engine {
  /** Computes the timeline; throws an `InvalidInputError` (a `PoortwachterError`) on bad input. */
  compute(input: CaseInput): Timeline;
  /** Never throws, whatever it is given. */
  safeCompute(input: unknown): SafeResult;
  /** The milestone ids this engine knows. */
  readonly milestoneIds: readonly string[];
  /** The rules of this engine, in evaluation order: id, source file and json-rules-engine conditions. */
  readonly rules: ReadonlyArray<{ readonly id: string; readonly source: string; readonly applies: unknown }>;
}

type Facts = Record<FactName, string | boolean>;

const BOOLEAN_FACTS = FACT_NAMES.filter((f) => FACTS[f] === 'boolean');

export function createEngine(options: EngineOptions = {}): Engine {
  if (typeof options !== 'object' || options === null) throw new PoortwachterError('INVALID_OPTION', 'the engine options must be an object such as { rules: [...] }', []);
  if (options.rules !== undefined && !Array.isArray(options.rules)) throw new PoortwachterError('INVALID_OPTION', 'rules must be an array of rule objects (the format of rules/*.json)', ['rules']);
  const compiled: CompiledRule[] = BUILTIN_RULE_FILES.map((f) => compileRule(f.file, f.data, true));
  (options.rules ?? []).forEach((raw, i) => {
    const id = typeof (raw as { id?: unknown } | null)?.id === 'string' ? ` (${(raw as { id: string }).id})` : '';
    compiled.push(compileRule(`rules[${i}]${id}`, raw, false));
  });
  const ordered = orderRules(compiled);
  const index: RuleIndex = {
    ordered,
    ruleById: new Map(ordered.map((r) => [r.id, r])),
    milestoneIds: ordered.map((r) => r.id),
    positions: new Map(ordered.map((r, i) => [r.id, i])),
  };
  // Applicability per distinct set of facts: a handful of combinations cover every case. The key is a
  // number: the regime's position, then every boolean fact of FACTS as one bit.
  const applicableMemo: Array<CompiledRule[] | undefined> = [];

  function applicableRules(facts: Facts): CompiledRule[] {
    let key = REGIMES.findIndex((r) => r.id === facts.regime);
    for (const f of BOOLEAN_FACTS) key = key * 2 + (facts[f] === true ? 1 : 0);
    let list = applicableMemo[key];
    if (list === undefined) {
      list = ordered.filter((r) => r.applies(facts));
      applicableMemo[key] = list;
    }
    return list;
  }

  function factsOf(ctx: CaseContext): Facts {
    const pregnancyRelated = ctx.input.pregnancyRelated === true;
    const noRiskPolis = ctx.input.noRiskPolis === true;
    return {
      regime: ctx.regime.id,
      pregnancyRelated,
      noRiskPolis,
      vangnet: pregnancyRelated || noRiskPolis,
      employmentEnded: ctx.employmentEnd !== undefined,
      vrijwilligeVerlenging: ctx.verlenging !== undefined,
      loonsanctie: ctx.loonsancties.length > 0,
      verkorteWachttijd: ctx.verkorte?.end !== undefined,
    };
  }

  /** Computes a case; with `record`, also the explanation steps of every milestone (explain mode). */
  function compute(raw: unknown, record?: Map<string, ExplanationStep[]>): Timeline {
    const ctx = buildContext(raw, index);
    const explainer = new Explainer(explainCase, ctx.input);
    const chain = ctx.chain;
    const milestones: Milestone[] = [];
    const dues: number[] = [];
    for (const rule of applicableRules(factsOf(ctx))) {
      const selected = selectVersion(ctx, rule);
      if (selected === undefined) continue;
      const ev = evaluate(ctx, rule, selected, undefined);
      ctx.computed.set(rule.id, { version: selected.version.data.version, due: ev.due, completed: ev.completion?.date, notApplicable: ev.notApplicable });
      if (selected.review !== undefined) ctx.review.push({ milestone: rule.id, reason: selected.review });
      if (record !== undefined) record.set(rule.id, explain(ctx, rule, selected.version, selected.review));
      milestones.push(new TimelineMilestone(rule, selected, ev, explainer));
      dues.push(ev.due);
    }
    // WIA 24(1): a vrijwillige verlenging extends wage payment "na afloop van de wachttijd".
    const wachttijdEnd = ctx.standardWachttijdEnd;
    if (ctx.verlenging !== undefined && wachttijdEnd !== undefined && ctx.verlenging.until <= wachttijdEnd) {
      const at = (ctx.input.events ?? []).findIndex((e) => e.type === 'vrijwillige-verlenging' && parseIsoDate(e.until) === ctx.verlenging!.until);
      throw new InvalidInputError([{ code: 'verlenging_before_end', path: ['events', at, 'until'], message: `a vrijwillige verlenging must end after the wachttijd (last day ${formatIsoDate(wachttijdEnd)}); ${formatIsoDate(ctx.verlenging.until)} does not` }]);
    }
    // Sorted by due date; on the same day, in rule order (dependencies first). Insertion sort: ~15 items.
    for (let i = 1; i < milestones.length; i++) {
      const m = milestones[i]!;
      const d = dues[i]!;
      let j = i - 1;
      while (j >= 0 && dues[j]! > d) {
        milestones[j + 1] = milestones[j]!;
        dues[j + 1] = dues[j]!;
        j--;
      }
      milestones[j + 1] = m;
      dues[j + 1] = d;
    }

    const wachttijd = ctx.computed.get('einde-wachttijd')?.due ?? dateOfCountedDay(chain, 728).date;
    const wage = ctx.computed.get('einde-loondoorbetaling')?.due ?? wachttijd;
    const partial = (ctx.input.events ?? []).filter((e) => e.type === 'partially-recovered');
    if (partial.length > 1) partial.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : (a.percentage ?? -1) - (b.percentage ?? -1)));
    const timeline: Timeline = {
      caseId: ctx.input.caseId,
      firstSickDay: formatIsoDate(chain.start),
      asOf: ctx.asOf === undefined ? undefined : formatIsoDate(ctx.asOf),
      regime: ctx.regime.id,
      regimeTitle: ctx.regime.title,
      countedDaysAsOf: ctx.asOf === undefined ? undefined : countedDaysUpTo(chain, ctx.asOf),
      lastDayOfWachttijd: formatIsoDate(wachttijd),
      wiaStart: formatIsoDate(wachttijd + 1),
      endOfWagePayment: formatIsoDate(wage),
      periods: chain.periods.map((p, i) => {
        const prev = chain.periods[i - 1];
        return {
          start: formatIsoDate(p.start),
          end: p.end === Infinity ? null : formatIsoDate(p.end),
          countedDays: p.end === Infinity ? null : countedDaysUpTo(chain, p.end) - countedDaysUpTo(chain, p.start - 1),
          gapBefore: prev === undefined ? null : { start: formatIsoDate(prev.end + 1), end: formatIsoDate(p.start - 1), days: p.gapBefore },
          partialRecoveries: partial.length === 0 ? [] : partial.filter((e) => e.date >= formatIsoDate(p.start) && (p.end === Infinity || e.date <= formatIsoDate(p.end))).map((e) => (e.percentage === undefined ? { date: e.date } : { date: e.date, percentage: e.percentage })),
        };
      }),
      leave: chain.leave.map((l) => ({ start: formatIsoDate(l.start), end: formatIsoDate(l.end), days: l.end - l.start + 1 })),
      earlierChains: chain.earlierChainStarts.map(formatIsoDate),
      milestones,
      review: ctx.review,
    };
    return timeline;
  }

  /** Explain mode: the same computation, recording the steps of every milestone. */
  function explainCase(input: CaseInput): Map<string, ExplanationStep[]> {
    const steps = new Map<string, ExplanationStep[]>();
    compute(input, steps);
    return steps;
  }

  return {
    compute(input) {
      try {
        return compute(input);
      } catch (e) {
        // Nothing but a PoortwachterError leaves the engine: a bug of ours is still an error value.
        throw e instanceof PoortwachterError ? e : new InternalError(e);
      }
    },
    safeCompute(input) {
      try {
        return { success: true, data: compute(input) };
      } catch (e) {
        return { success: false, error: e instanceof PoortwachterError ? e : new InternalError(e) };
      }
    },
    milestoneIds: index.milestoneIds,
    rules: ordered.map((r) => ({ id: r.id, source: r.source, applies: r.data.applies })),
  };
}
