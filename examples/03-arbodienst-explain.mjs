// 03: an arbodienst explains one date of a case with a relapse to the employer, in Dutch and English.
// The explanations are recorded in the same computation as the dates: ask for them with { explain: true }.
// The timeline is plain data: stored as JSON and read back, it explains the same.
// Run: node examples/03-arbodienst-explain.mjs
import { computeTimeline, explainMilestone } from 'poortwachter';

const timeline = computeTimeline({
  firstSickDay: '2026-03-02',
  asOf: '2026-11-22',
  events: [
    { type: 'completed', milestone: 'probleemanalyse', date: '2026-04-10' },
    { type: 'recovered', date: '2026-06-01' },
    { type: 'sick', date: '2026-06-11' },
  ],
}, { explain: true });
const stored = JSON.parse(JSON.stringify(timeline));
console.log(explainMilestone(stored, 'ziekmelding-uwv'));
console.log();
console.log(explainMilestone(timeline, 'plan-van-aanpak', { locale: 'en' }));

// Output:
// 42e-weeksmelding aan UWV: uiterlijk 2026-12-31
// 1. Regel ziekmelding-uwv, versie 42e-weeksmelding (geldig [2008-08-01, …), gekozen op de eerste ziektedag, 2026-03-02): Ziektewet art. 38(1); Ziektewet art. 38(3); Ziektewet art. 38(8); Burgerlijk Wetboek Boek 7 art. 7:629(2).
// 2. Getelde ziektedag 295 = eerste ziektedag 2026-03-02 + 294 dagen + 10 dagen hersteld tussen ziekteperiodes = 2026-12-31.
// 3. Status op 2026-11-22: open.
//
// Plan of action: due 2026-04-24
// 1. Rule plan-van-aanpak, version regeling-2002 (valid [2002-04-01, …), chosen by the first sick day, 2026-03-02): Regeling procesgang eerste en tweede ziektejaar art. 4(1); Regeling procesgang eerste en tweede ziektejaar art. 5; Wet werk en inkomen naar arbeidsvermogen art. 25(2); Burgerlijk Wetboek Boek 7 art. 7:658a(3); Burgerlijk Wetboek Boek 7 art. 7:658a; Ziektewet art. 29(2); Wet werk en inkomen naar arbeidsvermogen art. 26(2).
// 2. probleemanalyse (recorded date 2026-04-10) + 14 days.
// 3. Status on 2026-11-22: overdue.
