// 05: a company's own absence protocol as a rule pack: contact on day 2 and a case-manager talk every
// four weeks. The rules are JSON data (no code), validated like the built-in ones, labelled 'own'.
// Run: node examples/05-own-rule-pack.mjs
import { createEngine } from 'poortwachter';

const protocol = [
  {
    id: 'contact-dag-2',
    title: { nl: 'Contact leidinggevende', en: 'Contact by the manager' },
    responsible: ['leidinggevende'],
    label: 'own',
    kind: 'action',
    applies: { all: [] },
    versions: [{ version: 'protocol-2026', validFrom: '2002-04-01', validTo: null, selectBy: 'firstSickDay',
      timing: { type: 'countedDay', day: 2 }, basis: [{ title: 'Verzuimprotocol ACME', article: '3.1' }] }],
  },
  {
    id: 'casemanager-gesprek',
    title: { nl: 'Gesprek casemanager', en: 'Talk with the case manager' },
    responsible: ['casemanager'],
    label: 'own',
    kind: 'action',
    applies: { all: [{ fact: 'employmentEnded', operator: 'equal', value: false }] },
    versions: [{ version: 'protocol-2026', validFrom: '2002-04-01', validTo: null, selectBy: 'firstSickDay',
      timing: { type: 'recurring', after: 'contact-dag-2', everyDays: 28 }, basis: [{ title: 'Verzuimprotocol ACME', article: '3.4' }] }],
  },
];

const engine = createEngine({ rules: protocol });
const timeline = engine.compute({ firstSickDay: '2026-03-02', asOf: '2026-03-20', events: [{ type: 'completed', milestone: 'contact-dag-2', date: '2026-03-03' }] });
for (const m of timeline.milestones.filter((x) => x.label === 'own' || x.due < '2026-05-01')) {
  console.log(`${m.due}  ${m.title.en.padEnd(32)} ${m.label.padEnd(8)} ${m.status}`);
}

// Output:
// 2026-03-03  Contact by the manager           own      done
// 2026-03-31  Talk with the case manager       own      open
// 2026-04-12  Problem analysis                 statute  open
// 2026-04-26  Plan of action                   statute  open
