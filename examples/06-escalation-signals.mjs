// 06: a company's own escalation rules, written for json-rules-engine (examples/signals/escalation-rules.json),
// run over each case's timeline by evaluateSignals from the subpath poortwachter/signals.
// Run: node examples/06-escalation-signals.mjs
import { readFileSync } from 'node:fs';
import { createEngine } from 'poortwachter';
import { evaluateSignals } from 'poortwachter/signals';

const rules = JSON.parse(readFileSync(new URL('./signals/escalation-rules.json', import.meta.url), 'utf8'));
const today = '2026-05-01';
const cases = [
  // Day 42 is 2026-04-12: on 2026-05-01 the probleemanalyse is 19 days overdue.
  { caseId: 'E-2001', firstSickDay: '2026-03-02', department: 'kantoor' },
  // Probleemanalyse done 2026-04-20 (due on day 42, 2026-04-26); the plan van aanpak is due two weeks
  // after it (Regeling procesgang 4(1)), 2026-05-04: within 5 days.
  { caseId: 'E-2002', firstSickDay: '2026-03-16', department: 'zorg', events: [{ type: 'completed', milestone: 'probleemanalyse', date: '2026-04-20' }] },
  // Sick since 2026-04-20: nothing due yet.
  { caseId: 'E-2004', firstSickDay: '2026-04-20', department: 'logistiek' },
  // Sick for 556 days, no 42e-weeksmelding recorded (due on counted day 295, 2025-08-13, ZW 38(1)).
  { caseId: 'E-2003', firstSickDay: '2024-10-23', department: 'zorg', events: [
    { type: 'completed', milestone: 'probleemanalyse', date: '2024-11-25' },
    { type: 'completed', milestone: 'plan-van-aanpak', date: '2024-12-05' },
  ] },
];

const engine = createEngine();
for (const { department, ...input } of cases) {
  const timeline = engine.compute({ ...input, asOf: today });
  const events = await evaluateSignals(timeline, rules, { facts: { department } });
  console.log(`${input.caseId}: ${events.length === 0 ? 'no signal' : events.map((e) => e.type + (e.params.milestone ? ` (${e.params.milestone})` : '')).join(', ')}`);
}

// Output:
// E-2001: notify-casemanager (probleemanalyse)
// E-2002: remind-employer (plan-van-aanpak)
// E-2004: no signal
// E-2003: escalate-to-hr-manager (ziekmelding-uwv), schedule-case-review
