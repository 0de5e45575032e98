/**
 * Validation of a case, in one pass before anything is computed: the input is read once (`read.ts`),
 * checked by the schema (or the fast path), then every legal and logical problem is collected: dates
 * before the first sick day, events that contradict each other, the chain's own problems, the bounds of
 * a verkorte wachttijd (WIA 23(6)) and a vrijwillige verlenging that ends inside the wachttijd (WIA 24).
 * One `InvalidInputError` lists them all; a valid case becomes the immutable facts the law reads.
 */
import { formatIsoDate, parseCheckedIsoDate, parseIsoDate, type EpochDay } from '../calendar/days.js';
import { InvalidInputError, type Issue } from '../errors.js';
import type { Law } from '../rules/law.js';
import type { RuleIndex } from '../rules/compiled.js';
import { buildChain, countedDaysUpTo, dateOfCountedDay, type Interval, type StateEvent } from './chain.js';
import { buildFacts, datedFrom, type CaseFacts, type SortedEvents } from './context.js';
import { caseIssues, eventIssues, isDate } from './check.js';
import { dateFieldOf, type CaseEvent } from './events.js';
import { MAX_EVENTS } from './fields.js';
import { readInput } from './read.js';
import type { CaseInput } from './schema.js';

/**
 * The valid parts of an input the schema rejected: a valid first sick day and asOf, and each event that
 * passes on its own (at its own index; `undefined` where it does not), so that one error lists the
 * problems of the valid parts too.
 */
function salvage(snapshot: unknown): { input: CaseInput; events: ReadonlyArray<CaseEvent | undefined> } {
  const obj = typeof snapshot === 'object' && snapshot !== null && !Array.isArray(snapshot) ? (snapshot as Record<string, unknown>) : {};
  const date = (v: unknown): string | undefined => (isDate(v) ? v : undefined);
  const rawEvents = Array.isArray(obj.events) ? obj.events.slice(0, MAX_EVENTS) : [];
  const events = rawEvents.map((e) => (eventIssues(e, []).length === 0 ? (e as CaseEvent) : undefined));
  const asOf = date(obj.asOf);
  return { input: asOf === undefined ? { firstSickDay: date(obj.firstSickDay) ?? '' } : { firstSickDay: date(obj.firstSickDay) ?? '', asOf }, events };
}


/** The text of the field that dates the event (`dateFieldOf`). */
function dateTextOf(e: CaseEvent): string {
  return (e as unknown as Record<string, string>)[dateFieldOf(e.type)]!;
}

const NO_DEVIATIONS: ReadonlyMap<string, { due: EpochDay; reason: string }> = new Map();

/** A report or finding of repair answers a loonsanctie of the same chain, decided on or before it. */
function sanctionOnOrBefore(d: EpochDay, chainStart: EpochDay, inChain: ReadonlyArray<{ date: EpochDay }>, all: ReadonlyArray<{ date: EpochDay }>): boolean {
  const list = d >= chainStart ? inChain : all;
  for (let i = 0; i < list.length; i++) if (list[i]!.date <= d) return true;
  return false;
}

/** The loonsancties without their input positions (a loop: `map` would make its arrow on every call). */
function sanctionsOf(list: ReadonlyArray<{ date: EpochDay; weeks: number }>): Array<{ date: EpochDay; weeks: number }> {
  const out: Array<{ date: EpochDay; weeks: number }> = [];
  for (let i = 0; i < list.length; i++) out.push({ date: list[i]!.date, weeks: list[i]!.weeks });
  return out;
}

/** The dates of some events, sorted (most cases have none of them: no copy, no sort). */
function sortedDays(list: ReadonlyArray<{ date: EpochDay }>): EpochDay[] {
  if (list.length === 0) return [];
  const days = list.map((x) => x.date);
  return list.length === 1 ? days : days.sort((a, b) => a - b);
}

/** Validates a raw case and returns its facts; throws an `InvalidInputError` listing every problem. */
export function validateCase(raw: unknown, rules: RuleIndex, law: Law): CaseFacts {
  const read = readInput(raw);
  // Input the fast path could not accept is judged in full: valid after all (an explicit `undefined`, an
  // unusual key order), or every problem listed.
  const issues: Issue[] = read.valid !== undefined ? [] : caseIssues(read.snapshot);
  const valid = read.valid ?? (issues.length === 0 ? (read.snapshot as CaseInput) : undefined);
  const { input, events } = valid !== undefined ? { input: valid, events: valid.events ?? [] } : salvage(read.snapshot);
  // The events' days, parsed by the fast path as it checked them; otherwise parsed below.
  const days = read.valid !== undefined ? read.days : undefined;
  // The first sick day may be missing ('' from salvage) unless the fast path checked it; every other date
  // below was checked by the schema or the fast path, and is read without checking again.
  const firstSickDay = read.valid !== undefined ? parseCheckedIsoDate(input.firstSickDay) : parseIsoDate(input.firstSickDay);
  if (firstSickDay === undefined) throw new InvalidInputError(issues);
  const asOf = input.asOf === undefined ? undefined : parseCheckedIsoDate(input.asOf);
  if (asOf !== undefined && asOf < firstSickDay) {
    issues.push({ code: 'as_of_before_first_sick_day', path: ['asOf'], message: `asOf ${input.asOf} is before the first sick day ${input.firstSickDay}` });
  }

  const birth = input.dateOfBirth === undefined ? undefined : parseCheckedIsoDate(input.dateOfBirth);
  if (birth !== undefined && birth >= firstSickDay) {
    issues.push({ code: 'birth_not_before_first_sick_day', path: ['dateOfBirth'], message: `the date of birth ${input.dateOfBirth} must be before the first sick day ${input.firstSickDay}` });
  }

  const stateEvents: StateEvent[] = [];
  const leave: Array<Interval & { index: number }> = [];
  const deviationList: Array<{ milestone: string; due: EpochDay; reason: string; index: number }> = [];
  let employmentEnd: { date: EpochDay; index: number } | undefined;
  let verlenging: { date: EpochDay; until: EpochDay; index: number } | undefined;
  const verkorteList: Array<{ date: EpochDay; end: EpochDay | undefined; index: number }> = [];
  const loonsancties: Array<{ date: EpochDay; weeks: number; index: number }> = [];
  const herstel: Array<{ date: EpochDay; index: number }> = [];
  const herstelmeldingen: Array<{ date: EpochDay; index: number }> = [];
  const deskundigenoordeelAanvragen: EpochDay[] = [];
  const verslagTermijnen: Array<{ date: EpochDay; due: EpochDay }> = [];
  const completed: Array<{ milestone: string; date: EpochDay; position: number }> = [];
  const partialRecoveries: Array<{ date: EpochDay; percentage: number | undefined }> = [];

  for (let index = 0; index < events.length; index++) {
    const e = events[index];
    if (e === undefined) continue; // rejected by the schema already
    const date = days !== undefined ? days[index]! : parseCheckedIsoDate(dateTextOf(e));
    // A pregnancy leave that ended before the first sick day is history the law reads (ZW 29a(4)).
    const leaveEnd = e.type === 'pregnancy-leave' ? parseCheckedIsoDate(e.end) : undefined;
    const before = leaveEnd !== undefined && leaveEnd < firstSickDay && leaveEnd >= date;
    if (date < firstSickDay && !before) {
      issues.push({ code: 'event_before_first_sick_day', path: ['events', index, dateFieldOf(e.type)], message: `${e.type} on ${dateTextOf(e)} is before the first sick day ${input.firstSickDay}` });
      continue;
    }
    switch (e.type) {
      case 'completed': {
        const position = rules.positions.get(e.milestone);
        completed.push({ milestone: e.milestone, date, position: position ?? -1 });
        if (position === undefined) issues.push({ code: 'unknown_milestone', path: ['events', index, 'milestone'], message: `unknown milestone '${e.milestone}'; known: ${rules.milestoneIds.join(', ')}` });
        break;
      }
      case 'recovered':
        stateEvents.push({ kind: e.type, date, index });
        break;
      case 'sick':
        stateEvents.push(e.differentCause === true ? { kind: 'sick', date, index, differentCause: true } : { kind: 'sick', date, index });
        break;
      case 'pregnancy-leave': {
        const end = parseCheckedIsoDate(e.end);
        if (end < date) issues.push({ code: 'leave_end_before_start', path: ['events', index, 'end'], message: `pregnancy leave ends (${e.end}) before it starts (${e.start})` });
        else leave.push({ start: date, end, index });
        break;
      }
      case 'deviation': {
        const rule = rules.ruleById.get(e.milestone);
        if (rule === undefined) issues.push({ code: 'unknown_milestone', path: ['events', index, 'milestone'], message: `unknown milestone '${e.milestone}'` });
        else if (rule.data.deviable !== true) issues.push({ code: 'not_deviable', path: ['events', index, 'milestone'], message: `the term of '${e.milestone}' cannot be departed from; only ${rules.deviable.join(' and ')} can (Regeling procesgang art 5)` });
        else deviationList.push({ milestone: e.milestone, due: date, reason: e.reason, index });
        break;
      }
      case 'employment-ended':
        if (employmentEnd !== undefined) issues.push({ code: 'duplicate_employment_end', path: ['events', index], message: 'employment can end only once' });
        else employmentEnd = { date, index };
        break;
      case 'loonsanctie':
        loonsancties.push({ date, weeks: e.weeks, index });
        break;
      case 'loonsanctie-hersteld':
        herstel.push({ date, index });
        break;
      case 'herstelmelding':
        herstelmeldingen.push({ date, index });
        break;
      case 'deskundigenoordeel-aanvraag':
        deskundigenoordeelAanvragen.push(date);
        break;
      case 're-integratieverslag-termijn': {
        const due = parseCheckedIsoDate(e.due);
        if (due < date) issues.push({ code: 'term_before_letter', path: ['events', index, 'due'], message: `the term (${e.due}) ends before UWV's letter (${e.date})` });
        else verslagTermijnen.push({ date, due });
        break;
      }
      case 'vrijwillige-verlenging': {
        const until = parseCheckedIsoDate(e.until);
        if (until < date) issues.push({ code: 'verlenging_before_decision', path: ['events', index, 'until'], message: `the extension ends (${e.until}) before UWV's decision (${e.date})` });
        // Several decisions (extended further, shortened): the latest decision sets the end (WIA 24(2)).
        else if (verlenging === undefined || date > verlenging.date) verlenging = { date, until, index };
        else if (date === verlenging.date) issues.push({ code: 'conflicting_events', path: ['events', index], message: 'two vrijwillige-verlenging decisions on the same day' });
        break;
      }
      case 'verkorte-wachttijd':
        verkorteList.push({ date, end: e.end === undefined ? undefined : parseCheckedIsoDate(e.end), index });
        break;
      case 'partially-recovered':
        // -0 would not survive a JSON round trip of the timeline (it becomes 0): store it as 0.
        partialRecoveries.push({ date, percentage: e.percentage === 0 ? 0 : e.percentage });
        break;
    }
  }
  // Sorted only when there is something to sort: a call of Array#sort costs even on an empty list, and
  // most cases have none of these events.
  if (leave.length > 1) leave.sort((a, b) => a.start - b.start);
  for (let i = 1; i < leave.length; i++) {
    if (leave[i]!.start <= leave[i - 1]!.end) {
      issues.push({ code: 'overlapping_leave', path: ['events', leave[i]!.index], message: `pregnancy leave from ${formatIsoDate(leave[i]!.start)} overlaps the leave that ends ${formatIsoDate(leave[i - 1]!.end)}` });
    }
  }
  if (loonsancties.length > 1) loonsancties.sort((a, b) => a.date - b.date);

  // The chain is built from the valid events even when others were refused, so that its own problems
  // (a recovery while already fit, …) are listed in the same error.
  const { chain, problems } = buildChain(firstSickDay, stateEvents, leave, law.parametersAt(firstSickDay).chainBreakDays);
  // A spread call costs even with nothing to spread, and most chains have no problems.
  if (problems.length > 0) issues.push(...problems);
  const regime = law.regimeAt(chain.start);
  if (regime === undefined) {
    const start = law.regimes[0]!.validFrom;
    issues.push({
      code: 'before_wvp',
      path: ['firstSickDay'],
      message:
        chain.start === firstSickDay
          ? `${input.firstSickDay} is before ${start}, when the Wet verbetering poortwachter took effect; poortwachter does not compute earlier law`
          : `the current chain starts ${formatIsoDate(chain.start)}, before ${start}, when the Wet verbetering poortwachter took effect`,
    });
  }
  const params = law.parametersAt(chain.start);
  // A deviation belongs to the chain its agreed date falls in: one of an earlier chain moves nothing now.
  // Most cases have none: no map of their own.
  const deviationMap = deviationList.length === 0 ? undefined : new Map<string, { due: EpochDay; reason: string }>();
  for (const d of deviationList) {
    if (d.due < chain.start) continue;
    if (deviationMap!.has(d.milestone)) issues.push({ code: 'duplicate_deviation', path: ['events', d.index], message: `a second deviation for '${d.milestone}': record one agreed term` });
    else deviationMap!.set(d.milestone, { due: d.due, reason: d.reason });
  }
  const deviations = deviationMap ?? NO_DEVIATIONS;
  // WIA 25(9): UWV extends the period once, by at most 52 weeks: one loonsanctie per wachttijd.
  const sanctions = datedFrom(loonsancties, chain.start);
  // A report or finding of repair answers a loonsanctie of the same chain, decided on or before it.
  for (const h of herstelmeldingen) {
    if (!sanctionOnOrBefore(h.date, chain.start, sanctions, loonsancties)) {
      issues.push({ code: 'herstelmelding_without_loonsanctie', path: ['events', h.index], message: 'a report of repair (WIA 25(12)) without a loonsanctie of the same chain decided on or before it' });
    }
  }
  for (const h of herstel) {
    if (!sanctionOnOrBefore(h.date, chain.start, sanctions, loonsancties)) {
      issues.push({ code: 'herstel_without_loonsanctie', path: ['events', h.index], message: 'a finding that a loonsanctie shortcoming is repaired, without a loonsanctie of the same chain decided on or before it' });
    }
  }
  // WIA 66(2): one application for a verkorte wachttijd per wachttijd; one of an earlier chain is history.
  const verkorteFrom = datedFrom(verkorteList, chain.start);
  const verkorteInChain = verkorteFrom.length < 2 ? verkorteFrom : verkorteFrom.slice().sort((a, b) => a.date - b.date);
  for (let i = 1; i < verkorteInChain.length; i++) {
    const v = verkorteInChain[i]!;
    issues.push({ code: 'duplicate_verkorte_wachttijd', path: ['events', v.index], message: 'a verkorte wachttijd can be applied for only once in a wachttijd (WIA 66(2))' });
  }
  const verkorte = verkorteInChain[0];
  for (let i = 1; i < sanctions.length; i++) {
    const l = sanctions[i]!;
    issues.push({ code: 'duplicate_loonsanctie', path: ['events', l.index], message: 'a second loonsanctie in the same wachttijd: UWV extends wage payment once, by at most 52 weeks (WIA 25(9)); record the decision that stands' });
  }
  const wachttijdEnd = dateOfCountedDay(chain, params.wachttijdDays).date;

  if (verkorte !== undefined && verkorte.end !== undefined) {
    // The wachttijd counts sick days: gaps and leave before its end do not make it longer.
    const weeks = countedDaysUpTo(chain, verkorte.end) / 7;
    if (verkorte.end < verkorte.date + params.verkorteMinDaysAfterApplication) {
      issues.push({ code: 'verkorte_wachttijd_too_early', path: ['events', verkorte.index, 'end'], message: `a verkorte wachttijd ends at least ${params.verkorteMinDaysAfterApplication} days (${params.verkorteMinDaysAfterApplication / 7} weeks) after the application (WIA 23(6))` });
    }
    if (weeks < params.verkorteMinWeeks || weeks > params.verkorteMaxWeeks) {
      issues.push({ code: 'verkorte_wachttijd_length', path: ['events', verkorte.index, 'end'], message: `a verkorte wachttijd lasts ${params.verkorteMinWeeks} to ${params.verkorteMaxWeeks} weeks (WIA 23(6)); this one would last ${Math.round(weeks * 10) / 10}` });
    }
  }
  // WIA 24(1): a vrijwillige verlenging extends wage payment "na afloop van de wachttijd".
  if (verlenging !== undefined && verlenging.date >= chain.start && verlenging.until <= wachttijdEnd) {
    issues.push({ code: 'verlenging_before_end', path: ['events', verlenging.index, 'until'], message: `a vrijwillige verlenging must end after the wachttijd (last day ${formatIsoDate(wachttijdEnd)}); ${formatIsoDate(verlenging.until)} does not` });
  }
  if (issues.length > 0 || regime === undefined) throw new InvalidInputError(issues);

  const sorted: SortedEvents = {
    stateEvents,
    leave,
    deviations,
    employmentEnd: employmentEnd?.date,
    verlenging,
    verkorte,
    loonsancties: sanctionsOf(loonsancties),
    herstel: sortedDays(herstel),
    herstelmeldingen: sortedDays(herstelmeldingen),
    deskundigenoordeelAanvragen: deskundigenoordeelAanvragen.length > 1 ? deskundigenoordeelAanvragen.sort((a, b) => a - b) : deskundigenoordeelAanvragen,
    verslagTermijnen: verslagTermijnen.length > 1 ? verslagTermijnen.sort((a, b) => a.date - b.date) : verslagTermijnen,
    completed,
    partialRecoveries,
  };
  const aow = birth === undefined ? undefined : law.aowDate(birth);
  return buildFacts(input, sorted, chain, regime, params, wachttijdEnd, asOf, aow, rules.ordered.length);
}
