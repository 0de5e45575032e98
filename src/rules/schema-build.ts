/**
 * The formats of the law as data: a milestone's rule file (`rules/milestones/*.json`, or an entry of a
 * caller's rule pack), the cited sources (`rules/sources.json`, every article text once), and the dated
 * constants of the law (`rules/parameters.json`). A rule is one milestone: its legal metadata, the
 * json-rules-engine conditions that decide whether it applies to a case, and its versions, each valid on
 * a half-open interval `[validFrom, validTo)` of dates. Every field carries a description, so the shipped
 * `rule.schema.json` documents itself in an editor.
 *
 * The schemas are built by a function of the zod module, on first use (`ruleSchemas`): the engine needs
 * them only for a rule pack of the caller's, and then loads zod (`load-zod.ts`); the main entry never
 * imports zod itself. `rules/schema.ts` builds them with the zod it imports and exports them as
 * constants, for `poortwachter/schema` and the build's check of the built-in law.
 */
import type * as Z from 'zod';
import { oncePerZod, primitiveSchemas, type Zod } from '../model/primitive-schemas.js';
import { EXTENSION_CAUSES } from '../model/values.js';

import { AFTER_EVENT_TYPES, FACT_NAMES, INTERVAL_OPTIONS, OPERATORS, type FactName, type OperatorName } from './vocabulary.js';

export type Condition =
  | { all: Condition[] }
  | { any: Condition[] }
  | { not: Condition }
  | { fact: FactName; operator: OperatorName; value: string | number | boolean | null | Array<string | number | boolean | null> };

/** A wetten.overheid.nl address that fixes the date of the text: `…/BWBR…/YYYY-MM-DD` or a jci with `g=`. */
export const DATED_WETTEN_URL =
  /^https:\/\/wetten\.overheid\.nl\/(BWBR\d{7}\/\d{4}-\d{2}-\d{2}|jci1\.3:c:BWBR\d{7}(&[a-z]+=[0-9A-Za-z.]+)*&g=\d{4}-\d{2}-\d{2})/;

/** A Staatsblad publication that has no consolidated text of its own (a transitional article, a royal decree). */
export const PUBLICATION_PATTERN = /^Stb\. \d{4}, \d{1,4}$/;

function buildRuleSchemas(z: Zod) {
  const { basisSchema, isoDateSchema, labelSchema, milestoneIdSchema, titleSchema } = primitiveSchemas(z);
  const d = (description: string) => ({ description });

  const primitive = z.union([z.string(), z.number(), z.boolean(), z.null()]);

  const factCondition = z
    .strictObject({
      fact: z.enum(FACT_NAMES as [FactName, ...FactName[]]).meta(d('The case fact to test.')),
      operator: z.enum(OPERATORS).meta(d('A json-rules-engine operator.')),
      value: z.union([primitive, z.array(primitive).max(64)]).meta(d('The value to compare the fact with (an array for `in` and `notIn`).')),
    })
    .refine((c) => !(c.operator === 'in' || c.operator === 'notIn') || Array.isArray(c.value), {
      // json-rules-engine calls value.indexOf: anything but an array makes it throw.
      message: "the operators 'in' and 'notIn' need an array value",
      path: ['value'],
    });

  const allOf = (inner: Z.ZodType<Condition>) => z.strictObject({ all: z.array(inner).max(64).meta(d('Every condition must hold (an empty list always holds).')) });
  const anyOf = (inner: Z.ZodType<Condition>) => z.strictObject({ any: z.array(inner).max(64).meta(d('At least one condition must hold (json-rules-engine: an empty list holds too).')) });
  const notOf = (inner: Z.ZodType<Condition>) => z.strictObject({ not: inner });

  const conditionSchema: Z.ZodType<Condition> = z.lazy(() => z.union([allOf(conditionSchema), anyOf(conditionSchema), notOf(conditionSchema), factCondition]));

  /** json-rules-engine's top level: `all`, `any` or `not`. */
  const topLevelConditionSchema = z
    .union([allOf(conditionSchema), anyOf(conditionSchema), notOf(conditionSchema)])
    .meta(d('json-rules-engine conditions on the case facts (`all`, `any` or `not` at the top); the milestone is left out of a case where they fail.'));

  const days = z.number().int().min(-3650).max(3650);
  const countedDay = z.number().int().min(1).max(3650);
  const optionalEndDay = countedDay.optional().meta(d('The counted day of the end; by default the last day of the wachttijd (the parameter wachttijdDays).'));

  /** The milestones the law of a late WIA application reads (BW 7:629(11)(a); WIA 64(6)). */
  const applicationInputs = z.strictObject({
    application: milestoneIdSchema.optional().meta(d('The milestone of the WIA application (WIA 64(1),(3)): a late one extends wage payment (BW 7:629(11)(a)).')),
    letter: milestoneIdSchema.optional().meta(d("The milestone of UWV's letter (WIA 64(2)): a late one can make a late application timely (WIA 64(6)).")),
    report: milestoneIdSchema.optional().meta(d('The milestone of the report to UWV (ZW 38(1)): a late 13th-week report extended wage payment before 2008-08-01; a 42e-weeksmelding made too late removes the protection of WIA 64(6).')),
  });

  /** The AOW-age period that replaces wage payment and the opzegverbod (BW 7:629(2)(b), 7:670(1)(a)). */
  const aowAgeWeeks = z
    .number()
    .int()
    .min(1)
    .max(104)
    .optional()
    .meta(d('For an employee who reaches the AOW age by the day after the wachttijd (fact aowAge): instead, this many weeks of counted sick days from the AOW date, or from the first sick day when that is later, and at most the usual period, with no extensions (BW 7:629(2)(b), 7:670(1)(a)).'));

  const plainTimings = [
      z
        .strictObject({
          type: z.literal('countedDay'),
          day: countedDay.meta(d('The counted sick day.')),
          untilEmploymentEnd: z
            .literal(true)
            .optional()
            .meta(d('Or the last day of employment (event `employment-ended`) when that comes first: a term the law itself cuts short at the end of employment (ZW 38a(3), second sentence).')),
        })
        .meta(d('Counted sick day `day` of the chain (day 1 = first sick day; gap and leave days are skipped).')),
      z
        .strictObject({
          type: z.literal('afterMilestone'),
          milestone: milestoneIdSchema.meta(d('The milestone this one follows.')),
          days: days.meta(d('Calendar days after it (negative: before it).')),
          from: z.enum(['recorded-or-due', 'due']).optional().meta(d("Count from the milestone's recorded date, else its due date (`recorded-or-due`, the default), or always from its due date (`due`).")),
        })
        .meta(d('A number of calendar days after (or, negative, before) another milestone.')),
      z
        .strictObject({
          type: z.literal('beforeEnd'),
          weeks: z.number().int().min(0).max(104).meta(d('Weeks before the end.')),
          endDay: optionalEndDay,
          lateApplication: applicationInputs
            .optional()
            .meta(d('WIA 25(10), second sentence: when the WIA application named here was made late (and WIA 64(6) does not deem it timely), the term counts back from the end of wage payment extended by the delay (BW 7:629(11)(a)).')),
        })
        .meta(d('`weeks` before the end of the wachttijd, in counted days, or before the end of a period of wage payment extended by UWV under WIA 24 (vrijwillige verlenging) when there is one.')),
      z
        .strictObject({
          type: z.literal('months'),
          months: z.number().int().min(1).max(120).meta(d('Calendar months from the first sick day.')),
          offsetDays: days.meta(d('Calendar days added to the end of the month term (negative: before it).')),
        })
        .meta(d('A month term counted from the first sick day: "binnen N maanden na aanvang" ends on the day before the same calendar day N months later (end-of-month clamped), moved by `offsetDays`; the counted day it reaches is then moved by gaps.')),
      z
        .strictObject({ type: z.literal('monthsBeforeEnd'), months: z.number().int().min(1).max(120).meta(d('Calendar months before the end.')), endDay: optionalEndDay })
        .meta(d('`months` calendar months before the last day of the wachttijd (end-of-month clamped).')),
      z
        .strictObject({ type: z.literal('endOfWachttijd'), day: countedDay.optional().meta(d('The counted day of the end; by default the parameter wachttijdDays.')) })
        .meta(d('The last day of the wachttijd, or the end UWV set for a verkorte wachttijd (WIA 23(6)).')),
      z
        .strictObject({
          type: z.literal('endOfWagePayment'),
          inputs: applicationInputs
            .extend({
              decision: milestoneIdSchema.optional().meta(d("The milestone of UWV's loonsanctie decision (WIA 25(10)): a decision given after it shortens the sanction by the delay (WIA 25(14)).")),
              repairDecision: milestoneIdSchema.optional().meta(d("The milestone of UWV's decision on a report of repair (WIA 25(13)): a finding given after it shortens the sanction by the delay (WIA 25(14)).")),
            })
            .optional()
            .meta(d('The milestones whose dates the wage-payment law reads; each comes first in the evaluation order.')),
          aowAgeWeeks,
        })
        .meta(d('The last day of wage payment: the end of the wachttijd plus every extension (BW 7:629(1),(11); WIA 24, 25(9)-(14), 64(6)).')),
      z
        .strictObject({
          type: z.literal('recurring'),
          after: milestoneIdSchema.meta(d('The milestone after which the first occurrence falls.')),
          everyDays: z.number().int().min(1).max(365).meta(d('Calendar days between occurrences.')),
          everyDaysOption: z.enum(INTERVAL_OPTIONS).optional().meta(d('A case option that may set the interval for this rule (only the rules that name it read it).')),
        })
        .meta(d('Recurs `everyDays` after its own last recorded occurrence (a `completed` event for this milestone, on or before asOf), else after the milestone `after` (its recorded date, else its due date); shows the next occurrence.')),
      z.strictObject({ type: z.literal('employmentEnd') }).meta(d('The last day of employment (event `employment-ended`).')),
      z
        .strictObject({
          type: z.literal('afterEvent'),
          event: z.enum(AFTER_EVENT_TYPES).meta(d('The event type (its last occurrence in the chain counts).')),
          days: days.meta(d('Calendar days after it.')),
        })
        .meta(d('A number of calendar days after the last event of a type in the chain; none without such an event.')),
      z
        .strictObject({
          type: z.literal('setByEvent'),
          event: z.enum(['re-integratieverslag-termijn']).meta(d('The event type that sets the term (its last occurrence in the chain counts).')),
        })
        .meta(d("The `due` date an event gives (a term UWV set); none without such an event.")),
      z
        .strictObject({
          type: z.literal('countedYears'),
          years: z.number().int().min(1).max(10).meta(d('Years of counted sick days: the days from the first sick day to the same calendar day that many years later.')),
          plusExtensionsOf: milestoneIdSchema.optional().meta(d('Add the days of every extension of this milestone (the wage-payment one): BW 7:670(11).')),
          aowAgeWeeks,
        })
        .meta(d('The last day on which the counted sick days have not yet lasted `years` years (moved by gaps and leave like every counted day), plus the extensions of another milestone.')),
      z
        .strictObject({
          type: z.literal('beforeExtensionEnd'),
          milestone: milestoneIdSchema.meta(d('The wage-payment milestone whose extensions are read.')),
          cause: z.enum(EXTENSION_CAUSES).meta(d('The cause of the extension.')),
          days: z.number().int().min(0).max(365).meta(d('Calendar days before its last day.')),
        })
        .meta(d('`days` before the last day of the extension of wage payment with this cause (as shortened by a repair finding or a late decision); none without such an extension.')),
      z
        .strictObject({
          type: z.literal('afterRecovery'),
          days: z.number().int().min(0).max(365).meta(d('Calendar days after the first fit day.')),
          notBefore: milestoneIdSchema.optional().meta(d('Never before the due date of this milestone.')),
        })
        .meta(d("`days` after the first fit day of the chain's last recovery (a `recovered` with no later `sick`); none while the employee is sick.")),
  ] as const;

  /** A timing that computes a date (every type but `choose`). */
  const plainTimingSchema = z.discriminatedUnion('type', plainTimings).meta(d('How the due date is computed.'));

  const timingSchema = z
    .discriminatedUnion('type', [
      ...plainTimings,
      z
        .strictObject({
          type: z.literal('choose'),
          when: topLevelConditionSchema.meta(d('json-rules-engine conditions on the case facts.')),
          then: plainTimingSchema.meta(d('The timing when the conditions hold.')),
          else: plainTimingSchema.meta(d('The timing when they do not.')),
        })
        .meta(d('One of two timings, chosen by json-rules-engine conditions on the case facts (e.g. the report of ZW 38a: day 4 after a pregnancy leave, else day 43).')),
    ])
    .meta(d('How the due date is computed.'));

  /** A key into `rules/sources.json`, e.g. `WIA 64(6)@2013-07-01`: law, article, date of the text. */
  const sourceKeySchema = z
    .string()
    .min(3)
    .max(120)
    .meta(d('A key of rules/sources.json: the short name of the law, the article, and the date of the text, e.g. "WIA 64(6)@2013-07-01".'));

  const versionSchema = z
    .strictObject({
      version: z.string().regex(/^[a-z0-9][a-z0-9.-]{0,62}$/).meta(d('Stable name of this version, e.g. `verzamelwet-2013`.')),
      validFrom: isoDateSchema.meta(d('First day this version is in force (included).')),
      validTo: isoDateSchema.nullable().meta(d('Day it stopped being in force (excluded); `null` while in force.')),
      selectBy: z
        .enum(['firstSickDay', 'due'])
        .meta(d('Which date chooses this version: the first sick day of the chain, or the day the obligation falls due (the text in force on that day).')),
      absent: z
        .literal(true)
        .optional()
        .meta(d('In this version the milestone does not exist (the law that provides it does not apply); it is left out of the timeline. Cite why. Its timing still places the deadline, for versions chosen by the due date.')),
      timing: timingSchema,
      atw: z
        .literal(true)
        .optional()
        .meta(d('The term is set in a law or AMvB, counts forward and lasts at most twelve weeks, so the Algemene termijnenwet applies: when it ends on a Saturday, Sunday or Atw holiday it runs to the next day that is not (Atw 1(1), 3, 4, 5). Terms of a ministerial regulation (Regeling procesgang), terms counted backwards and longer terms stay as they are.')),
      window: plainTimingSchema.optional().meta(d('Where the law or practice gives a window: the timing of its first day.')),
      title: titleSchema.optional().meta(d("This version's title, where it differs from the rule's.")),
      cites: z.array(sourceKeySchema).max(20).optional().meta(d('The sources of this version, by key of rules/sources.json (each text is stored once there). Built-in rules cite this way.')),
      basis: z.array(basisSchema).max(20).optional().meta(d('Sources written out in full (for rule packs of your own); listed after `cites`.')),
      notes: z.string().max(5000).optional().meta(d('The reading taken, and why.')),
    })
    .meta(d('One version of the rule, valid on [validFrom, validTo).'));

  const completedBySchema = z.strictObject({
    event: z.enum(['loonsanctie', 'verkorte-wachttijd', 'loonsanctie-hersteld']).meta(d('The event type that records this milestone as done (for loonsanctie-hersteld: the first finding on or after the last herstelmelding).')),
    onlyWhenGranted: z.boolean().optional().meta(d('Only when UWV granted it (for `verkorte-wachttijd`: an `end` was recorded).')),
  });

  const ruleSchema = z
    .strictObject({
      $schema: z.string().optional().meta(d('The JSON Schema of this file (for editors).')),
      id: milestoneIdSchema.meta(d('The milestone id; the file is named after it.')),
      title: titleSchema,
      responsible: z.array(z.string().regex(/^[a-z][a-z-]{0,40}$/)).max(5).meta(d('Who must act (werkgever, werknemer, bedrijfsarts, uwv, …); empty for a moment no one acts on.')),
      label: labelSchema,
      kind: z
        .enum(['action', 'option', 'moment'])
        .meta(d('`action`: someone must do it (done, done-late, open, overdue). `option`: may be done; once its day has passed unused it is not-applicable. `moment`: a date the law fixes; done once reached.')),
      applies: topLevelConditionSchema,
      completedBy: z.array(completedBySchema).max(4).optional().meta(d('Events other than `completed` that record this milestone as done.')),
      onEmploymentEnd: z
        .enum(['not-applicable-after', 'due-on-last-day', 'due-on-last-day-after-6-weeks'])
        .optional()
        .meta(d('What the end of employment does to this milestone (ZW 38(2)): cancel it when due later, move it to the last day, or move it only when at least six weeks (the parameter employmentEndReportMinDays) lie between the first sick day and the last day. Default: nothing.')),
      onRecovery: z
        .enum(['still-due'])
        .optional()
        .meta(d('What a full recovery before its day does to this milestone: by default it no longer applies; `still-due` keeps it (a report about a sickness that has ended).')),
      onVerkorteWachttijd: z
        .enum(['not-applicable', 'not-applicable-after'])
        .optional()
        .meta(d('What a granted verkorte wachttijd (WIA 23(6), 66) does to this milestone: cancel it, or cancel it when due after the shortened end.')),
      keptByEigenrisicodragerZw: z
        .literal(true)
        .optional()
        .meta(d('A duty of WIA 25(1)-(3),(5)-(8) that an eigenrisicodrager for the Ziektewet keeps towards a former employee (WIA 26(2); case input eigenrisicodragerZw): for such an employer the end of employment leaves this milestone as it is (onEmploymentEnd does not apply).')),
      onAowAge: z
        .enum(['not-applicable-after'])
        .optional()
        .meta(d('For an employee who has reached the AOW age (case input dateOfBirth): the duty lapses when due on or after the AOW date, for chains in which the parameter werkenNaAow holds (the Wet werken na de AOW-gerechtigde leeftijd: BW 7:658a no longer asks a plan van aanpak or its evaluations). A milestone already done keeps its date.')),
      uwvWorkingDayLeniency: z
        .boolean()
        .optional()
        .meta(d("The case option `ziekmeldingUwv: 'uwv-eerste-werkdag'` moves this deadline to the first working day on or after it (UWV's leniency, not statute).")),
      deviable: z.boolean().optional().meta(d('The deadline may be moved by a reasoned `deviation` event (Regeling procesgang art 5).')),
      onverwijld: z
        .boolean()
        .optional()
        .meta(d('When the counted day was passed in an earlier, shorter period of the chain, the milestone is due "onverwijld" from the first day of the current period (Regeling procesgang art 2(3)).')),
      notes: z.string().max(5000).optional().meta(d('The reading taken, and why.')),
      versions: z.array(versionSchema).min(1).max(20).meta(d('The versions in date order, without gaps or overlaps; the last one of a built-in rule is open-ended.')),
    })
    .superRefine((rule, ctx) => {
      // zod runs this even when fields above failed (an empty versions list, a missing basis): check
      // only what is there.
      if (!Array.isArray(rule.versions) || rule.versions.length === 0) return;
      rule.versions.forEach((v, i) => {
        if (v === undefined || v === null || typeof v !== 'object') return;
        if (typeof v.validTo === 'string' && typeof v.validFrom === 'string' && v.validTo <= v.validFrom) {
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
          if (!Array.isArray(v.cites) || v.cites.length === 0) ctx.addIssue({ code: 'custom', path: ['versions', i, 'cites'], message: 'a built-in rule must cite at least one source of rules/sources.json' });
          if (v.basis !== undefined) ctx.addIssue({ code: 'custom', path: ['versions', i, 'basis'], message: 'a built-in rule cites its sources by key (cites), so that each text is stored once' });
        }
      });
      if (rule.versions[rule.versions.length - 1]?.validTo !== null && rule.label !== 'own') {
        ctx.addIssue({ code: 'custom', path: ['versions', rule.versions.length - 1, 'validTo'], message: 'the last version of a built-in rule must be open-ended (null)' });
      }
    })
    .meta(d('A milestone of the Wet verbetering poortwachter timeline: one rule file.'));


  /** `rules/sources.json`: every cited article once, and the laws they belong to. */
  const STAATSBLAD_URL = /^https:\/\/zoek\.officielebekendmakingen\.nl\/stb-\d{4}-\d{1,4}\.html$/;

  const sourcesFileSchema = z.strictObject({
    laws: z.record(
      z.string().refine((k) => /^BWBR\d{7}$/.test(k) || PUBLICATION_PATTERN.test(k), { message: 'must be a BWB id (BWBR0019057) or a Staatsblad publication (Stb. 2015, 376)' }),
      z.strictObject({
        title: z.string().min(1).max(300).meta(d('The title of the law.')),
        short: z.string().min(1).max(60).meta(d('Its usual short name (WIA, ZW, BW, …).')),
      }),
    ),
    sources: z.record(
      sourceKeySchema,
      z
        .strictObject({
          bwb: z.string().regex(/^BWBR\d{7}$/).optional().meta(d('The BWB id of the law (for a consolidated text).')),
          publication: z.string().regex(PUBLICATION_PATTERN).optional().meta(d('The Staatsblad publication (for a provision without a consolidated text of its own, such as a transitional article or a royal decree), e.g. "Stb. 2023, 169".')),
          article: z.string().min(1).max(100).meta(d('The article (and paragraph).')),
          url: z
            .string()
            .refine((u) => DATED_WETTEN_URL.test(u) || STAATSBLAD_URL.test(u), { message: 'must link a dated wetten.overheid.nl text, or the Staatsblad on zoek.officielebekendmakingen.nl' })
            .meta(d('A dated wetten.overheid.nl link, or the Staatsblad on zoek.officielebekendmakingen.nl.')),
          text: z.string().max(5000).optional().meta(d('The text as it read on that date.')),
          note: z.string().max(2000).optional().meta(d('Where the text comes from, or why it is missing.')),
        })
        .refine((s) => (s.bwb === undefined) !== (s.publication === undefined), { message: 'give exactly one of bwb and publication' }),
    ),
  });

  /** One dated constant of the law: its values over time, each with its citation. */
  const parameterSchema = z.strictObject({
    unit: z.enum(['days', 'weeks', 'boolean']).meta(d('What the value counts.')),
    description: z.string().min(1).max(2000).meta(d('What the constant means in the law.')),
    values: z
      .array(
        z.strictObject({
          from: isoDateSchema.meta(d('The first sick day (of the chain) from which this value applies.')),
          value: z.union([z.number().int(), z.boolean()]).meta(d('The value.')),
          cites: z.array(sourceKeySchema).min(1).max(10).meta(d('The sources of this value, by key of rules/sources.json.')),
          note: z.string().max(2000).optional().meta(d('The reading taken, and why.')),
        }),
      )
      .min(1)
      .meta(d('The values in date order; each applies from its date until the next one.')),
  });

  /** The AOW age by date of birth (AOW art 7a): a table dated by birth, not by first sick day. */
  const aowAgeTableSchema = z.strictObject({
    description: z.string().min(1).max(2000).meta(d('What the table means and how the AOW date is computed from it.')),
    rows: z
      .array(
        z.strictObject({
          bornFrom: isoDateSchema.meta(d('The first date of birth this row applies to; it applies until the next row.')),
          years: z.number().int().min(60).max(80).meta(d('The AOW age: whole years …')),
          months: z.number().int().min(0).max(11).meta(d('… plus months.')),
          provisional: z.literal(true).optional().meta(d('Not yet set by law or decision: the lowest age it can be. A timeline that depends on it carries a review note.')),
          cites: z.array(sourceKeySchema).min(1).max(10).meta(d('The sources of this row, by key of rules/sources.json.')),
          note: z.string().max(2000).optional().meta(d('Which calendar years it covers, and where the birth range comes from.')),
        }),
      )
      .min(1)
      .meta(d('The rows in order of `bornFrom`.')),
  });

  const parametersFileSchema = z.strictObject({
    $schema: z.string().optional(),
    parameters: z.record(z.string().regex(/^[a-z][A-Za-z0-9]{0,62}$/), parameterSchema),
    aowAge: aowAgeTableSchema.meta(d('The AOW age by date of birth (AOW art 7a).')),
    atwEquatedDays: z
      .strictObject({
        description: z.string().min(1).max(2000).meta(d('What the days are.')),
        cites: z.array(sourceKeySchema).min(1).max(10).meta(d('The article that allows them, by key of rules/sources.json.')),
        days: z
          .array(z.strictObject({ date: isoDateSchema.meta(d('The day.')), decree: z.string().min(1).max(500).meta(d('The royal decree that equates it, by title.')) }))
          .max(500)
          .meta(d('The days, in date order.')),
      })
      .meta(d('Days a royal decree equates with an Atw holiday (Algemene termijnenwet 3(3)).')),
  });

  /** `rules/regimes.json`: the eras of the law, chosen by the first sick day of the chain (for display). */
  const regimesFileSchema = z.strictObject({
    regimes: z
      .array(
        z.strictObject({
          id: z.string().regex(/^[a-z0-9][a-z0-9-]{0,62}$/),
          title: z.string().min(1).max(300),
          validFrom: isoDateSchema,
          validTo: isoDateSchema.nullable(),
          source: z.string().min(1).max(1000),
        }),
      )
      .min(1),
  });
  return { conditionSchema, topLevelConditionSchema, plainTimingSchema, timingSchema, sourceKeySchema, versionSchema, ruleSchema, sourcesFileSchema, parameterSchema, aowAgeTableSchema, parametersFileSchema, regimesFileSchema };
}

export type RuleSchemas = ReturnType<typeof buildRuleSchemas>;
/** The schemas of the rule format, built on first use with a zod module and then shared. */
export const ruleSchemas: (z: Zod) => RuleSchemas = oncePerZod(buildRuleSchemas);

export type PlainTiming = Z.infer<RuleSchemas['plainTimingSchema']>;
export type Timing = Z.infer<RuleSchemas['timingSchema']>;
export type RuleVersion = Z.infer<RuleSchemas['versionSchema']>;
export type RuleFile = Z.infer<RuleSchemas['ruleSchema']>;
export type SourcesFile = Z.infer<RuleSchemas['sourcesFileSchema']>;
export type Parameter = Z.infer<RuleSchemas['parameterSchema']>;
