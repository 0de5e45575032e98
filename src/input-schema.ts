/**
 * The case input: a first sick day, the events of the case, and a few case fields. Types are inferred
 * from these schemas; `caseInputJsonSchema` (see `json-schema.ts`) is generated from them too.
 */
import { z } from 'zod';
import { MAX_DATE, MIN_DATE, parseIsoDate } from './days.js';
import { milestoneIdSchema } from './rule-schema.js';

/** At most this many events per case: bounded work for any input. */
export const MAX_EVENTS = 1000;

export const isoDateSchema = z
  .string({ error: 'must be a date written YYYY-MM-DD' })
  .meta({ format: 'date', description: 'A calendar date, YYYY-MM-DD (no time, no zone).' })
  .superRefine((s, ctx) => {
    if (parseIsoDate(s) === undefined) {
      ctx.addIssue({ code: 'custom', message: `'${s.length > 40 ? `${s.slice(0, 40)}…` : s}' is not a real calendar date written YYYY-MM-DD`, params: { code: 'invalid_date' } });
    } else if (s < MIN_DATE || s > MAX_DATE) {
      ctx.addIssue({ code: 'custom', message: `${s} is outside the supported range ${MIN_DATE} … ${MAX_DATE}`, params: { code: 'date_out_of_range' } });
    }
  });

const date = isoDateSchema;

export const completedEventSchema = z.strictObject({
  type: z.literal('completed'),
  /** The milestone id, e.g. `probleemanalyse`. */
  milestone: milestoneIdSchema,
  date,
});
export const recoveredEventSchema = z.strictObject({
  type: z.literal('recovered'),
  /** The first day the employee is fully fit again. */
  date,
});
export const sickEventSchema = z.strictObject({
  type: z.literal('sick'),
  /** The first day of a new period of incapacity. */
  date,
});
export const partiallyRecoveredEventSchema = z.strictObject({
  type: z.literal('partially-recovered'),
  date,
  /** Share of the agreed hours worked again (0–100); incapacity goes on. */
  percentage: z.number().min(0).max(100).optional(),
});
export const pregnancyLeaveEventSchema = z.strictObject({
  type: z.literal('pregnancy-leave'),
  /** First day of the WAZO leave (Wet arbeid en zorg 3:1). */
  start: date,
  /** Last day of the leave (included). */
  end: date,
});
export const loonsanctieEventSchema = z.strictObject({
  type: z.literal('loonsanctie'),
  /** Date of UWV's decision (WIA 25(9)). */
  date,
  weeks: z.number().int().min(1, { error: 'a loonsanctie lasts at least 1 week' }).max(52, { error: 'a loonsanctie lasts at most 52 weeks (WIA 25(9))' }),
});
export const loonsanctieHerstelEventSchema = z.strictObject({
  type: z.literal('loonsanctie-hersteld'),
  /** Date of UWV's finding that the shortcoming is repaired (WIA 25(13),(14)). */
  date,
});
export const vrijwilligeVerlengingEventSchema = z.strictObject({
  type: z.literal('vrijwillige-verlenging'),
  /** Date of UWV's decision (WIA 24). */
  date,
  /** The new last day of wage payment. */
  until: date,
});
export const verkorteWachttijdEventSchema = z.strictObject({
  type: z.literal('verkorte-wachttijd'),
  /** Date of the employee's application (WIA 23(6), 66). */
  date,
  /** The last day of the shortened wachttijd as UWV set it, once decided. */
  end: date.optional(),
});
export const employmentEndedEventSchema = z.strictObject({
  type: z.literal('employment-ended'),
  /** The last day of employment. */
  date,
});
export const deviationEventSchema = z.strictObject({
  type: z.literal('deviation'),
  /** `probleemanalyse` or `plan-van-aanpak` (Regeling procesgang art 5). */
  milestone: milestoneIdSchema,
  /** The deviating due date agreed. */
  due: date,
  /** The recorded reasons ("gemotiveerd"). */
  reason: z.string().min(1, { error: 'a deviation must give its reason (Regeling procesgang art 5)' }).max(2000),
});

export const caseEventSchema = z.discriminatedUnion(
  'type',
  [
    completedEventSchema,
    recoveredEventSchema,
    sickEventSchema,
    partiallyRecoveredEventSchema,
    pregnancyLeaveEventSchema,
    loonsanctieEventSchema,
    loonsanctieHerstelEventSchema,
    vrijwilligeVerlengingEventSchema,
    verkorteWachttijdEventSchema,
    employmentEndedEventSchema,
    deviationEventSchema,
  ],
  { error: (iss) => (iss.code === 'invalid_union' ? 'unknown event type: expected one of completed, recovered, sick, partially-recovered, pregnancy-leave, loonsanctie, loonsanctie-hersteld, vrijwillige-verlenging, verkorte-wachttijd, employment-ended, deviation' : undefined) },
);

export const EVENT_TYPES = [
  'completed',
  'recovered',
  'sick',
  'partially-recovered',
  'pregnancy-leave',
  'loonsanctie',
  'loonsanctie-hersteld',
  'vrijwillige-verlenging',
  'verkorte-wachttijd',
  'employment-ended',
  'deviation',
] as const;

export const caseOptionsSchema = z.strictObject({
  /**
   * `statute` (default): the 42e-weeksmelding is due on counted day 295 (ZW 38(1)). `uwv-eerste-werkdag`:
   * UWV's leniency, the first working day on or after day 295 (weekends and Atw holidays skipped).
   */
  ziekmeldingUwv: z.enum(['statute', 'uwv-eerste-werkdag']).optional(),
  /** Days between periodic evaluations of the plan van aanpak (practice; default 42). */
  evaluationIntervalDays: z.number().int().min(7).max(365).optional(),
});

export const caseInputSchema = z.strictObject({
  /** Free reference of the caller (kept in the output, used for iCalendar UIDs). */
  caseId: z.string().min(1).max(200).optional(),
  /** Day 1: the first working day not worked because of sickness (WIA 23(2), ZW 29(3)). */
  firstSickDay: date,
  /** The day statuses are judged on; without it no statuses are given. */
  asOf: date.optional(),
  /** Sickness related to pregnancy or childbirth (ZW 29a). */
  pregnancyRelated: z.boolean().optional(),
  /** The no-riskpolis applies (ZW 29b). */
  noRiskPolis: z.boolean().optional(),
  events: z.array(caseEventSchema).max(MAX_EVENTS, { error: `at most ${MAX_EVENTS} events per case` }).optional(),
  options: caseOptionsSchema.optional(),
}, { error: (iss) => (iss.code === 'invalid_type' ? 'the case input must be an object such as { "firstSickDay": "2026-03-02" }' : undefined) });

export type CaseInput = z.infer<typeof caseInputSchema>;
export type CaseEvent = z.infer<typeof caseEventSchema>;
export type CaseOptions = z.infer<typeof caseOptionsSchema>;
