/**
 * poortwachter/signals (issue 12): escalation rules run by the real json-rules-engine over facts of a
 * timeline. The dates come from the law: sick from 2026-03-02, the probleemanalyse is due on counted day
 * 42 (Regeling procesgang 2(2)) = 2026-04-12, so on 2026-05-01 it is 19 days overdue and on 2026-04-15
 * three days overdue.
 */
import { describe, expect, it } from 'vitest';
import { computeTimeline, PoortwachterError } from '../src/index.js';
import { evaluateSignals } from '../src/signals.js';

const timelineOn = (asOf: string, events: unknown[] = []) => computeTimeline({ firstSickDay: '2026-03-02', asOf, events: events as never });
const escalation = {
  name: 'probleemanalyse late',
  conditions: { all: [{ fact: 'milestone', params: { id: 'probleemanalyse' }, path: '$.daysOverdue', operator: 'greaterThan', value: 7 }] },
  event: { type: 'notify-casemanager', params: { milestone: 'probleemanalyse' } },
};

describe('evaluateSignals', () => {
  it('fires an escalation at 19 days overdue, not at 3, and not when done', async () => {
    expect(await evaluateSignals(timelineOn('2026-05-01'), [escalation])).toEqual([{ type: 'notify-casemanager', params: { milestone: 'probleemanalyse' } }]);
    expect(await evaluateSignals(timelineOn('2026-04-15'), [escalation])).toEqual([]);
    const done = timelineOn('2026-05-01', [{ type: 'completed', milestone: 'probleemanalyse', date: '2026-04-20' }]);
    expect(await evaluateSignals(done, [escalation])).toEqual([]);
  });

  it('gives the milestone fact as the issue describes it, counted on asOf', async () => {
    const probe = (path: string, operator: string, value: unknown) => ({
      conditions: { all: [{ fact: 'milestone', params: { id: 'probleemanalyse' }, path, operator, value }] },
      event: { type: path },
    });
    const t = timelineOn('2026-05-01');
    const fired = await evaluateSignals(t, [
      probe('$.due', 'equal', '2026-04-12'),
      probe('$.status', 'equal', 'overdue'),
      probe('$.daysUntilDue', 'equal', -19),
      probe('$.daysOverdue', 'equal', 19),
      probe('$.completed', 'equal', null),
      probe('$.id', 'equal', 'probleemanalyse'),
    ]);
    expect(fired.map((e) => e.type)).toEqual(['$.due', '$.status', '$.daysUntilDue', '$.daysOverdue', '$.completed', '$.id']);
    // Before the due date: 11 days until it, nothing overdue.
    const early = await evaluateSignals(timelineOn('2026-04-01'), [probe('$.daysUntilDue', 'equal', 11), probe('$.daysOverdue', 'equal', 0)]);
    expect(early).toHaveLength(2);
  });

  it('offers case facts: counted days, regime, employment ended, recovery', async () => {
    const rule = (fact: string, operator: string, value: unknown) => ({ conditions: { all: [{ fact, operator, value }] }, event: { type: fact } });
    // 2026-03-02 to 2026-05-01 inclusive: 61 counted days.
    const fired = await evaluateSignals(timelineOn('2026-05-01', [{ type: 'employment-ended', date: '2026-04-30' }]), [
      rule('countedDaysAsOf', 'equal', 61),
      rule('regime', 'equal', 'verzamelwet-2013'),
      rule('employmentEnded', 'equal', true),
      rule('recovered', 'equal', false),
      rule('overdue', 'contains', 'probleemanalyse'),
    ]);
    expect(fired.map((e) => e.type)).toEqual(['countedDaysAsOf', 'regime', 'employmentEnded', 'recovered', 'overdue']);
  });

  it('returns the fired events in priority order, then in the order given', async () => {
    const always = (type: string, priority?: number) => ({ conditions: { all: [] }, event: { type }, ...(priority === undefined ? {} : { priority }) });
    const fired = await evaluateSignals(timelineOn('2026-05-01'), [always('a'), always('b', 5), always('c'), always('d', 10)]);
    expect(fired.map((e) => e.type)).toEqual(['d', 'b', 'a', 'c']);
  });

  it('takes facts of the caller', async () => {
    const rule = { conditions: { all: [{ fact: 'department', operator: 'equal', value: 'zorg' }] }, event: { type: 'zorg' } };
    expect(await evaluateSignals(timelineOn('2026-05-01'), [rule], { facts: { department: 'zorg' } })).toHaveLength(1);
    await expect(evaluateSignals(timelineOn('2026-05-01'), [rule])).rejects.toMatchObject({ code: 'INVALID_RULE' });
  });

  it('refuses bad rules with every problem listed: unknown fact, misspelt milestone, bad path, bad shape', async () => {
    const bad = [
      { conditions: { all: [{ fact: 'countedDays', operator: 'greaterThan', value: 1 }] }, event: { type: 'x' } },
      { conditions: { all: [{ fact: 'milestone', params: { id: 'probleemanalyze' }, path: '$.daysOverdue', operator: 'greaterThan', value: 7 }] }, event: { type: 'x' } },
      { conditions: { all: [{ fact: 'milestone', params: { id: 'probleemanalyse' }, path: '$.overdueDays', operator: 'greaterThan', value: 7 }] }, event: { type: 'x' } },
      { conditions: { all: [] } },
    ];
    const error = await evaluateSignals(timelineOn('2026-05-01'), bad).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PoortwachterError);
    expect(error).toMatchObject({ code: 'INVALID_RULE' });
    const issues = (error as { issues: Array<{ code: string; path: unknown[] }> }).issues;
    expect(issues.map((i) => [i.code, i.path[0]])).toEqual(expect.arrayContaining([['unknown_fact', 0], ['unknown_milestone', 1], ['invalid_path', 2]]));
    expect(issues.some((i) => i.path[0] === 3)).toBe(true);
  });

  it('needs a timeline computed with asOf, and refuses what is not a timeline or not an array', async () => {
    await expect(evaluateSignals(computeTimeline({ firstSickDay: '2026-03-02' }), [escalation])).rejects.toMatchObject({ code: 'INVALID_TIMELINE', path: ['asOf'] });
    await expect(evaluateSignals({} as never, [escalation])).rejects.toMatchObject({ code: 'INVALID_TIMELINE' });
    await expect(evaluateSignals(timelineOn('2026-05-01'), 'x' as never)).rejects.toMatchObject({ code: 'INVALID_OPTION' });
    const revoked = Proxy.revocable([], {});
    revoked.revoke();
    await expect(evaluateSignals(timelineOn('2026-05-01'), revoked.proxy)).rejects.toBeInstanceOf(PoortwachterError);
  });

  it('does not fire on a built-in milestone the case does not have', async () => {
    // ziekmelding-uwv-einde-dienstverband applies only when the employment ends during the sickness.
    const rule = { conditions: { all: [{ fact: 'milestone', params: { id: 'ziekmelding-uwv-einde-dienstverband' }, path: '$.daysOverdue', operator: 'greaterThanInclusive', value: 0 }] }, event: { type: 'x' } };
    expect(await evaluateSignals(timelineOn('2026-05-01'), [rule])).toEqual([]);
  });
});
