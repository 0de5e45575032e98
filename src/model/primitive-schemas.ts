/**
 * The small shapes every layer shares: a calendar date, a milestone id, a label, a title, a cited
 * source. One definition each, so that the case input, the rule files, the timeline and the scenarios
 * mean the same thing by "a date".
 *
 * Built by a function of the zod module, not at import: `poortwachter/schema` builds them with the zod it
 * imports (`primitives.ts`), and the main entry, which does not load zod at all, builds them only for a
 * rule pack of the caller's, with the zod it then loads (`rules/load-zod.ts`).
 */
import type * as Z from 'zod';
import { DATE_TYPE_MESSAGE, isoDateProblem, MILESTONE_ID_MESSAGE, MILESTONE_ID_PATTERN } from './formats.js';
import { LABELS } from './values.js';

export type Zod = typeof Z;

function build(z: Zod) {
  /** A real calendar date written `YYYY-MM-DD`, within the supported range. */
  const isoDateSchema = z
    .string({ error: DATE_TYPE_MESSAGE })
    .meta({ format: 'date', description: 'A calendar date, YYYY-MM-DD (no time, no zone).' })
    .superRefine((s, ctx) => {
      const problem = isoDateProblem(s);
      if (problem !== undefined) ctx.addIssue({ code: 'custom', message: problem.message, params: { code: problem.code } });
    });

  const milestoneIdSchema = z
    .string()
    .regex(MILESTONE_ID_PATTERN, { message: MILESTONE_ID_MESSAGE })
    .meta({ description: 'A milestone id: lower-case letters, digits and dashes, such as `probleemanalyse`.' });

  const labelSchema = z.enum(LABELS).meta({
    description:
      'Where the rule comes from: `statute` (the law), `uwv-policy` (UWV policy), `practice` (common practice, not law) or `own` (a rule pack of your own).',
  });

  const titleSchema = z
    .strictObject({
      nl: z.string().min(1).max(200).meta({ description: 'Dutch title.' }),
      en: z.string().min(1).max(200).meta({ description: 'English title.' }),
    })
    .meta({ description: 'The title in Dutch and English.' });

  /** One cited source as it appears in a milestone's `basis`. */
  const basisSchema = z
    .strictObject({
      title: z.string().min(1).max(300).meta({ description: 'The title of the law or regulation, e.g. "Ziektewet".' }),
      article: z.string().min(1).max(100).meta({ description: 'The article (and paragraph), e.g. "38(1)".' }),
      bwb: z.string().regex(/^BWBR\d{7}$/, { message: 'must be a BWB id such as BWBR0019057' }).optional().meta({ description: 'The BWB id of the law on wetten.overheid.nl, e.g. BWBR0019057 (WIA).' }),
      url: z.string().url().max(500).optional().meta({ description: 'A dated link to the text (wetten.overheid.nl, with the date of the text).' }),
      text: z.string().max(5000).optional().meta({ description: "The article's text as it read on that date: the law next to the rule." }),
    })
    .meta({ description: 'A cited source.' });

  return { isoDateSchema, milestoneIdSchema, labelSchema, titleSchema, basisSchema };
}

/** `build`, run once for each zod module: the schemas it makes are never changed, so they are shared. */
export function oncePerZod<T>(build: (z: Zod) => T): (z: Zod) => T {
  const built = new WeakMap<Zod, T>();
  return (z) => {
    let s = built.get(z);
    if (s === undefined) {
      s = build(z);
      built.set(z, s);
    }
    return s;
  };
}

export type PrimitiveSchemas = ReturnType<typeof build>;

/** The shared shapes, built once for each zod module. */
export const primitiveSchemas: (z: Zod) => PrimitiveSchemas = oncePerZod(build);
