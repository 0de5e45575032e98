/**
 * The case input: a first sick day, the events of the case, and a few case fields. Types are inferred
 * from these schemas; the event union comes from the one event table (`events.ts`), and the shipped
 * `case.schema.json` is generated from them (`npm run schemas`).
 */
import * as z from 'zod';
import { isoDateSchema } from '../model/primitives.js';
import { caseEventSchema } from './events.js';

/** At most this many events per case: bounded work for any input. */
export const MAX_EVENTS = 1000;

/** Bounds of the case fields, shared with the fast path. */
export const CASE_ID_MAX = 200;
export const INTERVAL_DAYS = Object.freeze({ min: 7, max: 365 });
export const ZIEKMELDING_UWV = Object.freeze(['statute', 'uwv-eerste-werkdag'] as const);

export const caseOptionsSchema = z.strictObject({
  ziekmeldingUwv: z.enum(ZIEKMELDING_UWV).optional().meta({
    description:
      "`statute` (default): the 42e-weeksmelding is due on counted day 295 (ZW 38(1)). `uwv-eerste-werkdag`: UWV's leniency, the first working day on or after day 295 (weekends and Atw holidays skipped).",
  }),
  evaluationIntervalDays: z
    .number()
    .int()
    .min(INTERVAL_DAYS.min)
    .max(INTERVAL_DAYS.max)
    .optional()
    .meta({ description: 'Days between periodic evaluations of the plan van aanpak (practice; default 42). Read only by the rules that declare it (`everyDaysOption`).' }),
});

export const caseInputSchema = z.strictObject(
  {
    caseId: z.string().min(1).max(CASE_ID_MAX).optional().meta({ description: 'Free reference of the caller (kept in the output, used for iCalendar UIDs).' }),
    firstSickDay: isoDateSchema.meta({ description: 'Day 1: the first working day not worked because of sickness (WIA 23(2), ZW 29(3)).' }),
    asOf: isoDateSchema.optional().meta({ description: 'The day statuses are judged on; without it no statuses are given.' }),
    dateOfBirth: isoDateSchema
      .optional()
      .meta({
        description:
          'The employee\'s date of birth, before the first sick day. It gives the AOW date (AOW art 7a, the table in rules/parameters.json): an employee who reaches the AOW age before a WIA benefit could start has no WIA milestones (WIA 43(g)); for sickness from 2016-01-01 wage payment and the opzegverbod last 13 weeks (6 weeks for sickness from 2023-07-01) from the AOW date or the first sick day, whichever is later, at most 104 weeks (BW 7:629(2)(b), 7:670(1)(a)), and the plan van aanpak and its evaluations lapse from the AOW date (BW 7:658a).',
      }),
    pregnancyRelated: z.boolean().optional().meta({ description: 'Sickness related to pregnancy or childbirth (ZW 29a).' }),
    noRiskPolis: z.boolean().optional().meta({ description: 'The no-riskpolis applies (ZW 29b).' }),
    domesticWorker: z
      .boolean()
      .optional()
      .meta({ description: 'Works fewer than four days a week only or almost only for the household of a natural person (BW 7:629(2); ZW 6(1)(c)): wage payment for six weeks, no report to UWV.' }),
    flexibilisationPeriod: z
      .boolean()
      .optional()
      .meta({ description: 'Sick in the flexibiliseringsperiode: from the day she could have had pregnancy leave (WAZO 3:7) that has not yet begun (ZW 29a(2)); reported to UWV by the fourth day (ZW 38a(2)(b)).' }),
    eigenrisicodragerZw: z
      .boolean()
      .optional()
      .meta({
        description:
          'The employer is eigenrisicodrager for the Ziektewet (ZW 1(1)(h)): after the end of employment it pays the ziekengeld itself and keeps the duties of WIA 25(1)-(3),(5)-(8) towards the former employee (WIA 26(2)): the probleemanalyse, the plan van aanpak and its evaluations, spoor 2 and the re-integratieverslag keep their dates; no re-integratieverslag on the last day (ZW 38(2)).',
      }),
    uitzendbeding: z
      .boolean()
      .optional()
      .meta({ description: "An uitzendkracht whose agency contract has an uitzendbeding (BW 7:691(2)): it ends when the sickness ends the assignment, and UWV pays ziekengeld (ZW 29(2)(c)); the agency reports the sickness to UWV by the fourth day (ZW 38a(2)(a)). Record the end of the contract as an employment-ended event." }),
    fictieveDienstbetrekking: z
      .boolean()
      .optional()
      .meta({ description: 'A fictieve dienstbetrekking (ZW 4, 5: e.g. thuiswerkers, stagiairs, some freelancers): no employment contract, so no wage payment by the employer and no employer re-integration milestones; UWV pays ziekengeld (ZW 29(2)(a)) and is told by the fourth day (ZW 38a(2)(a)).' }),
    events: z.array(caseEventSchema).max(MAX_EVENTS, { error: `at most ${MAX_EVENTS} events per case` }).optional().meta({ description: 'What happened in the case, in any order.' }),
    options: caseOptionsSchema.optional(),
  },
  { error: (iss) => (iss.code === 'invalid_type' ? 'the case input must be an object such as { "firstSickDay": "2026-03-02" }' : undefined) },
);

export type CaseInput = z.infer<typeof caseInputSchema>;
export type CaseOptions = z.infer<typeof caseOptionsSchema>;
export { caseEventSchema, EVENT_TYPES, type CaseEvent, type EventType } from './events.js';
