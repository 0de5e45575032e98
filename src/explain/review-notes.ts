/**
 * The review notes of a timeline as text, in Dutch and English. A module of its own, apart from the
 * message table, because the engine writes every note's English `reason`: the computation (and a
 * browser bundle of `computeTimeline`) then carries these few texts, not the whole table.
 */
import type { ReviewCode } from '../model/timeline-schema.js';

type Params = Readonly<Record<string, string>>;

const TEXTS: Record<ReviewCode, { readonly nl: (p: Params) => string; readonly en: (p: Params) => string }> = {
  'version-transition': {
    nl: (p) => `De eerste ziektedag ${p.firstSickDay} ligt vóór ${p.validFrom}, toen versie '${p.version}' van deze regel inging; de termijn valt eronder, maar het overgangsrecht van die wijziging is niet gemodelleerd: controleer het.`,
    en: (p) => `The first sick day ${p.firstSickDay} lies before ${p.validFrom}, when version '${p.version}' of this rule took effect; the deadline falls under it, but the transitional law of that change is not modelled: check it.`,
  },
  'version-fallback': {
    nl: (p) => `Geen versie van deze regel dekt zowel de eerste ziektedag als de termijn; versie '${p.version}' (geldig op de eerste ziektedag) is gebruikt: controleer het.`,
    en: (p) => `No version of this rule covers both the first sick day and the deadline; version '${p.version}' (in force on the first sick day) was used: check it.`,
  },
  'aow-age-provisional': {
    nl: (p) => `De AOW-leeftijd van iemand geboren op ${p.dateOfBirth} is nog niet vastgesteld (rules/parameters.json, aowAge); de laagste mogelijke is gebruikt: controleer de AOW-datum ${p.aowDate}.`,
    en: (p) => `The AOW age of someone born on ${p.dateOfBirth} is not yet set (rules/parameters.json, aowAge); the lowest it can be was used: check the AOW date ${p.aowDate}.`,
  },
};

/** A note in `locale`; a stored 0.1 note (no code, or one this version does not know) as it was written. */
export function reviewText(note: { readonly reason: string; readonly code?: string | undefined; readonly params?: Params | undefined }, locale: 'nl' | 'en'): string {
  const texts = note.code !== undefined && Object.hasOwn(TEXTS, note.code) ? TEXTS[note.code as ReviewCode] : undefined;
  return texts === undefined ? note.reason : texts[locale](note.params ?? {});
}

/** The English text of a note the computation makes. */
export function reviewReason(code: ReviewCode, params: Params): string {
  return TEXTS[code].en(params);
}
