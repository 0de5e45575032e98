// Explanations, iCalendar and SVG, each checked the way a consumer reads them: the text names the
// article and the arithmetic; the calendar is parsed back by ical.js; the SVG is parsed as XML.
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import ICAL from 'ical.js';
import { describe, expect, test } from 'vitest';
import { computeTimeline, explainMilestone, toICalendar, toSvg, UnknownMilestoneError } from '../src/index.js';
import { timelineSchema } from '../src/schema.js';
import { loadScenarios } from '../src/testing.js';

const relapse = computeTimeline({
  firstSickDay: '2026-03-02',
  asOf: '2026-11-22',
  events: [
    { type: 'completed', milestone: 'probleemanalyse', date: '2026-04-20' },
    { type: 'recovered', date: '2026-06-01' },
    { type: 'sick', date: '2026-06-11' },
    { type: 'loonsanctie', date: '2028-01-10', weeks: 20 },
  ],
}, { explain: true });

describe('explanations', () => {
  test('the 42e-weeksmelding: rule version, article and the arithmetic with the gap', () => {
    const text = explainMilestone(relapse, 'ziekmelding-uwv', { locale: 'en' });
    expect(text).toContain('version 42e-weeksmelding');
    expect(text).toContain('Ziektewet art. 38(1)');
    expect(text).toContain('Counted day 295 = first sick day 2026-03-02 + 294 days + 10 days of gap = 2026-12-31');
    expect(text).toContain('Status on 2026-11-22: open');
  });

  test('Dutch is the default', () => {
    expect(explainMilestone(relapse, 'plan-van-aanpak')).toContain('probleemanalyse (vastgelegde datum 2026-04-20) + 14 dagen');
  });

  test('extensions of wage payment are explained step by step', () => {
    const text = explainMilestone(relapse, 'einde-loondoorbetaling', { locale: 'en' });
    expect(text).toMatch(/Extended by 140 days .* wage sanction \(WIA 25\(9\)/);
  });

  test('the extensions are structured output too, with or without explanations', () => {
    const plain = computeTimeline({ firstSickDay: '2026-03-02', events: [{ type: 'loonsanctie', date: '2028-01-10', weeks: 20 }] });
    // WIA 25(9): the wachttijd ends on 2028-02-27 (counted day 728); 20 weeks run from the day after it.
    expect(plain.extensions).toEqual([{ cause: 'loonsanctie', from: '2028-02-28', to: '2028-07-16', days: 140 }]);
    expect(plain.endOfWagePayment).toBe('2028-07-16');
  });

  test('an unknown milestone is a PoortwachterError naming the known ones', () => {
    expect(() => explainMilestone(relapse, 'nope')).toThrow(UnknownMilestoneError);
    expect(() => explainMilestone(relapse, 'nope')).toThrow(/Known milestones: .*probleemanalyse/);
  });
});

describe('iCalendar', () => {
  const ics = toICalendar(relapse, { caseId: 'employee 42/7' });
  const parsed = new ICAL.Component(ICAL.parse(ics));
  const events = parsed.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));

  test('parses, with one all-day event per milestone on its due date', () => {
    expect(parsed.getFirstPropertyValue('version')).toBe('2.0');
    expect(events).toHaveLength(relapse.milestones.length);
    for (const [i, m] of relapse.milestones.entries()) {
      const e = events[i]!;
      expect(e.startDate.isDate).toBe(true);
      expect(e.startDate.toString()).toBe(m.due);
      expect(e.summary).toContain(m.title.nl);
    }
  });

  test('UIDs are stable: case id plus milestone id, the same after recomputing', () => {
    expect(events.map((e) => e.uid)).toContain('employee%2042%2F7-ziekmelding-uwv@poortwachter');
    const again = toICalendar(computeTimeline({ firstSickDay: '2026-03-02', asOf: '2027-01-05' }), { caseId: 'employee 42/7' });
    const uidsAgain = new ICAL.Component(ICAL.parse(again)).getAllSubcomponents('vevent').map((v) => v.getFirstPropertyValue('uid'));
    expect(uidsAgain).toContain('employee%2042%2F7-ziekmelding-uwv@poortwachter');
    expect(new Set(events.map((e) => e.uid)).size).toBe(events.length);
  });

  test('lines are folded at 75 octets and end in CRLF; descriptions round-trip', () => {
    for (const line of ics.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    const e = events.find((x) => x.uid.includes('-ziekmelding-uwv@'))!;
    expect(e.description).toContain('Getelde ziektedag 295');
    expect(e.description).toContain('\n');
  });
});

describe('SVG', () => {
  const svg = toSvg(relapse, { locale: 'en' });
  const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(svg) as { svg: Record<string, unknown> };

  test('is well-formed XML with an svg root', () => {
    expect(XMLValidator.validate(svg)).toBe(true);
    expect(doc.svg).toBeDefined();
  });

  test('every milestone has a labelled group with its date', () => {
    // Nested groups (the marks, the legend) aside: one group per milestone, its label's first line with the date.
    const groups = ([] as Array<{ class: string; 'data-id': string; 'data-due': string; text: { '#text': string } | Array<{ '#text': string }> }>)
      .concat(doc.svg.g as never)
      .filter((g) => g.class.startsWith('milestone '));
    expect(groups.map((g) => g['data-id']).sort()).toEqual(relapse.milestones.map((m) => m.id).sort());
    for (const g of groups) expect(([] as Array<{ '#text': string }>).concat(g.text)[0]!['#text']).toContain(g['data-due']);
  });

  test('the gap, the extension and overdue items are drawn', () => {
    const rects = ([] as Array<Record<string, string>>).concat(doc.svg.rect as never);
    expect(rects.some((r) => r.class === 'gap')).toBe(true);
    expect(rects.some((r) => r.class === 'extension' && r['data-cause'] === 'loonsanctie')).toBe(true);
    expect(svg).toContain('class="milestone status-overdue"');
  });
});

describe('timeline output', () => {
  const scenarios = loadScenarios('test/scenarios').filter((s) => s.expectError === undefined);

  test('every scenario’s timeline, as JSON, matches the timeline schema, explanations included', () => {
    for (const s of scenarios) {
      const t = computeTimeline(s.input as never, { explain: true, ...(s.rules === undefined ? {} : { rules: s.rules }) });
      const json = JSON.parse(JSON.stringify(t));
      const parsed = timelineSchema.safeParse(json);
      if (!parsed.success) throw new Error(`${s.file}: ${parsed.error.message}`);
      for (const m of parsed.data.milestones) expect(m.explanation!.length, `${s.file} ${m.id}`).toBeGreaterThan(1);
    }
  });

  test('the explanation is recorded in the same pass as the date, and says how the date was reached', () => {
    const t = computeTimeline({ firstSickDay: '2026-03-02', asOf: '2026-11-22', events: [{ type: 'recovered', date: '2026-06-01' }, { type: 'sick', date: '2026-06-11' }] }, { explain: true });
    const m = t.milestones.find((x) => x.id === 'ziekmelding-uwv')!;
    const counted = m.explanation!.find((s) => s.step === 'counted-day') as { date: string; day: number; gapDays: number };
    expect(counted.date).toBe(m.due);
    expect(counted.day).toBe(m.countedDay);
    expect(counted.gapDays).toBe(10);
    // The rule data behind a timeline cannot be changed through it.
    expect(Object.isFrozen(m.basis)).toBe(true);
  });
});

describe('options from callers', () => {
  test('an unknown locale is a PoortwachterError, whatever its name', () => {
    const t = computeTimeline({ firstSickDay: '2026-03-02' });
    for (const locale of ['de', '__proto__', 'constructor']) {
      expect(() => explainMilestone(t, 'probleemanalyse', { locale: locale as never })).toThrow(/locale must be 'nl' or 'en'/);
      expect(() => toSvg(t, { locale: locale as never })).toThrow(/locale must be/);
      expect(() => toICalendar(t, { caseId: 'x', locale: locale as never })).toThrow(/locale must be/);
    }
  });
});
