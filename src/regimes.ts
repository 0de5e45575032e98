/**
 * The regimes of the Wet verbetering poortwachter, chosen by the first sick day of the chain. A regime
 * names the era; each milestone still selects its own rule version (see `rules/`), and names it.
 */

export interface Regime {
  readonly id: string;
  readonly title: string;
  /** First sick days on or after this date … */
  readonly validFrom: string;
  /** … and before this one (exclusive); `null` while current. */
  readonly validTo: string | null;
  readonly source: string;
}

export const REGIMES: readonly Regime[] = [
  {
    id: 'wao-2002',
    title: 'Wet verbetering poortwachter with the WAO: 52-week wachttijd, 13th-week report',
    validFrom: '2002-04-01',
    validTo: '2004-01-01',
    source: 'Wet verbetering poortwachter (BWBR0013063, in force 2002-04-01); WAO (BWBR0002524) art 19, 34, 71a',
  },
  {
    id: 'vlz-2004',
    title: 'Wet verlenging loondoorbetalingsverplichting bij ziekte: 104-week wachttijd, 13th-week report',
    validFrom: '2004-01-01',
    validTo: '2008-08-01',
    source: 'VLZ (Stb. 2003, 555; art XIV: first day of incapacity on or after 2004-01-01); WIA (BWBR0019057)',
  },
  {
    id: 'melding-42-2008',
    title: 'Wet meldingsproces Ziektewet: 42nd-week report',
    validFrom: '2008-08-01',
    validTo: '2012-01-01',
    source: 'Stb. 2008, 414 and 415 (in force 2008-11-01 for employees sick on or after 2008-08-01); ZW (BWBR0001888) art 38',
  },
  {
    id: 'verzamelwet-2012',
    title: 'Verzamelwet SZW 2012: UWV letter at 87 weeks',
    validFrom: '2012-01-01',
    validTo: '2013-07-01',
    source: 'Verzamelwet SZW 2012 (Stb. 2011, 618); WIA art 64(2)',
  },
  {
    id: 'verzamelwet-2013',
    title: 'Verzamelwet SZW 2013 (current): letter week 89, report week 91, application week 93',
    validFrom: '2013-07-01',
    validTo: null,
    source: 'Verzamelwet SZW 2013 (BWBR0033599, Stb. 2013, 236); WIA art 25(3), 64(2),(3)',
  },
];

/** The first day the Wet verbetering poortwachter applies to. */
export const WVP_START = '2002-04-01';

export function regimeFor(firstSickDay: string): Regime | undefined {
  for (const r of REGIMES) if (firstSickDay >= r.validFrom && (r.validTo === null || firstSickDay < r.validTo)) return r;
  return undefined;
}
