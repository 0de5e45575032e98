/**
 * The schema of a rule file (`rules/*.json`, or an entry of a caller's rule pack). A rule is one
 * milestone: its legal metadata, the json-rules-engine conditions that decide whether it applies to a
 * case, and its versions, each valid on a half-open interval `[validFrom, validTo)` of dates.
 */
import { z } from 'zod';
import { parseIsoDate } from './days.js';

export const isoDateString = z
  .string()
  .refine((s) => parseIsoDate(s) !== undefined, { message: 'must be a real calendar date written YYYY-MM-DD' });

export const LABELS = ['statute', 'uwv-policy', 'practice', 'own'] as const;
export const labelSchema = z.enum(LABELS);

export const milestoneIdSchema = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{0,62}$/, { message: 'must be lower-case letters, digits and dashes (at most 63)' });

/**
 * Facts a rule's `applies` conditions may test. They are deliberately few and discrete (no dates), so
 * that applicability is decided once per distinct combination and then memoised.
 */
export const FACTS = {
  regime: 'string',
  pregnancyRelated: 'boolean',
  noRiskPolis: 'boolean',
  vangnet: 'boolean',
  employmentEnded: 'boolean',
  vrijwilligeVerlenging: 'boolean',
  loonsanctie: 'boolean',
  verkorteWachttijd: 'boolean',
} as const;
export type FactName = keyof typeof FACTS;
export const FACT_NAMES = Object.keys(FACTS) as FactName[];

/** The json-rules-engine operators poortwachter evaluates (its built-in set). */
export const OPERATORS = [
  'equal',
  'notEqual',
  'in',
  'notIn',
  'lessThan',
  'lessThanInclusive',
  'greaterThan',
  'greaterThanInclusive',
  'contains',
  'doesNotContain',
] as const;
export type OperatorName = (typeof OPERATORS)[number];

const primitive = z.union([z.string(), z.number(), z.boolean(), z.null()]);

export type Condition =
  | { all: Condition[] }
  | { any: Condition[] }
  | { not: Condition }
  | { fact: FactName; operator: OperatorName; value: string | number | boolean | null | Array<string | number | boolean | null> };

export const conditionSchema: z.ZodType<Condition> = z.lazy(() =>
  z.union([
    z.strictObject({ all: z.array(conditionSchema).max(64) }),
    z.strictObject({ any: z.array(conditionSchema).max(64) }),
    z.strictObject({ not: conditionSchema }),
    z
      .strictObject({
        fact: z.enum(FACT_NAMES as [FactName, ...FactName[]]),
        operator: z.enum(OPERATORS),
        value: z.union([primitive, z.array(primitive).max(64)]),
      })
      .refine((c) => !(c.operator === 'in' || c.operator === 'notIn') || Array.isArray(c.value), {
        // json-rules-engine calls value.indexOf: anything but an array makes it throw.
        message: "the operators 'in' and 'notIn' need an array value",
        path: ['value'],
      }),
  ]),
);

/** json-rules-engine's top level: `all`, `any` or `not`. */
export const topLevelConditionSchema = z.union([
  z.strictObject({ all: z.array(conditionSchema).max(64) }),
  z.strictObject({ any: z.array(conditionSchema).max(64) }),
  z.strictObject({ not: conditionSchema }),
]);

const days = z.number().int().min(-3650).max(3650);
const countedDay = z.number().int().min(1).max(3650);

export const timingSchema = z.discriminatedUnion('type', [
  /** Counted sick day k of the chain (day 1 = first sick day; gap days are skipped). */
  z.strictObject({ type: z.literal('countedDay'), day: countedDay }),
  /**
   * A number of calendar days after (or, negative, before) another milestone: its recorded date, else
   * its due date (`from: 'recorded-or-due'`, the default), or always its due date (`from: 'due'`).
   */
  z.strictObject({ type: z.literal('afterMilestone'), milestone: milestoneIdSchema, days, from: z.enum(['recorded-or-due', 'due']).optional() }),
  /**
   * `weeks` before the end of the wachttijd (counted day `endDay`), or before the end of a period of
   * wage payment extended by UWV under WIA 24 (vrijwillige verlenging) when there is one.
   */
  z.strictObject({ type: z.literal('beforeEnd'), weeks: z.number().int().min(0).max(104), endDay: countedDay }),
  /**
   * A month term counted from the first sick day: "binnen N maanden na aanvang" ends on the day before
   * the same calendar day N months later (end-of-month clamped), moved by `offsetDays`.
   */
  z.strictObject({ type: z.literal('months'), months: z.number().int().min(1).max(120), offsetDays: days }),
  /** `months` calendar months before the last day of the wachttijd (counted day `endDay`), clamped. */
  z.strictObject({ type: z.literal('monthsBeforeEnd'), months: z.number().int().min(1).max(120), endDay: countedDay }),
  /** The last day of the wachttijd: counted day `day`, or the end UWV set for a verkorte wachttijd. */
  z.strictObject({ type: z.literal('endOfWachttijd'), day: countedDay }),
  /** The last day of wage payment: the end of the wachttijd plus every extension. */
  z.strictObject({ type: z.literal('endOfWagePayment') }),
  /** Recurs `everyDays` after the milestone (or its last recorded occurrence); shows the next one. */
  z.strictObject({ type: z.literal('recurring'), after: milestoneIdSchema, everyDays: z.number().int().min(1).max(365) }),
  /** The last day of employment (event `employment-ended`). */
  z.strictObject({ type: z.literal('employmentEnd') }),
]);
export type Timing = z.infer<typeof timingSchema>;

/** One cited source. Built-in rules must give a BWB id and a dated wetten.overheid.nl address. */
export const basisSchema = z.strictObject({
  title: z.string().min(1).max(300),
  article: z.string().min(1).max(100),
  bwb: z.string().regex(/^BWBR\d{7}$/, { message: 'must be a BWB id such as BWBR0019057' }).optional(),
  url: z.string().url().max(500).optional(),
  /** The article's text as it read in this version (Catala-style: the law next to the rule). */
  text: z.string().max(5000).optional(),
});
export type Basis = z.infer<typeof basisSchema>;

const titleSchema = z.strictObject({ nl: z.string().min(1).max(200), en: z.string().min(1).max(200) });

/** A wetten.overheid.nl address that fixes the date of the text: `…/BWBR…/YYYY-MM-DD` or a jci with `g=`. */
export const DATED_WETTEN_URL =
  /^https:\/\/wetten\.overheid\.nl\/(BWBR\d{7}\/\d{4}-\d{2}-\d{2}|jci1\.3:c:BWBR\d{7}(&[a-z]+=[0-9A-Za-z.]+)*&g=\d{4}-\d{2}-\d{2})/;

export const versionSchema = z.strictObject({
  /** Stable name of this version, e.g. `verzamelwet-2013`. */
  version: z.string().regex(/^[a-z0-9][a-z0-9.-]{0,62}$/),
  validFrom: isoDateString,
  /** Exclusive end; `null` while in force. */
  validTo: isoDateString.nullable(),
  /**
   * Which date chooses this version: the first sick day of the chain, or the day the obligation falls
   * due (the text in force on that day).
   */
  selectBy: z.enum(['firstSickDay', 'due']),
  timing: timingSchema,
  window: timingSchema.optional(),
  title: titleSchema.optional(),
  basis: z.array(basisSchema).max(20),
  notes: z.string().max(5000).optional(),
});
export type RuleVersion = z.infer<typeof versionSchema>;

const completedBySchema = z.strictObject({
  event: z.enum(['loonsanctie', 'verkorte-wachttijd']),
  /** Only when UWV granted it (for `verkorte-wachttijd`: an `end` was recorded). */
  onlyWhenGranted: z.boolean().optional(),
});

export const ruleSchema = z
  .strictObject({
    $schema: z.string().optional(),
    id: milestoneIdSchema,
    title: titleSchema,
    /** Who must act; empty for a moment no one acts on (the end of the wachttijd). */
    responsible: z.array(z.string().regex(/^[a-z][a-z-]{0,40}$/)).max(5),
    label: labelSchema,
    /**
     * `action`: someone must do it (done, done-late, open, overdue). `option`: may be done; once its
     * day has passed unused it is not-applicable. `moment`: a date the law fixes; done once reached.
     */
    kind: z.enum(['action', 'option', 'moment']),
    /** json-rules-engine conditions on the case facts; the milestone is left out when they fail. */
    applies: topLevelConditionSchema,
    /** Events other than `completed` that record this milestone as done. */
    completedBy: z.array(completedBySchema).max(4).optional(),
    /** What the end of employment does to this milestone (ZW 38(2); default: nothing). */
    onEmploymentEnd: z
      .enum(['not-applicable-after', 'due-on-last-day', 'due-on-last-day-after-6-weeks'])
      .optional(),
    /** What a granted verkorte wachttijd (WIA 23(6), 66) does to this milestone. */
    onVerkorteWachttijd: z.enum(['not-applicable', 'not-applicable-after', 'done-by-application']).optional(),
    /**
     * The case option `ziekmeldingUwv: 'uwv-eerste-werkdag'` moves this deadline to the first working
     * day on or after it (UWV's leniency, not statute).
     */
    uwvWorkingDayLeniency: z.boolean().optional(),
    /** Deadlines that may be moved by a reasoned `deviation` event (Regeling procesgang art 5). */
    deviable: z.boolean().optional(),
    /** Which rule's "onverwijld" applies when its counted day is already past (Regeling art 2(3)). */
    onverwijld: z.boolean().optional(),
    notes: z.string().max(5000).optional(),
    versions: z.array(versionSchema).min(1).max(20),
  })
  .superRefine((rule, ctx) => {
    // zod runs this even when fields above failed (an empty versions list, a missing basis): check
    // only what is there.
    if (!Array.isArray(rule.versions) || rule.versions.length === 0) return;
    rule.versions.forEach((v, i) => {
      if (v === undefined || v === null || !Array.isArray(v.basis)) return;
      if (v.validTo !== null && v.validTo <= v.validFrom) {
        ctx.addIssue({ code: 'custom', path: ['versions', i, 'validTo'], message: 'must be after validFrom' });
      }
      if (i > 0 && rule.versions[i - 1]?.validTo !== v.validFrom) {
        ctx.addIssue({
          code: 'custom',
          path: ['versions', i, 'validFrom'],
          message: `must equal the previous version's validTo (${rule.versions[i - 1]?.validTo ?? 'null'}): versions may have no gaps or overlaps`,
        });
      }
      if (rule.label !== 'own') {
        if (v.basis.length === 0) ctx.addIssue({ code: 'custom', path: ['versions', i, 'basis'], message: 'a built-in rule must cite at least one source' });
        v.basis.forEach((b, j) => {
          if (typeof b !== 'object' || b === null) return;
          if (b.bwb === undefined) ctx.addIssue({ code: 'custom', path: ['versions', i, 'basis', j, 'bwb'], message: 'a built-in rule must give the BWB id' });
          if (typeof b.url !== 'string' || !DATED_WETTEN_URL.test(b.url)) {
            ctx.addIssue({ code: 'custom', path: ['versions', i, 'basis', j, 'url'], message: 'a built-in rule must link a dated wetten.overheid.nl text (https://wetten.overheid.nl/jci1.3:c:BWBR…&artikel=…&g=YYYY-MM-DD or …/BWBR…/YYYY-MM-DD)' });
          }
        });
      }
    });
    if (rule.versions[rule.versions.length - 1]?.validTo !== null && rule.label !== 'own') {
      ctx.addIssue({ code: 'custom', path: ['versions', rule.versions.length - 1, 'validTo'], message: 'the last version of a built-in rule must be open-ended (null)' });
    }
  });

export type RuleFile = z.infer<typeof ruleSchema>;
