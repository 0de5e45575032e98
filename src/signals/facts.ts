/**
 * The facts a signal rule can test, all taken from a computed timeline and counted on its `asOf`. The
 * README ("Signals") lists them; `SIGNAL_FACTS` is that list as data, used to check rules before they run.
 */
import { parseIsoDate } from '../calendar/days.js';
import type { Milestone, Timeline } from '../model/timeline-schema.js';

/** What the `milestone` fact gives for `params: { id }`; `null` when the timeline has no such milestone. */
export interface MilestoneFact {
  readonly id: string;
  readonly due: string;
  /** `done`, `done-late`, `open`, `overdue` or `not-applicable`. */
  readonly status: string;
  /** Days from `asOf` to the due date: negative once it has passed. */
  readonly daysUntilDue: number;
  /** Days past the due date while it is overdue; 0 when it is not overdue. */
  readonly daysOverdue: number;
  /** The date it was done, or `null`. */
  readonly completed: string | null;
  readonly notApplicable: string | null;
  readonly responsible: readonly string[];
}

/** The fields of the `milestone` fact a rule may read with `path: '$.<field>'`. */
export const MILESTONE_FACT_FIELDS = Object.freeze(['id', 'due', 'status', 'daysUntilDue', 'daysOverdue', 'completed', 'notApplicable', 'responsible'] as const);

/** The case facts: name → what it is (for the README and the errors). */
export const SIGNAL_FACTS = Object.freeze({
  milestone: 'a milestone of the timeline, by params { id }: { id, due, status, daysUntilDue, daysOverdue, completed, notApplicable, responsible }',
  caseId: 'the case id, or null',
  firstSickDay: 'day 1 of the current chain (YYYY-MM-DD)',
  asOf: 'the day the timeline was judged on (YYYY-MM-DD)',
  regime: 'the rule set chosen by the first sick day, e.g. verzamelwet-2013',
  countedDaysAsOf: 'counted sick days up to asOf',
  employmentEnded: 'true when the employment ended during the chain',
  recovered: 'true when the last period of sickness has ended (a recovery with no later sickness)',
  lastDayOfWachttijd: 'the last day of the wachttijd (YYYY-MM-DD), or null',
  endOfWagePayment: 'the last day of wage payment after every extension (YYYY-MM-DD)',
  daysUntilEndOfWagePayment: 'days from asOf to endOfWagePayment (negative once past)',
  extensions: 'the causes of the extensions of wage payment, e.g. ["loonsanctie"] (test with contains)',
  overdue: 'the ids of the overdue milestones (test with contains)',
  overdueCount: 'how many milestones are overdue',
  open: 'the ids of the open milestones (test with contains)',
  review: 'true when the timeline asks a human to review a date',
} as const);
export type SignalFactName = keyof typeof SIGNAL_FACTS;
export const SIGNAL_FACT_NAMES = Object.freeze(Object.keys(SIGNAL_FACTS) as SignalFactName[]);

export function milestoneFact(m: Milestone, asOf: number): MilestoneFact {
  const due = parseIsoDate(m.due)!;
  const status = m.status!;
  return {
    id: m.id,
    due: m.due,
    status,
    daysUntilDue: due - asOf,
    daysOverdue: status === 'overdue' ? Math.max(0, asOf - due) : 0,
    completed: m.completed ?? null,
    notApplicable: m.notApplicable ?? null,
    responsible: [...m.responsible],
  };
}

/** The case facts of a timeline judged on `asOf` (the timeline's own `asOf`, checked by the caller). */
export function caseFacts(t: Timeline, asOf: number): Record<Exclude<SignalFactName, 'milestone'>, unknown> {
  const ids = (status: string): string[] => t.milestones.filter((m) => m.status === status).map((m) => m.id);
  const overdue = ids('overdue');
  const lastPeriod = t.periods[t.periods.length - 1];
  return {
    caseId: t.caseId ?? null,
    firstSickDay: t.firstSickDay,
    asOf: t.asOf,
    regime: t.regime,
    countedDaysAsOf: t.countedDaysAsOf,
    employmentEnded: t.employmentEnd !== undefined,
    recovered: lastPeriod !== undefined && lastPeriod.end !== null,
    lastDayOfWachttijd: t.lastDayOfWachttijd,
    endOfWagePayment: t.endOfWagePayment,
    daysUntilEndOfWagePayment: parseIsoDate(t.endOfWagePayment)! - asOf,
    extensions: t.extensions.map((e) => e.cause),
    overdue,
    overdueCount: overdue.length,
    open: ids('open'),
    review: t.review.length > 0,
  };
}
