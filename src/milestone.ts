/**
 * One milestone of one case: which rule version applies, its due date after deviations, "onverwijld",
 * the end of employment and a verkorte wachttijd, whether it was done, and its status on `asOf`.
 *
 * The same `evaluate` runs twice at most: once on the fast path (no explanation collected), and again
 * with a step list when someone reads `milestone.explanation`. The explanation is therefore always the
 * reasoning of the computation that produced the date, and a batch that never asks for it never pays
 * for it.
 */
import type { CaseContext, Completion, NotApplicable } from './case-context.js';
import { formatIsoDate, type EpochDay } from './days.js';
import { firstWorkingDayFrom } from './holidays.js';
import type { CaseInput } from './input-schema.js';
import type { CompiledRule, CompiledVersion } from './rule-loader.js';
import type { ExplanationStep, Milestone, Status } from './timeline-schema.js';
import { timingDate, type Steps, type TimingResult } from './timing.js';

export interface Selected {
  version: CompiledVersion;
  result: TimingResult;
  review: string | undefined;
}

export interface Evaluation {
  due: EpochDay;
  countedDay: number | undefined;
  windowStart: EpochDay | undefined;
  completion: Completion | undefined;
  notApplicable: NotApplicable | undefined;
  onverwijld: boolean;
  deviation: { reason: string } | undefined;
  status: Status | undefined;
}

/** Picks the rule version and computes its timing (fast path: no steps). */
export function selectVersion(ctx: CaseContext, rule: CompiledRule): Selected | undefined {
  const start = ctx.chain.start;
  for (const v of rule.versions) {
    if (v.data.selectBy === 'firstSickDay') {
      if (start < v.from || start >= v.to) continue;
      const result = timingDate(ctx, v.data.timing, undefined);
      return result === undefined ? undefined : { version: v, result, review: undefined };
    }
    // Selected by the day it falls due: a version that ended before the chain began cannot apply.
    if (v.to <= start) continue;
    const result = timingDate(ctx, v.data.timing, undefined);
    if (result === undefined) return undefined;
    if (result.due >= v.from && result.due < v.to) {
      const review =
        v.from > start
          ? `The first sick day ${formatIsoDate(start)} lies before ${v.data.validFrom}, when version '${v.data.version}' of this rule took effect; the deadline falls under it, but the transitional law of that change is not modelled: check it.`
          : undefined;
      return { version: v, result, review };
    }
  }
  // No version claims the date (a deadline that moved across a change): use the one in force on day 1.
  const fallback = rule.versions.find((v) => start >= v.from && start < v.to) ?? rule.versions[rule.versions.length - 1]!;
  const result = timingDate(ctx, fallback.data.timing, undefined);
  if (result === undefined) return undefined;
  return { version: fallback, result, review: `No version of this rule covers both the first sick day and the deadline; version '${fallback.data.version}' (in force on the first sick day) was used: check it.` };
}

function statusOf(kind: 'action' | 'option' | 'moment', due: EpochDay, completed: EpochDay | undefined, asOf: EpochDay): Status {
  const done = completed !== undefined && completed <= asOf ? completed : undefined;
  if (kind === 'moment') return asOf > due ? 'done' : 'open';
  if (done !== undefined) return done <= due ? 'done' : 'done-late';
  if (asOf <= due) return 'open';
  return kind === 'action' ? 'overdue' : 'not-applicable';
}

/** Everything after the timing. Reads the context, never changes it; records steps when given a list. */
export function evaluate(ctx: CaseContext, rule: CompiledRule, selected: Selected, steps: Steps): Evaluation {
  const data = rule.data;
  const { result } = selected;
  let due = result.due;
  let countedDay = result.countedDay;
  let notApplicable: NotApplicable | undefined = result.inherited === undefined ? undefined : 'depends-on-not-applicable';
  let onverwijld = false;
  let deviation: { reason: string } | undefined;

  // Completion: a `completed` event, or another event that counts as doing it. A recurring milestone is
  // the next occurrence: the recorded ones are its anchor (see timing.ts), never its completion.
  const recurring = selected.version.data.timing.type === 'recurring';
  let completion = recurring ? undefined : ctx.completions.get(rule.id);
  if (data.completedBy !== undefined) {
    for (const by of data.completedBy) {
      let alt: EpochDay | undefined;
      if (by.event === 'loonsanctie') alt = ctx.loonsancties[0]?.date;
      if (by.event === 'verkorte-wachttijd' && ctx.verkorte !== undefined && (by.onlyWhenGranted !== true || ctx.verkorte.end !== undefined)) alt = ctx.verkorte.date;
      if (alt !== undefined && (completion === undefined || alt < completion.date)) completion = { date: alt, via: by.event };
    }
  }

  const dev = data.deviable === true ? ctx.deviations.get(rule.id) : undefined;
  if (dev !== undefined) {
    due = dev.due;
    countedDay = undefined;
    deviation = { reason: dev.reason };
    steps?.push({ step: 'deviation', due: formatIsoDate(dev.due), reason: dev.reason });
  } else if (data.onverwijld === true && completion === undefined && ctx.chain.periods.length > 1) {
    // Regeling art 2(3): the counted days passed the term in an earlier period that was itself shorter
    // than the term (so long absence was not apparent then); the current period makes the absence
    // long, so the analysis is due without delay from its first day.
    const current = ctx.chain.periods[ctx.chain.periods.length - 1]!;
    const passedIn = ctx.chain.periods.find((p) => p.start <= due && due <= p.end);
    if (due < current.start && passedIn !== undefined && passedIn.end - passedIn.start + 1 < (result.countedDay ?? Infinity)) {
      due = current.start;
      countedDay = undefined;
      onverwijld = true;
      steps?.push({ step: 'onverwijld', since: formatIsoDate(current.start) });
    }
  }

  if (data.uwvWorkingDayLeniency === true && ctx.input.options?.ziekmeldingUwv === 'uwv-eerste-werkdag') {
    const shifted = firstWorkingDayFrom(due);
    steps?.push({ step: 'note', code: 'uwv-eerste-werkdag', params: { from: formatIsoDate(due), to: formatIsoDate(shifted) } });
    if (shifted !== due) countedDay = undefined;
    due = shifted;
  }

  // End of employment (ZW 38(2)): the Ziektewet takes over.
  const end = ctx.employmentEnd;
  if (end !== undefined && data.onEmploymentEnd !== undefined && completion === undefined) {
    const effect = data.onEmploymentEnd;
    const moveToLastDay = effect === 'due-on-last-day' || (effect === 'due-on-last-day-after-6-weeks' && end - ctx.chain.start >= 42);
    if (moveToLastDay) {
      if (end < due) {
        due = end;
        countedDay = undefined;
        steps?.push({ step: 'employment-end', date: formatIsoDate(end) });
      }
    } else if (due > end) notApplicable ??= 'employment-ended';
  }

  const verkorteEnd = ctx.verkorte?.end;
  if (verkorteEnd !== undefined && data.onVerkorteWachttijd !== undefined) {
    if (data.onVerkorteWachttijd === 'not-applicable' || (data.onVerkorteWachttijd === 'not-applicable-after' && due > verkorteEnd)) notApplicable ??= 'verkorte-wachttijd';
  }

  // Recovered for good so far: what the chain never reached no longer applies.
  if (ctx.chain.closed && completion === undefined) {
    const lastSickDay = ctx.chain.periods[ctx.chain.periods.length - 1]!.end;
    if (due > lastSickDay) notApplicable ??= 'recovered';
  }

  if (completion !== undefined) steps?.push({ step: 'completed', date: formatIsoDate(completion.date), via: completion.via });
  let status: Status | undefined;
  if (ctx.asOf !== undefined) {
    status = notApplicable !== undefined ? 'not-applicable' : statusOf(data.kind, due, completion?.date, ctx.asOf);
    // An option whose day passed unused on asOf.
    if (status === 'not-applicable' && notApplicable === undefined) notApplicable = 'option-unused';
    steps?.push({ step: 'status', status, asOf: formatIsoDate(ctx.asOf) });
  }
  if (notApplicable !== undefined) steps?.push({ step: 'note', code: `not-applicable-${notApplicable}` });

  let windowStart: EpochDay | undefined;
  const window = selected.version.data.window;
  if (window !== undefined) {
    const w = timingDate(ctx, window, undefined);
    if (w !== undefined && w.due <= due) windowStart = w.due;
  }
  return { due, countedDay, windowStart, completion, notApplicable, onverwijld, deviation, status };
}

/** The explanation of a milestone: its evaluation run again, recording every step. */
export function explain(ctx: CaseContext, rule: CompiledRule, version: CompiledVersion, review: string | undefined): ExplanationStep[] {
  const v = version.data;
  const timingSteps: ExplanationStep[] = [];
  const result = timingDate(ctx, v.timing, timingSteps)!;
  const steps: ExplanationStep[] = [
    { step: 'rule', rule: rule.id, version: v.version, validFrom: v.validFrom, validTo: v.validTo, selectBy: v.selectBy, selectDate: formatIsoDate(v.selectBy === 'due' ? result.due : ctx.chain.start) },
    ...timingSteps,
  ];
  evaluate(ctx, rule, { version, result, review }, steps);
  return steps;
}

/**
 * The explanations of one timeline, computed on first read: the case is run again in explain mode from
 * the timeline's own (validated, private) copy of the input, so a timeline keeps no context alive and
 * a batch that never reads an explanation never builds one.
 */
export class Explainer {
  #steps: Map<string, ExplanationStep[]> | undefined;
  readonly #run: (input: CaseInput) => Map<string, ExplanationStep[]>;
  readonly #input: CaseInput;
  constructor(run: (input: CaseInput) => Map<string, ExplanationStep[]>, input: CaseInput) {
    this.#run = run;
    this.#input = input;
  }
  stepsFor(id: string): ExplanationStep[] {
    this.#steps ??= this.#run(this.#input);
    return this.#steps.get(id) ?? [];
  }
}

/**
 * A milestone of a timeline. Its fields are plain own properties; `explanation` is a getter that
 * builds the explanation on first read, and `toJSON` includes it, so JSON output is complete.
 */
export class TimelineMilestone implements Milestone {
  id: string;
  title: Milestone['title'];
  kind: Milestone['kind'];
  responsible: string[];
  label: Milestone['label'];
  due: string;
  windowStart: string | undefined;
  countedDay: number | undefined;
  status: Status | undefined;
  completed: string | undefined;
  notApplicable: NotApplicable | undefined;
  onverwijld: true | undefined;
  deviation: { reason: string } | undefined;
  review: string | undefined;
  rule: Milestone['rule'];
  basis: Milestone['basis'];
  readonly #explainer: Explainer;

  constructor(rule: CompiledRule, selected: Selected, ev: Evaluation, explainer: Explainer) {
    const data = rule.data;
    const v = selected.version.data;
    this.id = rule.id;
    this.title = v.title ?? data.title;
    this.kind = data.kind;
    this.responsible = data.responsible;
    this.label = data.label;
    this.due = formatIsoDate(ev.due);
    this.windowStart = ev.windowStart === undefined ? undefined : formatIsoDate(ev.windowStart);
    this.countedDay = ev.countedDay;
    this.status = ev.status;
    this.completed = ev.completion === undefined ? undefined : formatIsoDate(ev.completion.date);
    this.notApplicable = ev.notApplicable;
    this.onverwijld = ev.onverwijld ? true : undefined;
    this.deviation = ev.deviation;
    this.review = selected.review;
    this.rule = rule.refs[selected.version.index]!;
    this.basis = v.basis;
    this.#explainer = explainer;
  }

  /** The steps that produced `due`, built on first read. */
  get explanation(): ExplanationStep[] {
    return this.#explainer.stepsFor(this.id);
  }

  toJSON(): Milestone {
    return { ...this, explanation: this.explanation };
  }
}
