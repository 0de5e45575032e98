/**
 * What a case must have for a timing to give a date at all (`timing.ts` returns `false` without it): an
 * event to follow, the end of employment, a recovery. As bits, so that the engine leaves out, per set of
 * facts, the rules that cannot give this case a milestone (a deskundigenoordeel without a request for
 * one) instead of evaluating them to nothing for every case. `test/needs.test.ts` checks on random cases
 * that a rule whose needs the case lacks gives no milestone.
 */
import type { CaseFacts } from '../case/context.js';
import type { PlainTiming, Timing } from '../rules/schema-build.js';

const HERSTELMELDING = 1;
const DESKUNDIGENOORDEEL_AANVRAAG = 2;
const VERSLAG_TERMIJN = 4;
const EMPLOYMENT_END = 8;
const RECOVERY = 16;

/** How many combinations of needs there are: `caseHas` gives a number below this. */
export const NEEDS_COMBINATIONS = 32;

function plainNeeds(t: PlainTiming): number {
  switch (t.type) {
    case 'afterEvent': {
      const event = t.event;
      switch (event) {
        case 'herstelmelding':
          return HERSTELMELDING;
        case 'deskundigenoordeel-aanvraag':
          return DESKUNDIGENOORDEEL_AANVRAAG;
        default: {
          // Every event a timing can follow has its bit (this fails to compile otherwise).
          const other: never = event;
          return other;
        }
      }
    }
    case 'setByEvent':
      return VERSLAG_TERMIJN;
    case 'employmentEnd':
      return EMPLOYMENT_END;
    case 'afterRecovery':
      return RECOVERY;
    default:
      return 0;
  }
}

/** What a timing needs; a `choose` timing what both its branches need. */
export function timingNeeds(t: Timing): number {
  return t.type === 'choose' ? plainNeeds(t.then) & plainNeeds(t.else) : plainNeeds(t);
}

/**
 * What a rule needs: what every version's timing needs. Every way the rule can give a date (its version
 * for the case, a version chosen by the date, the fallback) computes one of those timings, absent
 * versions included (the fallback may be one).
 */
export function ruleNeeds(versions: ReadonlyArray<{ readonly timing: Timing }>): number {
  let needs = ~0;
  for (const v of versions) needs &= timingNeeds(v.timing);
  return versions.length === 0 ? 0 : needs;
}

/** What the case has of what timings need, as bits. */
export function caseHas(f: CaseFacts): number {
  return (
    (f.eventDates.herstelmelding.length > 0 ? HERSTELMELDING : 0) |
    (f.eventDates['deskundigenoordeel-aanvraag'].length > 0 ? DESKUNDIGENOORDEEL_AANVRAAG : 0) |
    (f.verslagTermijnen.length > 0 ? VERSLAG_TERMIJN : 0) |
    (f.employmentEnd !== undefined ? EMPLOYMENT_END : 0) |
    (f.chain.closed ? RECOVERY : 0)
  );
}
