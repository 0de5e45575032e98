// 02: an HR system's nightly run: every open case, the employer's obligations that are overdue today.
// One engine is created once and reused for the whole batch; bad records are reported, not fatal.
// Run: node examples/02-hr-overdue-batch.mjs
import { createEngine } from 'poortwachter';

const today = '2026-11-22';
const employees = [
  { id: 'E-1001', firstSickDay: '2026-03-02', events: [{ type: 'completed', milestone: 'probleemanalyse', date: '2026-04-09' }] },
  { id: 'E-1002', firstSickDay: '2025-10-15', events: [
    { type: 'completed', milestone: 'probleemanalyse', date: '2025-11-20' },
    { type: 'completed', milestone: 'plan-van-aanpak', date: '2025-12-01' },
    { type: 'completed', milestone: 'evaluatie', date: '2026-10-20' },
    { type: 'completed', milestone: 'ziekmelding-uwv', date: '2026-08-01' },
  ] },
  { id: 'E-1003', firstSickDay: '2026-09-01', events: [{ type: 'recovered', date: '2026-09-20' }] },
  { id: 'E-1004', firstSickDay: '2026-13-01' },
];

const engine = createEngine();
for (const { id, ...input } of employees) {
  const result = engine.safeCompute({ ...input, asOf: today });
  if (!result.success) {
    console.log(`${id}: cannot compute: ${result.error.issues.map((i) => i.message).join('; ')}`);
    continue;
  }
  const overdue = result.data.milestones.filter((m) => m.status === 'overdue' && m.responsible.includes('werkgever'));
  console.log(`${id}: ${overdue.length === 0 ? 'nothing overdue' : overdue.map((m) => `${m.id} (due ${m.due})`).join(', ')}`);
}

// Output:
// E-1001: plan-van-aanpak (due 2026-04-23), evaluatie (due 2026-06-04)
// E-1002: eerstejaarsevaluatie (due 2026-10-13)
// E-1003: nothing overdue
// E-1004: cannot compute: '2026-13-01' is not a real calendar date written YYYY-MM-DD
