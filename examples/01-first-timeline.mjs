// 01: the timeline of one case, as a plain list.
// Run: node examples/01-first-timeline.mjs
import { computeTimeline } from 'poortwachter';

const timeline = computeTimeline({ firstSickDay: '2026-03-02', asOf: '2026-11-22' });
console.log(`regime ${timeline.regime}, last day of the wachttijd ${timeline.lastDayOfWachttijd}`);
for (const m of timeline.milestones) {
  console.log(`${m.due}  ${m.id.padEnd(28)} ${m.status}`);
}

// Output:
// regime verzamelwet-2013, last day of the wachttijd 2028-02-27
// 2026-04-12  probleemanalyse              overdue
// 2026-04-26  plan-van-aanpak              overdue
// 2026-06-07  evaluatie                    overdue
// 2026-12-21  ziekmelding-uwv              open
// 2027-02-28  eerstejaarsevaluatie         open
// 2027-04-11  spoor-2                      open
// 2027-06-20  verkorte-wachttijd-aanvraag  open
// 2027-11-14  wia-brief                    open
// 2027-11-28  actueel-oordeel              open
// 2027-11-28  eindevaluatie                open
// 2027-11-28  re-integratieverslag         open
// 2027-12-12  wia-aanvraag                 open
// 2028-01-16  loonsanctie-beschikking      open
// 2028-02-27  einde-wachttijd              open
// 2028-02-27  einde-loondoorbetaling       open
// 2028-03-01  einde-opzegverbod            open
