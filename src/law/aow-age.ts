/**
 * The short periods of an employee who has reached the AOW age (BW 7:629(2)(b) and 7:670(1)(a), since
 * 2016-01-01): wage payment and the opzegverbod last `weeks` weeks instead of the wachttijd or two years.
 * The weeks are the version's (`aowAgeWeeks`: 13 under the transitional art VIIIa of the Wet werken na de
 * AOW-gerechtigde leeftijd, 6 for chains from 2023-07-01, Stb. 2023, 169). "Indien de ongeschiktheid …
 * een aanvang heeft genomen voor de datum waarop de werknemer [die] leeftijd heeft bereikt, geldt vanaf die
 * datum de in dit lid genoemde termijn, voor zover het totale tijdvak niet meer bedraagt dan 104 weken":
 * the weeks are counted sick days from the AOW date (from day 1 when it lies before the chain), and the
 * whole at most the `capDays` the rule would otherwise give.
 */
import { formatIsoDate } from '../calendar/days.js';
import { countedDaysUpTo } from '../case/chain.js';
import type { CaseFacts } from '../case/context.js';
import type { Trace } from '../explain/trace.js';

/** The last counted day of the AOW-age period, or `undefined` when the case is not one (fact `aowAge`). */
export function aowAgeEnd(f: CaseFacts, weeks: number | undefined, capDays: number, steps: Trace): number | undefined {
  if (weeks === undefined || !f.ruleFacts.aowAge) return undefined;
  const aow = f.aow!.date;
  const before = aow <= f.chain.start ? 0 : countedDaysUpTo(f.chain, aow - 1);
  const day = Math.min(before + 7 * weeks, capDays);
  steps?.push({ step: 'note', code: 'aow-age-period', params: { aowDate: formatIsoDate(aow), weeks, before, day } });
  return day;
}
