/**
 * The shape of a computed timeline: plain, JSON-compatible data (no class instances, no getters, no
 * `undefined` values), so that `JSON.parse(JSON.stringify(t))` and `structuredClone(t)` equal `t` and
 * every function that takes a timeline works on a stored copy. The TypeScript types are inferred from
 * these schemas; the engine builds plain objects of this shape directly (parsing its own output would
 * cost time for nothing) and a test checks every scenario's output against them.
 */
import * as z from 'zod';
import { basisSchema, isoDateSchema as isoDate, labelSchema } from './primitives.js';
import type { MilestoneId } from './milestone-ids.js';
import { EXTENSION_CAUSES, NOT_APPLICABLE_REASONS, REVIEW_CODES, STATUSES, type ReviewCode, type ReviewNote } from './values.js';

// At run time (and in the JSON Schema) an id is a string; only the inferred type narrows it to the ids the
// program knows (built-in and declared, `MilestoneId`), so that a misspelled id is a type error.
const milestoneId = z.string() as unknown as z.ZodType<MilestoneId, MilestoneId>;

export { EXTENSION_CAUSES, NOT_APPLICABLE_REASONS, REVIEW_CODES, STATUSES, type ReviewCode, type ReviewNote };

export const statusSchema = z.enum(STATUSES);
export type Status = z.infer<typeof statusSchema>;

/** One extension of wage payment beyond the end of the wachttijd, in the order the law adds them. */
export const extensionSchema = z.object({
  cause: z.enum(EXTENSION_CAUSES),
  /** First day of the extension. */
  from: isoDate,
  /** Last day of the extension (the new last day of wage payment). */
  to: isoDate,
  /** `to` − the previous end, in calendar days. */
  days: z.number(),
});
export type Extension = z.infer<typeof extensionSchema>;

/** One step of the reasoning behind a date: data, rendered to text by `explainMilestone`. */
export const explanationStepSchema = z.discriminatedUnion('step', [
  z.object({ step: z.literal('rule'), rule: z.string(), version: z.string(), validFrom: isoDate, validTo: isoDate.nullable(), selectBy: z.enum(['firstSickDay', 'due']), selectDate: isoDate }),
  z.object({ step: z.literal('counted-day'), day: z.number(), firstSickDay: isoDate, date: isoDate, gapDays: z.number(), leaveDays: z.number(), projected: z.boolean() }),
  z.object({ step: z.literal('after-milestone'), milestone: z.string(), days: z.number(), from: isoDate, source: z.enum(['recorded', 'due']) }),
  z.object({ step: z.literal('before-end'), weeks: z.number(), endDay: z.number(), extendedUntil: isoDate.optional() }),
  z.object({ step: z.literal('months'), months: z.number(), offsetDays: z.number(), firstSickDay: isoDate, date: isoDate }),
  z.object({ step: z.literal('months-before-end'), months: z.number(), endDate: isoDate, date: isoDate }),
  z.object({ step: z.literal('recurring'), everyDays: z.number(), from: isoDate, milestone: z.string(), source: z.enum(['recorded', 'due', 'recorded-occurrence']) }),
  z.object({ step: z.literal('employment-end'), date: isoDate }),
  z.object({ step: z.literal('verkorte-wachttijd'), application: isoDate, end: isoDate }),
  z.object({ step: z.literal('extension'), cause: z.enum(EXTENSION_CAUSES), days: z.number(), from: isoDate, to: isoDate }),
  z.object({ step: z.literal('deviation'), due: isoDate, reason: z.string() }),
  z.object({ step: z.literal('onverwijld'), since: isoDate, day: z.number() }),
  z.object({ step: z.literal('completed'), date: isoDate, via: z.string() }),
  z.object({ step: z.literal('status'), status: statusSchema, asOf: isoDate }),
  z.object({ step: z.literal('note'), code: z.string(), params: z.record(z.string(), z.union([z.string(), z.number()])).optional() }),
]);
export type ExplanationStep = z.infer<typeof explanationStepSchema>;

export const milestoneSchema = z.object({
  id: milestoneId,
  title: z.object({ nl: z.string(), en: z.string() }),
  kind: z.enum(['action', 'option', 'moment']),
  responsible: z.array(z.string()),
  label: labelSchema,
  /** The last day on which it is on time. */
  due: isoDate,
  /** Where the law or practice gives a window: its first day. */
  windowStart: isoDate.optional(),
  /** The counted sick day the due date falls on, when the timing counts sick days. */
  countedDay: z.number().optional(),
  /** Only with `asOf`. */
  status: statusSchema.optional(),
  /** The recorded date it was done, if it was. */
  completed: isoDate.optional(),
  /**
   * Why it does not apply: cancelled by an event (recovered, employment-ended, verkorte-wachttijd, or
   * following a milestone that does not apply), lapsed at the AOW age (aow-age), or, judged on `asOf`, an
   * option whose day passed unused.
   */
  notApplicable: z.enum(NOT_APPLICABLE_REASONS).optional(),
  /** Due "onverwijld" (Regeling procesgang art 2(3)): the counted days had passed day 42 unnoticed. */
  onverwijld: z.boolean().optional(),
  deviation: z.object({ reason: z.string() }).optional(),
  /** Set when the deadline straddles a change of law whose transitional rules are not modelled. */
  review: z.string().optional(),
  rule: z.object({ id: z.string(), version: z.string(), validFrom: isoDate, validTo: isoDate.nullable(), selectBy: z.enum(['firstSickDay', 'due']) }),
  // Like every object of the timeline, unknown keys of a stored basis are left out, not refused (the
  // rule files' own basis is strict): the zod-free reader (timeline-check.ts) does the same.
  basis: z.array(z.object(basisSchema.shape).meta({ description: 'A cited source.' })),
  /** The steps that produced `due`: only in a timeline computed with `{ explain: true }`. */
  explanation: z.array(explanationStepSchema).optional(),
});
export type Milestone = z.infer<typeof milestoneSchema>;

export const periodSchema = z.object({
  start: isoDate,
  /** Last sick day; `null` while it runs on. */
  end: isoDate.nullable(),
  /** Sick days counted in this period (pregnancy-leave days excluded). */
  countedDays: z.number().nullable(),
  /** The fit days before it that were added to the chain (fewer than the parameter chainBreakDays: four weeks). */
  gapBefore: z.object({ start: isoDate, end: isoDate, days: z.number() }).nullable(),
  partialRecoveries: z.array(z.object({ date: isoDate, percentage: z.number().optional() })),
});
export type Period = z.infer<typeof periodSchema>;

export const receiptSchema = z.object({
  library: z.literal('poortwachter'),
  version: z.string(),
  rules: z.string().regex(/^[0-9a-f]{64}$/),
});
export type Receipt = z.infer<typeof receiptSchema>;

export const timelineSchema = z.object({
  caseId: z.string().optional(),
  /** Day 1 of the current chain of periods (the first sick day UWV must be told). */
  firstSickDay: isoDate,
  asOf: isoDate.optional(),
  /** The id of the rule set chosen by the first sick day, e.g. `verzamelwet-2013`. */
  regime: z.string(),
  regimeTitle: z.string(),
  /** Counted sick days up to `asOf` (only with `asOf`). */
  countedDaysAsOf: z.number().optional(),
  /** The last day of employment, when an `employment-ended` event falls in the current chain. */
  employmentEnd: isoDate.optional(),
  /**
   * Last day of the wachttijd (counted day `wachttijdDays`, 104 weeks today); `null` when the employee
   * recovered (a `recovered` with no later `sick`) before it ran out, so that no wachttijd runs on into the
   * future, or reaches the AOW age by the day after it, so that no WIA benefit can start (WIA 43(g)).
   */
  lastDayOfWachttijd: isoDate.nullable(),
  /** The day after it: the first day a WIA benefit can start; `null` with it. */
  wiaStart: isoDate.nullable(),
  /** Last day of wage payment after every extension; after a full recovery, at the latest the last sick day. */
  endOfWagePayment: isoDate,
  /** The extensions of wage payment beyond the wachttijd, in order (WIA 24, 25(9); BW 7:629(11)). */
  extensions: z.array(extensionSchema),
  periods: z.array(periodSchema),
  leave: z.array(z.object({ start: isoDate, end: isoDate, days: z.number() })),
  /** Earlier chains that ended with a gap of four weeks or more: their first days. */
  earlierChains: z.array(isoDate),
  /** Sorted by due date. */
  milestones: z.array(milestoneSchema),
  /** Why a human should look at this case: deadlines across a change of law, and the like. */
  /**
   * Why a human should look at this case. `code` and `params` are the note as data (the renderers write
   * it in their language); `reason` is the same note in English. Stored timelines of 0.1 have only
   * `reason`.
   */
  review: z.array(z.object({ milestone: z.string(), reason: z.string(), code: z.enum(REVIEW_CODES).optional(), params: z.record(z.string(), z.string()).optional() })),
  /**
   * What computed it: the package version and the SHA-256 (hex) of the rule set used, the built-in law
   * plus any rule packs of one's own (see the README, "Receipts"). Stored timelines of 0.1 have none: the
   * renderers and explainers accept them without it.
   */
  receipt: receiptSchema,
});
export type Timeline = z.infer<typeof timelineSchema>;
