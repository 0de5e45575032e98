// Calendars that stay in sync (issue 11): read back with two independent parsers (ical.js and
// node-ical), checked against RFC 5545 / 5546 as an HR calendar uses them: UIDs that identify a case,
// revisions that a re-import recognises as newer, cancelled deadlines, escaped text, reminders.
import ICAL from 'ical.js';
import nodeIcal from 'node-ical';
import { describe, expect, test } from 'vitest';
import { computeTimeline, toICalendar } from '../src/index.js';

interface Ev {
  uid: string;
  summary: string;
  status: string | undefined;
  sequence: number;
  dtstamp: string;
  alarms: number;
}

/** The events as ical.js reads them. */
function withIcalJs(ics: string): Ev[] {
  return new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent').map((v) => ({
    uid: String(v.getFirstPropertyValue('uid')),
    summary: String(v.getFirstPropertyValue('summary')),
    status: (v.getFirstPropertyValue('status') as string | null) ?? undefined,
    sequence: Number(v.getFirstPropertyValue('sequence')),
    dtstamp: String(v.getFirstPropertyValue('dtstamp')),
    alarms: v.getAllSubcomponents('valarm').length,
  }));
}

/** The same, as node-ical reads them. */
function withNodeIcal(ics: string): Ev[] {
  return Object.values(nodeIcal.sync.parseICS(ics))
    .filter((c) => c?.type === 'VEVENT')
    .map((c) => {
      const e = c as nodeIcal.VEvent & { alarms?: unknown[] };
      return {
        uid: e.uid,
        summary: String(e.summary),
        status: e.status,
        sequence: Number(e.sequence),
        dtstamp: (e.dtstamp as Date).toISOString(),
        alarms: e.alarms?.length ?? 0,
      };
    });
}

const both = (ics: string): Ev[][] => [withIcalJs(ics), withNodeIcal(ics)];

describe('calendars that stay in sync', () => {
  const input = { firstSickDay: '2026-03-02', asOf: '2026-06-01' };

  test("the case id defaults to the timeline's; the UIDs are the case id and the milestone id", () => {
    const ics = toICalendar(computeTimeline({ ...input, caseId: 'E-1001' }));
    for (const events of both(ics)) expect(events.map((e) => e.uid)).toContain('E-1001-probleemanalyse@poortwachter');
  });

  test('without any case id, two different cases never share a UID, and one case keeps its UIDs on recomputation with the same dates', () => {
    const a = withIcalJs(toICalendar(computeTimeline(input)));
    const b = withIcalJs(toICalendar(computeTimeline({ ...input, firstSickDay: '2026-03-03' })));
    const shared = a.map((e) => e.uid).filter((u) => b.some((x) => x.uid === u));
    expect(shared).toEqual([]);
    const again = withIcalJs(toICalendar(computeTimeline({ ...input, asOf: '2026-07-01' })));
    expect(again.map((e) => e.uid)).toEqual(a.map((e) => e.uid));
  });

  test('a later export is a newer revision of every event: higher SEQUENCE, later DTSTAMP (RFC 5546 2.1.5)', () => {
    const tl = computeTimeline({ ...input, caseId: 'E-1001' });
    const v1 = toICalendar(tl, { stamp: '2026-06-01T09:00:00Z' });
    const v2 = toICalendar(computeTimeline({ ...input, caseId: 'E-1001', events: [{ type: 'recovered', date: '2026-05-01' }, { type: 'sick', date: '2026-05-11' }] }), { stamp: '2026-06-01T09:05:00Z' });
    for (const [first, second] of [[withIcalJs(v1), withIcalJs(v2)], [withNodeIcal(v1), withNodeIcal(v2)]] as const) {
      for (const e of second) {
        const old = first.find((x) => x.uid === e.uid);
        if (old === undefined) continue;
        expect(e.sequence).toBeGreaterThan(old.sequence);
        expect(Date.parse(e.dtstamp.replace(/^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/, '$1-$2-$3T$4:$5:$6Z'))).toBeGreaterThan(
          Date.parse(old.dtstamp.replace(/^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/, '$1-$2-$3T$4:$5:$6Z')),
        );
      }
    }
  });

  test('deadlines that no longer apply after a recovery are cancelled, the others confirmed', () => {
    const tl = computeTimeline({ firstSickDay: '2026-03-02', asOf: '2026-06-01', events: [{ type: 'recovered', date: '2026-05-01' }] });
    const gone = tl.milestones.filter((m) => m.notApplicable !== undefined).map((m) => m.id);
    expect(gone.length).toBeGreaterThan(5);
    for (const events of both(toICalendar(tl, { caseId: 'E-1001' }))) {
      for (const e of events) expect(e.status, e.uid).toBe(gone.some((id) => e.uid === `E-1001-${id}@poortwachter`) ? 'CANCELLED' : 'CONFIRMED');
    }
  });

  test('a bare CR or LF in a case id or a deviation reason cannot start a new line (no injected events)', () => {
    const tl = computeTimeline({
      firstSickDay: '2026-03-02',
      caseId: 'E-1',
      events: [{ type: 'deviation', milestone: 'probleemanalyse', due: '2026-04-20', reason: 'agreed\rEND:VEVENT\rBEGIN:VEVENT\rUID:evil\nSUMMARY:evil' }],
    }, { explain: true });
    const ics = toICalendar(tl);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const events of both(ics)) {
      expect(events.map((e) => e.uid)).not.toContain('evil');
      expect(events).toHaveLength(tl.milestones.length);
    }
  });

  test('the summary names the status in the language of the calendar', () => {
    const tl = computeTimeline(input);
    expect(withIcalJs(toICalendar(tl, { caseId: 'c' })).map((e) => e.summary)).toContain('Probleemanalyse [te laat (nog niet gedaan)]');
    expect(withIcalJs(toICalendar(tl, { caseId: 'c', locale: 'en' })).map((e) => e.summary).join('\n')).not.toMatch(/\[(gedaan|te laat|niet van toepassing)/);
    expect(withIcalJs(toICalendar(tl, { caseId: 'c' })).map((e) => e.summary).join('\n')).not.toMatch(/\[(done|overdue|not-applicable)\]/);
  });

  test('alarmDaysBefore adds one reminder to every live deadline', () => {
    const tl = computeTimeline({ ...input, events: [{ type: 'recovered', date: '2026-05-01' }] });
    const live = tl.milestones.filter((m) => m.notApplicable === undefined && m.status !== 'not-applicable').length;
    for (const events of both(toICalendar(tl, { caseId: 'c', alarmDaysBefore: 7 }))) expect(events.reduce((n, e) => n + e.alarms, 0)).toBe(live);
    expect(toICalendar(tl, { caseId: 'c', alarmDaysBefore: 7 })).toContain('TRIGGER:-P7D');
  });
});
