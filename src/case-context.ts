/**
 * From the raw input to the context of one case: the input validated (every problem collected), the
 * chain of periods built, and the events sorted into what the rules need.
 */
import { formatIsoDate, parseIsoDate, type EpochDay } from './days.js';
import { InvalidInputError, type Issue } from './errors.js';
import { caseEventSchema, caseInputSchema, isoDateSchema, MAX_EVENTS, type CaseEvent, type CaseInput } from './input-schema.js';
import { buildChain, countedDaysUpTo, type Chain, type Interval, type StateEvent } from './periods.js';
import { regimeFor, WVP_START, type Regime } from './regimes.js';
import type { CompiledRule } from './rule-loader.js';
import type { Milestone } from './timeline-schema.js';
import { fastParseCase } from './input-fast-path.js';
import { zodIssues } from './zod-issues.js';

/** The engine's rules, indexed. */
export interface RuleIndex {
  readonly ordered: readonly CompiledRule[];
  readonly ruleById: ReadonlyMap<string, CompiledRule>;
  readonly milestoneIds: readonly string[];
  /** Position of each rule in `ordered`. */
  readonly positions: ReadonlyMap<string, number>;
}

/** What the milestones computed so far came to, by id: an array per case over the engine's positions. */
export class ComputedTable {
  readonly #values: Array<Computed | undefined>;
  readonly #positions: ReadonlyMap<string, number>;
  constructor(positions: ReadonlyMap<string, number>) {
    this.#positions = positions;
    this.#values = new Array<Computed | undefined>(positions.size);
  }
  get(id: string): Computed | undefined {
    const p = this.#positions.get(id);
    return p === undefined ? undefined : this.#values[p];
  }
  set(id: string, value: Computed): void {
    this.#values[this.#positions.get(id)!] = value;
  }
}

export type NotApplicable = NonNullable<Milestone['notApplicable']>;

/** What one milestone came to, before formatting. */
export interface Computed {
  version: string;
  due: EpochDay;
  completed: EpochDay | undefined;
  notApplicable: NotApplicable | undefined;
}

export interface Completion {
  date: EpochDay;
  via: string;
}

/** Everything about one case that the rules need, derived once from the input. */
export interface CaseContext {
  input: CaseInput;
  chain: Chain;
  regime: Regime;
  asOf: EpochDay | undefined;
  completions: Map<string, Completion>;
  evaluations: EpochDay[];
  deviations: Map<string, { due: EpochDay; reason: string }>;
  employmentEnd: EpochDay | undefined;
  loonsancties: Array<{ date: EpochDay; weeks: number }>;
  herstel: EpochDay[];
  verlenging: { date: EpochDay; until: EpochDay } | undefined;
  verkorte: { date: EpochDay; end: EpochDay | undefined } | undefined;
  leave: Interval[];
  computed: ComputedTable;
  /** The last day of the wachttijd without a verkorte wachttijd (base of wage payment). */
  standardWachttijdEnd: EpochDay | undefined;
  review: Array<{ milestone: string; reason: string }>;
}

function eventDate(e: NonNullable<CaseInput['events']>[number]): { date: string; field: string } {
  if (e.type === 'pregnancy-leave') return { date: e.start, field: 'start' };
  if (e.type === 'deviation') return { date: e.due, field: 'due' };
  return { date: e.date, field: 'date' };
}

/**
 * The valid parts of an input the schema rejected: a valid first sick day and asOf, and each event that
 * passes on its own (at its own index; `undefined` where it does not).
 */
function salvage(raw: unknown): CaseInput {
  const obj = typeof raw === 'object' && raw !== null && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {};
  const date = (v: unknown): string | undefined => (isoDateSchema.safeParse(v).success ? (v as string) : undefined);
  const rawEvents = Array.isArray(obj.events) ? obj.events.slice(0, MAX_EVENTS) : [];
  const events = rawEvents.map((e) => {
    const r = caseEventSchema.safeParse(e);
    return r.success ? r.data : undefined;
  });
  return {
    firstSickDay: date(obj.firstSickDay) ?? '',
    asOf: date(obj.asOf),
    events: events as CaseEvent[],
  };
}

export function buildContext(raw: unknown, rules: RuleIndex): CaseContext {
  const { ruleById, milestoneIds, ordered } = rules;
  // The fast path returns a copy only for certainly valid input; everything else goes to zod.
  const fast = fastParseCase(raw);
  const parsed = fast !== undefined ? ({ success: true, data: fast } as const) : caseInputSchema.safeParse(raw);
  // On a schema error, the parts that are valid are still checked, so that one error lists every problem.
  const issues: Issue[] = parsed.success ? [] : zodIssues(parsed.error);
  const input: CaseInput = parsed.success ? parsed.data : salvage(raw);
  const firstSickDay = parseIsoDate(input.firstSickDay);
  if (firstSickDay === undefined) throw new InvalidInputError(issues);
  if (input.firstSickDay < WVP_START) {
    issues.push({ code: 'before_wvp', path: ['firstSickDay'], message: `${input.firstSickDay} is before ${WVP_START}, when the Wet verbetering poortwachter took effect; poortwachter does not compute earlier law` });
  }
  const asOf = input.asOf === undefined ? undefined : parseIsoDate(input.asOf)!;
  if (asOf !== undefined && asOf < firstSickDay) {
    issues.push({ code: 'as_of_before_first_sick_day', path: ['asOf'], message: `asOf ${input.asOf} is before the first sick day ${input.firstSickDay}` });
  }
  const events: ReadonlyArray<CaseEvent | undefined> = input.events ?? [];
  const stateEvents: StateEvent[] = [];
  const leave: Array<Interval & { index: number }> = [];
  const deviations = new Map<string, { due: EpochDay; reason: string }>();
  let employmentEnd: { date: EpochDay; index: number } | undefined;
  let verlenging: { date: EpochDay; until: EpochDay; index: number } | undefined;
  let verkorte: { date: EpochDay; end: EpochDay | undefined; index: number } | undefined;
  const loonsancties: Array<{ date: EpochDay; weeks: number }> = [];
  const herstel: Array<{ date: EpochDay; index: number }> = [];

  events.forEach((e, index) => {
    if (e === undefined) return; // rejected by the schema already
    const { date: text, field } = eventDate(e);
    const date = parseIsoDate(text)!;
    if (date < firstSickDay) {
      issues.push({ code: 'event_before_first_sick_day', path: ['events', index, field], message: `${e.type} on ${text} is before the first sick day ${input.firstSickDay}` });
      return;
    }
    switch (e.type) {
      case 'completed':
        if (!ruleById.has(e.milestone)) issues.push({ code: 'unknown_milestone', path: ['events', index, 'milestone'], message: `unknown milestone '${e.milestone}'; known: ${milestoneIds.join(', ')}` });
        break;
      case 'recovered':
      case 'sick':
        stateEvents.push({ kind: e.type, date, index });
        break;
      case 'pregnancy-leave': {
        const end = parseIsoDate(e.end)!;
        if (end < date) issues.push({ code: 'leave_end_before_start', path: ['events', index, 'end'], message: `pregnancy leave ends (${e.end}) before it starts (${e.start})` });
        else leave.push({ start: date, end, index });
        break;
      }
      case 'deviation': {
        const rule = ruleById.get(e.milestone);
        if (rule === undefined) issues.push({ code: 'unknown_milestone', path: ['events', index, 'milestone'], message: `unknown milestone '${e.milestone}'` });
        else if (rule.data.deviable !== true) issues.push({ code: 'not_deviable', path: ['events', index, 'milestone'], message: `the term of '${e.milestone}' cannot be departed from; only ${ordered.filter((r) => r.data.deviable === true).map((r) => r.id).join(' and ')} can (Regeling procesgang art 5)` });
        else if (deviations.has(e.milestone)) issues.push({ code: 'duplicate_deviation', path: ['events', index], message: `a second deviation for '${e.milestone}': record one agreed term` });
        else deviations.set(e.milestone, { due: date, reason: e.reason });
        break;
      }
      case 'employment-ended':
        if (employmentEnd !== undefined) issues.push({ code: 'duplicate_employment_end', path: ['events', index], message: 'employment can end only once' });
        else employmentEnd = { date, index };
        break;
      case 'loonsanctie':
        loonsancties.push({ date, weeks: e.weeks });
        break;
      case 'loonsanctie-hersteld':
        herstel.push({ date, index });
        break;
      case 'vrijwillige-verlenging': {
        const until = parseIsoDate(e.until)!;
        if (until < date) issues.push({ code: 'verlenging_before_decision', path: ['events', index, 'until'], message: `the extension ends (${e.until}) before UWV's decision (${e.date})` });
        // Several decisions (extended further, shortened): the latest decision sets the end (WIA 24(2)).
        else if (verlenging === undefined || date > verlenging.date) verlenging = { date, until, index };
        else if (date === verlenging.date) issues.push({ code: 'conflicting_events', path: ['events', index], message: 'two vrijwillige-verlenging decisions on the same day' });
        break;
      }
      case 'verkorte-wachttijd': {
        if (verkorte !== undefined) {
          issues.push({ code: 'duplicate_verkorte_wachttijd', path: ['events', index], message: 'a verkorte wachttijd can be applied for only once (WIA 66(2))' });
          break;
        }
        const end = e.end === undefined ? undefined : parseIsoDate(e.end)!;
        verkorte = { date, end, index };
        break;
      }
      case 'partially-recovered':
        break;
    }
  });
  leave.sort((a, b) => a.start - b.start);
  for (let i = 1; i < leave.length; i++) {
    if (leave[i]!.start <= leave[i - 1]!.end) {
      issues.push({ code: 'overlapping_leave', path: ['events', leave[i]!.index], message: `pregnancy leave from ${formatIsoDate(leave[i]!.start)} overlaps the leave that ends ${formatIsoDate(leave[i - 1]!.end)}` });
    }
  }
  loonsancties.sort((a, b) => a.date - b.date);
  for (const h of herstel) {
    if (!loonsancties.some((l) => l.date <= h.date)) {
      issues.push({ code: 'herstel_without_loonsanctie', path: ['events', h.index], message: 'a finding that a loonsanctie shortcoming is repaired, without a loonsanctie decided on or before it' });
    }
  }

  // The chain is built from the valid events even when others were refused, so that its own problems
  // (a recovery while already fit, …) are listed in the same error.
  const chain = buildChain(firstSickDay, stateEvents, leave, issues);
  const regime = regimeFor(formatIsoDate(chain.start));
  if (regime === undefined && !issues.some((i) => i.code === 'before_wvp')) {
    issues.push({ code: 'before_wvp', path: ['firstSickDay'], message: `the current chain starts ${formatIsoDate(chain.start)}, before ${WVP_START}` });
  }
  // Events of earlier chains (four weeks or more fit in between) do not belong to this one.
  const inChain = (d: EpochDay): boolean => d >= chain.start;
  const completions = new Map<string, Completion>();
  const evaluations: EpochDay[] = [];
  events.forEach((e) => {
    if (e?.type !== 'completed') return;
    const d = parseIsoDate(e.date)!;
    if (!inChain(d)) return;
    if (e.milestone === 'evaluatie') evaluations.push(d);
    const prev = completions.get(e.milestone);
    if (prev === undefined || d < prev.date) completions.set(e.milestone, { date: d, via: 'completed' });
  });
  if (evaluations.length > 1) evaluations.sort((a, b) => a - b);

  if (verkorte !== undefined && verkorte.end !== undefined) {
    // The wachttijd counts sick days: gaps and leave before its end do not make it longer.
    const weeks = countedDaysUpTo(chain, verkorte.end) / 7;
    if (verkorte.end < verkorte.date + 70) issues.push({ code: 'verkorte_wachttijd_too_early', path: ['events', verkorte.index, 'end'], message: 'a verkorte wachttijd ends at least ten weeks after the application (WIA 23(6))' });
    if (weeks < 13 || weeks > 78) issues.push({ code: 'verkorte_wachttijd_length', path: ['events', verkorte.index, 'end'], message: `a verkorte wachttijd lasts 13 to 78 weeks (WIA 23(6)); this one would last ${Math.round(weeks * 10) / 10}` });
  }
  if (issues.length > 0 || regime === undefined) throw new InvalidInputError(issues);

  return {
    input,
    chain,
    regime,
    asOf,
    completions,
    evaluations,
    deviations,
    employmentEnd: employmentEnd !== undefined && inChain(employmentEnd.date) ? employmentEnd.date : undefined,
    loonsancties: loonsancties.filter((l) => inChain(l.date)),
    herstel: herstel.length === 0 ? [] : herstel.filter((h) => inChain(h.date)).map((h) => h.date).sort((a, b) => a - b),
    verlenging: verlenging !== undefined && inChain(verlenging.date) ? verlenging : undefined,
    verkorte: verkorte !== undefined && inChain(verkorte.date) ? verkorte : undefined,
    leave,
    computed: new ComputedTable(rules.positions),
    standardWachttijdEnd: undefined,
    review: [],
  };
}

