/**
 * The closed vocabularies of a timeline and of a rule's label, as plain frozen lists. The zod schemas
 * (`timeline-schema.ts`, `primitives.ts`) are built from them for `poortwachter/schema`; the main entry
 * reads them from here, so that importing it does not load zod.
 */

export const STATUSES = Object.freeze(['done', 'done-late', 'open', 'overdue', 'not-applicable'] as const);

export const NOT_APPLICABLE_REASONS = Object.freeze(['recovered', 'employment-ended', 'verkorte-wachttijd', 'aow-age', 'option-unused', 'depends-on-not-applicable'] as const);

/**
 * Why a human should look at a date: a deadline that a change of law catches mid-case (its transitional
 * law is not modelled), a deadline no rule version covers, an AOW age not yet set by law.
 */
export const REVIEW_CODES = Object.freeze(['version-transition', 'version-fallback', 'aow-age-provisional'] as const);
export type ReviewCode = (typeof REVIEW_CODES)[number];
/** A review note as data: rendered in the reader's language from its code and parameters. */
export interface ReviewNote {
  readonly code: ReviewCode;
  readonly params: Readonly<Record<string, string>>;
}

export const EXTENSION_CAUSES = Object.freeze(['vrijwillige-verlenging', 'late-wia-aanvraag', 'loonsanctie', 'late-ziekmelding'] as const);

/** Where a rule comes from (`label` of a rule and of a milestone). */
export const LABELS = Object.freeze(['statute', 'uwv-policy', 'practice', 'own'] as const);
