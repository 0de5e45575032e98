// The engine leaves out the rules whose timing needs what a case lacks (src/law/needs.ts). This proves,
// on random cases with and without each thing a timing can need, that such a rule gives no milestone
// when it is evaluated all the same: leaving it out changes no timeline.
import fc from 'fast-check';
import { expect, test } from 'vitest';
import type { CaseInput } from '../src/index.js';
import { caseHas, ruleNeeds } from '../src/law/needs.js';
import { buildCase, caseShape, epochOf, isoOf } from './arbitraries.js';
import { BUILTIN_ORDERED, evaluateEach } from './evaluate-each.js';

const RUNS = Number(process.env.POORTWACHTER_PROPERTY_RUNS ?? 300);

/** A generated case, sometimes with the events that some timings follow. */
const withEvents = fc.record({
  shape: caseShape,
  deskundigenoordeel: fc.option(fc.integer({ min: 0, max: 700 }), { nil: null }),
  herstelmelding: fc.option(fc.integer({ min: 0, max: 200 }), { nil: null }),
  termijn: fc.option(fc.record({ letter: fc.integer({ min: 0, max: 800 }), days: fc.integer({ min: 0, max: 60 }) }), { nil: null }),
});

type Generated = typeof withEvents extends fc.Arbitrary<infer T> ? T : never;

function caseOf(c: Generated): CaseInput {
  const input = buildCase(c.shape);
  const first = epochOf(input.firstSickDay);
  const events = [...(input.events ?? [])];
  if (c.deskundigenoordeel !== null) events.push({ type: 'deskundigenoordeel-aanvraag', date: isoOf(first + c.deskundigenoordeel) });
  // A herstelmelding answers a loonsanctie decided on or before it.
  if (c.herstelmelding !== null && c.shape.loonsanctie !== null) events.push({ type: 'herstelmelding', date: isoOf(first + c.shape.loonsanctie.offset + c.herstelmelding) });
  if (c.termijn !== null) events.push({ type: 're-integratieverslag-termijn', date: isoOf(first + c.termijn.letter), due: isoOf(first + c.termijn.letter + c.termijn.days) });
  return { ...input, events };
}

test('a rule whose timing needs what the case lacks gives no milestone', () => {
  let lacking = 0;
  let having = 0;
  fc.assert(
    fc.property(withEvents, (c) => {
      const valid = evaluateEach(caseOf(c), (rule, ev, facts) => {
        const has = caseHas(facts);
        const needs = ruleNeeds(rule.versions);
        if (needs !== 0 && (needs & ~has) === 0) having++;
        if ((needs & ~has) !== 0) {
          lacking++;
          expect(ev, rule.id).toBeUndefined();
        }
      });
      fc.pre(valid);
    }),
    { numRuns: RUNS },
  );
  // Both sides were tried: rules left out, and rules whose needs the case met.
  expect(lacking).toBeGreaterThan(RUNS / 4);
  expect(having).toBeGreaterThan(RUNS / 20);
});

test('the built-in rules that follow an event, a term set by UWV, the end of employment or a recovery need it', () => {
  const needing = BUILTIN_ORDERED.filter((r) => ruleNeeds(r.versions) !== 0).map((r) => r.id);
  expect(needing).toEqual(expect.arrayContaining(['deskundigenoordeel', 're-integratieverslag-aanvulling', 'loonsanctie-herstelbeslissing']));
});
