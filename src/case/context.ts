/**
 * The facts of one valid case, derived once and never changed afterwards: the chain, the regime and the
 * law's parameters in force for it, and the events of the current chain sorted into what the law reads.
 * Results of milestones are not facts: they live in the per-case results table (`law/results.ts`).
 */
import type { EpochDay } from '../calendar/days.js';
import type { LawParameters, Regime } from '../rules/law.js';
import type { AfterEventType, FactName } from '../rules/schema.js';
import type { Chain, Interval, StateEvent } from './chain.js';
import type { CaseInput } from './schema.js';

export interface Completion {
  readonly date: EpochDay;
  /** `completed`, or the other event that counts as doing it. */
  readonly via: string;
}

/** The case facts a rule's json-rules-engine conditions test (see `FACTS`), in a fixed shape. */
export type RuleFacts = Readonly<Record<FactName, string | boolean>>;

export interface CaseFacts {
  readonly input: CaseInput;
  /** What json-rules-engine conditions (`applies`, `choose`) see of this case. */
  readonly ruleFacts: RuleFacts;
  readonly chain: Chain;
  readonly regime: Regime;
  /** The law's parameters in force for this chain (chosen by its first day). */
  readonly law: LawParameters;
  readonly asOf: EpochDay | undefined;
  /** The last day of the wachttijd without a verkorte wachttijd: counted day `law.wachttijdDays`. */
  readonly wachttijdEnd: EpochDay;
  /**
   * The day the employee reaches the AOW age (from `dateOfBirth`; AOW art 7a), `provisional` when the
   * table's age for that birth date is not yet set; `undefined` without a date of birth.
   */
  readonly aow: { readonly date: EpochDay; readonly provisional: boolean } | undefined;
  /**
   * The earliest recorded `completed` per milestone within the current chain, by the milestone's
   * position in the engine's rule order (what the law reads per milestone).
   */
  readonly completionAt: ReadonlyArray<Completion | undefined>;
  /** Every recorded `completed` within the chain, in input order (a recurring milestone's anchors). */
  readonly recorded: ReadonlyArray<{ readonly milestone: string; readonly date: EpochDay }>;
  readonly deviations: ReadonlyMap<string, { readonly due: EpochDay; readonly reason: string }>;
  readonly employmentEnd: EpochDay | undefined;
  readonly loonsancties: ReadonlyArray<{ readonly date: EpochDay; readonly weeks: number }>;
  readonly herstel: readonly EpochDay[];
  readonly verlenging: { readonly date: EpochDay; readonly until: EpochDay } | undefined;
  readonly verkorte: { readonly date: EpochDay; readonly end: EpochDay | undefined } | undefined;
  readonly leave: readonly Interval[];
  /**
   * The dates of the events an `afterEvent` timing can follow (`herstelmelding`, …), within the chain,
   * sorted, by type.
   */
  readonly eventDates: Readonly<Record<AfterEventType, readonly EpochDay[]>>;
  /** Terms UWV set for the re-integratieverslag within the chain, by the date of the letter. */
  readonly verslagTermijnen: ReadonlyArray<{ readonly date: EpochDay; readonly due: EpochDay }>;
  /** `partially-recovered` events, sorted, for display with the periods. */
  readonly partialRecoveries: ReadonlyArray<{ readonly date: EpochDay; readonly percentage: number | undefined }>;
}

/** The events of a valid input, sorted into what the law reads (indexes kept for error paths). */
export interface SortedEvents {
  readonly stateEvents: readonly StateEvent[];
  readonly leave: ReadonlyArray<Interval & { index: number }>;
  readonly deviations: ReadonlyMap<string, { due: EpochDay; reason: string }>;
  readonly employmentEnd: EpochDay | undefined;
  readonly verlenging: { date: EpochDay; until: EpochDay; index: number } | undefined;
  readonly verkorte: { date: EpochDay; end: EpochDay | undefined; index: number } | undefined;
  readonly loonsancties: ReadonlyArray<{ date: EpochDay; weeks: number }>;
  readonly herstel: readonly EpochDay[];
  /** `herstelmelding` events (every chain), sorted. */
  readonly herstelmeldingen: readonly EpochDay[];
  /** `deskundigenoordeel-aanvraag` events (every chain), sorted. */
  readonly deskundigenoordeelAanvragen: readonly EpochDay[];
  /** `re-integratieverslag-termijn` events (every chain), sorted by their date. */
  readonly verslagTermijnen: ReadonlyArray<{ readonly date: EpochDay; readonly due: EpochDay }>;
  /** `completed` events (every chain), in input order, with their milestone's position in the rule order. */
  readonly completed: ReadonlyArray<{ readonly milestone: string; readonly date: EpochDay; readonly position: number }>;
  /** `partially-recovered` events, in input order (sorted here). */
  readonly partialRecoveries: Array<{ date: EpochDay; percentage: number | undefined }>;
}

// Not frozen: the law reads it by index for every milestone, and optimised code reads a frozen array
// through a generic keyed load. Nothing writes to it (it is typed read-only).
const NONE_AT: ReadonlyArray<undefined> = [];

// The events of the current chain, without a copy when (as nearly always) they all belong to it: facts
// are never changed, so the list itself can be shared. Loops, not `filter` with an arrow over `start`:
// that would put `start` in a context object allocated on every call, four times a case.
function daysFrom(list: readonly EpochDay[], start: EpochDay): readonly EpochDay[] {
  for (let i = 0; i < list.length; i++) {
    if (list[i]! >= start) continue;
    const out: EpochDay[] = [];
    for (let j = 0; j < list.length; j++) if (list[j]! >= start) out.push(list[j]!);
    return out;
  }
  return list;
}
export function datedFrom<T extends { readonly date: EpochDay }>(list: readonly T[], start: EpochDay): readonly T[] {
  for (let i = 0; i < list.length; i++) {
    if (list[i]!.date >= start) continue;
    const out: T[] = [];
    for (let j = 0; j < list.length; j++) if (list[j]!.date >= start) out.push(list[j]!);
    return out;
  }
  return list;
}

/** The first of `days` on or after `day` (a loop, not `find` with an arrow: see `daysFrom`). */
export function firstFrom(days: readonly EpochDay[], day: EpochDay): EpochDay | undefined {
  for (let i = 0; i < days.length; i++) if (days[i]! >= day) return days[i];
  return undefined;
}

/** Whether some leave ended before `day` (a loop: see `daysFrom`). */
function leaveEndedBefore(leave: readonly Interval[], day: EpochDay): boolean {
  for (let i = 0; i < leave.length; i++) if (leave[i]!.end < day) return true;
  return false;
}

export function buildFacts(
  input: CaseInput,
  sorted: SortedEvents,
  chain: Chain,
  regime: Regime,
  law: LawParameters,
  wachttijdEnd: EpochDay,
  asOf: EpochDay | undefined,
  aow: CaseFacts['aow'],
  ruleCount: number,
): CaseFacts {
  // Events of earlier chains (four weeks or more fit in between) do not belong to this one.
  const start = chain.start;
  let completionAt: Array<Completion | undefined> | undefined;
  // The list itself when (as nearly always) every one is within the chain.
  const recorded = datedFrom(sorted.completed, start);
  for (let i = 0; i < recorded.length; i++) {
    const r = recorded[i]!;
    completionAt ??= new Array<Completion | undefined>(ruleCount);
    const prev = completionAt[r.position];
    if (prev === undefined || r.date < prev.date) completionAt[r.position] = { date: r.date, via: 'completed' };
  }
  const partial = sorted.partialRecoveries;
  if (partial.length > 1) partial.sort((a, b) => a.date - b.date || (a.percentage ?? -1) - (b.percentage ?? -1));
  const { verlenging, verkorte } = sorted;
  const employmentEnd = sorted.employmentEnd !== undefined && sorted.employmentEnd >= start ? sorted.employmentEnd : undefined;
  const loonsancties = datedFrom(sorted.loonsancties, start);
  const pregnancyRelated = input.pregnancyRelated === true;
  const noRiskPolis = input.noRiskPolis === true;
  const flexibilisationPeriod = input.flexibilisationPeriod === true;
  const uitzendbeding = input.uitzendbeding === true;
  const fictieveDienstbetrekking = input.fictieveDienstbetrekking === true;
  const ruleFacts: RuleFacts = {
    regime: regime.id,
    pregnancyRelated,
    noRiskPolis,
    vangnet: pregnancyRelated || noRiskPolis || flexibilisationPeriod || uitzendbeding || fictieveDienstbetrekking,
    // ZW 29a(4): pregnancy-related sickness after the leave (a leave recorded before the chain began).
    afterPregnancyLeave: pregnancyRelated && leaveEndedBefore(sorted.leave, chain.start),
    flexibilisationPeriod,
    uitzendbeding,
    fictieveDienstbetrekking,
    domesticWorker: input.domesticWorker === true,
    eigenrisicodragerZw: input.eigenrisicodragerZw === true,
    employmentEnded: employmentEnd !== undefined,
    vrijwilligeVerlenging: verlenging !== undefined && verlenging.date >= start,
    loonsanctie: loonsancties.length > 0,
    verkorteWachttijd: verkorte !== undefined && verkorte.date >= start && verkorte.end !== undefined,
    // WIA 43(g): the AOW age ends (and so excludes) a WIA benefit; reached by the day after the wachttijd,
    // no WIA benefit can start.
    aowAge: aow !== undefined && aow.date <= wachttijdEnd + 1,
  };
  return {
    input,
    ruleFacts,
    chain,
    regime,
    law,
    asOf,
    wachttijdEnd,
    aow,
    completionAt: completionAt ?? NONE_AT,
    recorded,
    deviations: sorted.deviations,
    employmentEnd,
    loonsancties,
    herstel: daysFrom(sorted.herstel, start),
    eventDates: { herstelmelding: daysFrom(sorted.herstelmeldingen, start), 'deskundigenoordeel-aanvraag': daysFrom(sorted.deskundigenoordeelAanvragen, start) },
    verslagTermijnen: datedFrom(sorted.verslagTermijnen, start),
    verlenging: verlenging !== undefined && verlenging.date >= start ? { date: verlenging.date, until: verlenging.until } : undefined,
    verkorte: verkorte !== undefined && verkorte.date >= start ? { date: verkorte.date, end: verkorte.end } : undefined,
    leave: sorted.leave,
    partialRecoveries: partial,
  };
}
