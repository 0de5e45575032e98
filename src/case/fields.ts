/**
 * The fields of a case, as data: each field's kind, bounds, messages and description. Three things are
 * derived from these tables and from the event table (`events.ts`): the zod schema with its JSON Schema
 * (`schema.ts`, for `poortwachter/schema`), the input fast path (`read.ts`, `checkOf` here) and the
 * zod-free list of problems of invalid input (`check.ts`). The main entry needs only the last two, so
 * computing a timeline never loads zod.
 */
import { isSupportedIsoDate } from '../calendar/days.js';
import { isMilestoneId } from '../model/formats.js';

/** At most this many events per case: bounded work for any input. */
export const MAX_EVENTS = 1000;
export const MAX_EVENTS_MESSAGE = `at most ${MAX_EVENTS} events per case`;

/** Bounds of the case fields. */
export const CASE_ID_MAX = 200;
export const INTERVAL_DAYS = Object.freeze({ min: 7, max: 365 });
export const ZIEKMELDING_UWV = Object.freeze(['statute', 'uwv-eerste-werkdag'] as const);

/** What is said when the case itself is not an object. */
export const CASE_TYPE_MESSAGE = 'the case input must be an object such as { "firstSickDay": "2026-03-02" }';

/** One field, as data: its kind, bounds, messages (zod's default wording where none is given) and description. */
export type FieldSpec =
  | { readonly kind: 'date'; readonly optional?: true; readonly about: string }
  | { readonly kind: 'milestone'; readonly about: string }
  | { readonly kind: 'int'; readonly min: number; readonly max: number; readonly minMessage?: string; readonly maxMessage?: string; readonly optional?: true; readonly about: string }
  | { readonly kind: 'number'; readonly min: number; readonly max: number; readonly optional?: true; readonly about: string }
  | { readonly kind: 'text'; readonly min: number; readonly max: number; readonly minMessage?: string; readonly optional?: true; readonly about: string }
  | { readonly kind: 'boolean'; readonly optional: true; readonly about: string }
  | { readonly kind: 'enum'; readonly values: readonly string[]; readonly optional?: true; readonly about: string };

/** The case's own fields, in the order of the schema (its `events` and `options` follow them). */
export const CASE_FIELDS = {
  caseId: { kind: 'text', min: 1, max: CASE_ID_MAX, optional: true, about: 'Free reference of the caller (kept in the output, used for iCalendar UIDs).' },
  firstSickDay: { kind: 'date', about: 'Day 1: the first working day not worked because of sickness (WIA 23(2), ZW 29(3)).' },
  asOf: { kind: 'date', optional: true, about: 'The day statuses are judged on; without it no statuses are given.' },
  dateOfBirth: {
    kind: 'date',
    optional: true,
    about:
      'The employee\'s date of birth, before the first sick day. It gives the AOW date (AOW art 7a, the table in rules/parameters.json): an employee who reaches the AOW age before a WIA benefit could start has no WIA milestones (WIA 43(g)); for sickness from 2016-01-01 wage payment and the opzegverbod last 13 weeks (6 weeks for sickness from 2023-07-01) from the AOW date or the first sick day, whichever is later, at most 104 weeks (BW 7:629(2)(b), 7:670(1)(a)), and the plan van aanpak and its evaluations lapse from the AOW date (BW 7:658a).',
  },
  pregnancyRelated: { kind: 'boolean', optional: true, about: 'Sickness related to pregnancy or childbirth (ZW 29a).' },
  noRiskPolis: { kind: 'boolean', optional: true, about: 'The no-riskpolis applies (ZW 29b).' },
  domesticWorker: {
    kind: 'boolean',
    optional: true,
    about: 'Works fewer than four days a week only or almost only for the household of a natural person (BW 7:629(2); ZW 6(1)(c)): wage payment for six weeks, no report to UWV.',
  },
  flexibilisationPeriod: {
    kind: 'boolean',
    optional: true,
    about: 'Sick in the flexibiliseringsperiode: from the day she could have had pregnancy leave (WAZO 3:7) that has not yet begun (ZW 29a(2)); reported to UWV by the fourth day (ZW 38a(2)(b)).',
  },
  eigenrisicodragerZw: {
    kind: 'boolean',
    optional: true,
    about:
      'The employer is eigenrisicodrager for the Ziektewet (ZW 1(1)(h)): after the end of employment it pays the ziekengeld itself and keeps the duties of WIA 25(1)-(3),(5)-(8) towards the former employee (WIA 26(2)): the probleemanalyse, the plan van aanpak and its evaluations, spoor 2 and the re-integratieverslag keep their dates; no re-integratieverslag on the last day (ZW 38(2)).',
  },
  uitzendbeding: {
    kind: 'boolean',
    optional: true,
    about:
      "An uitzendkracht whose agency contract has an uitzendbeding (BW 7:691(2)): it ends when the sickness ends the assignment, and UWV pays ziekengeld (ZW 29(2)(c)); the agency reports the sickness to UWV by the fourth day (ZW 38a(2)(a)). Record the end of the contract as an employment-ended event.",
  },
  fictieveDienstbetrekking: {
    kind: 'boolean',
    optional: true,
    about:
      'A fictieve dienstbetrekking (ZW 4, 5: e.g. thuiswerkers, stagiairs, some freelancers): no employment contract, so no wage payment by the employer and no employer re-integration milestones; UWV pays ziekengeld (ZW 29(2)(a)) and is told by the fourth day (ZW 38a(2)(a)).',
  },
} as const satisfies Readonly<Record<string, FieldSpec>>;

export const EVENTS_ABOUT = 'What happened in the case, in any order.';

/** The fields of `options`. */
export const OPTION_FIELDS = {
  ziekmeldingUwv: {
    kind: 'enum',
    values: ZIEKMELDING_UWV,
    optional: true,
    about:
      "`statute` (default): the 42e-weeksmelding is due on counted day 295 (ZW 38(1)). `uwv-eerste-werkdag`: UWV's leniency, the first working day on or after day 295 (weekends and Atw holidays skipped).",
  },
  evaluationIntervalDays: {
    kind: 'int',
    min: INTERVAL_DAYS.min,
    max: INTERVAL_DAYS.max,
    optional: true,
    about: 'Days between periodic evaluations of the plan van aanpak (practice; default 42). Read only by the rules that declare it (`everyDaysOption`).',
  },
} as const satisfies Readonly<Record<string, FieldSpec>>;

/** A key a case may have: its own fields, `events` and `options`. */
export type CaseKey = keyof typeof CASE_FIELDS | 'events' | 'options';

/** Every key a case may have, and every key of its options. */
export const CASE_KEYS: ReadonlySet<string> = new Set([...Object.keys(CASE_FIELDS), 'events', 'options']);
export const OPTION_KEYS: ReadonlySet<string> = new Set(Object.keys(OPTION_FIELDS));

/**
 * A field's check for the fast path, made once per field of a table. `true` means certainly valid (an
 * absent optional field included); `false` means "find out why" (`check.ts`).
 */
export function checkOf(f: FieldSpec): (v: unknown) => boolean {
  const optional = 'optional' in f && f.optional === true;
  const check = fieldCheck(f);
  const ok = (v: unknown): boolean => presentValid(check, v);
  return optional ? (v) => v === undefined || ok(v) : ok;
}

/**
 * What `presentValid` reads of a field's spec, in one shape for every field (the specs themselves are
 * literals of a dozen shapes, and a read of `kind` across them would be a megamorphic load).
 */
export interface FieldCheck {
  readonly kind: FieldSpec['kind'];
  readonly min: number;
  readonly max: number;
  readonly values: readonly unknown[] | undefined;
}

export function fieldCheck(f: FieldSpec): FieldCheck {
  return { kind: f.kind, min: 'min' in f ? f.min : 0, max: 'max' in f ? f.max : 0, values: f.kind === 'enum' ? f.values : undefined };
}

/**
 * Whether `v`, present, is certainly valid for the field: the checks of every kind in one function. The
 * events' fast path calls it for fields of every kind from one place, where calling each field's own
 * check (`checkOf`) would be a call to one of several functions from one site (a megamorphic call) for
 * every field of every event.
 */
export function presentValid(c: FieldCheck, v: unknown): boolean {
  switch (c.kind) {
    case 'date':
      return isSupportedIsoDate(v);
    case 'milestone':
      return typeof v === 'string' && isMilestoneId(v);
    case 'int':
      return typeof v === 'number' && Number.isInteger(v) && v >= c.min && v <= c.max;
    case 'number':
      return typeof v === 'number' && Number.isFinite(v) && v >= c.min && v <= c.max;
    case 'text':
      return typeof v === 'string' && v.length >= c.min && v.length <= c.max;
    case 'boolean':
      return typeof v === 'boolean';
    case 'enum':
      return c.values!.includes(v);
  }
}
