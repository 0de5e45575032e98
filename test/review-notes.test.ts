/**
 * Review notes are data (code and parameters) and are written in the reader's language: a Dutch table
 * or explanation no longer carries an English sentence. The case is that of
 * test/scenarios/regimes/straddle-verzamelwet-2013.json: sick from 2011-10-15, so deadlines fall after
 * the Verzamelwet SZW 2013 (2013-07-01) whose transitional law is not modelled.
 */
import { describe, expect, it } from 'vitest';
import { computeTimeline, explainMilestoneLines, renderTable } from '../src/index.js';

const t = computeTimeline({ firstSickDay: '2011-10-15' }, { explain: true });

describe('review notes', () => {
  it('carry a code, parameters and the English reason', () => {
    expect(t.review.length).toBeGreaterThan(0);
    for (const r of t.review) {
      expect(r.code).toBe('version-transition');
      // The Verzamelwet SZW 2012 (2012-01-01) and 2013 (2013-07-01) both take effect during the case.
      expect(['2012-01-01', '2013-07-01']).toContain(r.params?.validFrom);
      expect(r.params?.firstSickDay).toBe('2011-10-15');
      expect(r.reason).toContain(`The first sick day 2011-10-15 lies before ${r.params?.validFrom}`);
    }
  });

  it('are Dutch in a Dutch table and explanation, English in English ones', () => {
    const id = t.review[0]!.milestone;
    expect(renderTable(t, 'nl')).toContain('De eerste ziektedag 2011-10-15 ligt vóór 2013-07-01');
    expect(renderTable(t, 'nl')).not.toContain('The first sick day');
    expect(renderTable(t, 'en')).toContain('The first sick day 2011-10-15 lies before 2013-07-01');
    expect(explainMilestoneLines(t, id, { locale: 'nl' }).join('\n')).toContain('Controleren: De eerste ziektedag');
    expect(explainMilestoneLines(t, id, { locale: 'en' }).join('\n')).toContain('Review: The first sick day');
  });

  it('of a stored 0.1 timeline (reason only) are shown as they were written', () => {
    const stored = { ...t, review: t.review.map(({ milestone, reason }) => ({ milestone, reason })) };
    expect(renderTable(stored, 'nl')).toContain('The first sick day 2011-10-15');
  });
});
