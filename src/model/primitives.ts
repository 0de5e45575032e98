/**
 * The small shapes every layer shares: a calendar date, a milestone id, a label, a title, a cited
 * source. One definition each, so that the case input, the rule files, the timeline and the scenarios
 * mean the same thing by "a date".
 */
import * as z from 'zod';
import { MAX_DATE, MIN_DATE, parseIsoDate } from '../calendar/days.js';

/** A real calendar date written `YYYY-MM-DD`, within the supported range. */
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

/** The pattern of a milestone id (also checked by the input fast path). */
export const MILESTONE_ID_PATTERN = /^[a-z0-9][a-z0-9-]{0,62}$/;

export const milestoneIdSchema = z
  .string()
  .regex(MILESTONE_ID_PATTERN, { message: 'must be lower-case letters, digits and dashes (at most 63)' })
  .meta({ description: 'A milestone id: lower-case letters, digits and dashes, such as `probleemanalyse`.' });

export const LABELS = Object.freeze(['statute', 'uwv-policy', 'practice', 'own'] as const);
export const labelSchema = z.enum(LABELS).meta({
  description:
    'Where the rule comes from: `statute` (the law), `uwv-policy` (UWV policy), `practice` (common practice, not law) or `own` (a rule pack of your own).',
});
export type Label = z.infer<typeof labelSchema>;

export const titleSchema = z
  .strictObject({
    nl: z.string().min(1).max(200).meta({ description: 'Dutch title.' }),
    en: z.string().min(1).max(200).meta({ description: 'English title.' }),
  })
  .meta({ description: 'The title in Dutch and English.' });

/** One cited source as it appears in a milestone's `basis`. */
export const basisSchema = z
  .strictObject({
    title: z.string().min(1).max(300).meta({ description: 'The title of the law or regulation, e.g. "Ziektewet".' }),
    article: z.string().min(1).max(100).meta({ description: 'The article (and paragraph), e.g. "38(1)".' }),
    bwb: z.string().regex(/^BWBR\d{7}$/, { message: 'must be a BWB id such as BWBR0019057' }).optional().meta({ description: 'The BWB id of the law on wetten.overheid.nl, e.g. BWBR0019057 (WIA).' }),
    url: z.string().url().max(500).optional().meta({ description: 'A dated link to the text (wetten.overheid.nl, with the date of the text).' }),
    text: z.string().max(5000).optional().meta({ description: "The article's text as it read on that date: the law next to the rule." }),
  })
  .meta({ description: 'A cited source.' });
export type Basis = z.infer<typeof basisSchema>;
