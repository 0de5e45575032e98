// The engine runs an adjustment only in the cases it can act in (`inCase`, src/law/adjustments.ts). This
// proves, on random cases, that an adjustment judged not in the case changes no milestone of it when it
// runs all the same: leaving it out changes no timeline.
import fc from 'fast-check';
import { expect, test } from 'vitest';
import { ADJUSTMENTS, caseAdjustments } from '../src/law/adjustments.js';
import { buildCase, caseShape, isoOf, epochOf } from './arbitraries.js';
import { evaluateEach } from './evaluate-each.js';

const RUNS = Number(process.env.POORTWACHTER_PROPERTY_RUNS ?? 300);

const generated = fc.record({
  shape: caseShape,
  uwvOption: fc.boolean(),
  birthYearsBefore: fc.option(fc.integer({ min: 16, max: 70 }), { nil: null }),
  deviation: fc.option(fc.integer({ min: 0, max: 90 }), { nil: null }),
});

test("caseAdjustments has the bit of each adjustment whose inCase holds, in the order of ADJUSTMENTS", () => {
  const seen = new Array<number>(ADJUSTMENTS.length).fill(0);
  fc.assert(
    fc.property(generated, fc.boolean(), ({ shape, uwvOption, birthYearsBefore }, verkorte) => {
      const input = buildCase(shape);
      const first = epochOf(input.firstSickDay);
      if (uwvOption) input.options = { ziekmeldingUwv: 'uwv-eerste-werkdag' };
      if (birthYearsBefore !== null) input.dateOfBirth = isoOf(first - Math.round(birthYearsBefore * 365.25));
      // A verkorte wachttijd UWV set: 13 to 78 weeks, ending at least 70 days after the application (WIA 23(6)).
      if (verkorte) input.events = [...(input.events ?? []), { type: 'verkorte-wachttijd', date: isoOf(first + 30), end: isoOf(first + 130) }];
      let checked = false;
      const valid = evaluateEach(input, (_rule, _ev, facts) => {
        if (checked) return;
        checked = true;
        let expected = 0;
        ADJUSTMENTS.forEach((adjustment, i) => {
          if (adjustment.inCase(facts)) {
            expected |= 1 << i;
            seen[i]!++;
          }
        });
        expect(caseAdjustments(facts)).toBe(expected);
      });
      fc.pre(valid);
    }),
    { numRuns: RUNS },
  );
  // Each adjustment was in some case (else a swapped bit could go unseen).
  expect(ADJUSTMENTS.filter((_a, i) => seen[i] === 0).map((a) => a.name)).toEqual([]);
});

test('an adjustment not in the case changes no milestone of it', () => {
  const outside = new Array<number>(ADJUSTMENTS.length).fill(0);
  fc.assert(
    fc.property(generated, ({ shape, uwvOption, birthYearsBefore, deviation }) => {
      const input = buildCase(shape);
      const first = epochOf(input.firstSickDay);
      if (uwvOption) input.options = { ziekmeldingUwv: 'uwv-eerste-werkdag' };
      if (birthYearsBefore !== null) input.dateOfBirth = isoOf(first - Math.round(birthYearsBefore * 365.25));
      if (deviation !== null) input.events = [...(input.events ?? []), { type: 'deviation', milestone: 'probleemanalyse', due: isoOf(first + deviation), reason: 'agreed' }];
      const valid = evaluateEach(input, (rule, ev, facts) => {
        if (ev === undefined) return;
        const inCase = caseAdjustments(facts);
        ADJUSTMENTS.forEach((adjustment, i) => {
          if ((inCase & (1 << i)) !== 0 || !adjustment.concerns(rule.behaviour, ev.version)) return;
          outside[i]!++;
          const draft = { ...ev };
          adjustment.apply(draft, facts, rule, ev.completion, undefined, ev.version);
          expect(draft, `${adjustment.name} on ${rule.id}`).toEqual(ev);
        });
      });
      fc.pre(valid);
    }),
    { numRuns: RUNS },
  );
  // Every adjustment but the Algemene termijnenwet (in every case) was left out somewhere.
  expect(outside.filter((n) => n > 0).length).toBe(ADJUSTMENTS.length - 1);
});
