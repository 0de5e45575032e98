// What a hostile or careless caller can hand poortwachter, beyond the case input itself (issue 13): values
// thrown by its own getters and traps that cannot be described, objects that answer differently on a second
// read, renderer options of the wrong kind, stored timelines with odd values, and stacks of sanctions.
// Every one must come back as a PoortwachterError with a code the caller can act on: never a TypeError,
// never INTERNAL ("a bug of ours") for the caller's own fault, never NaN or [object Object] in output.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  computeTimeline,
  createEngine,
  explainMilestone,
  PoortwachterError,
  renderMarkdown,
  renderTable,
  safeComputeTimeline,
  toICalendar,
  toSvg,
  type Timeline,
} from '../src/index.js';

/** Values whose description itself throws, or that have no description at all. */
function undescribable(): Array<[string, unknown]> {
  const nullProto = Object.create(null) as object;
  const protoTrapThrows = new Proxy({}, { getPrototypeOf: () => { throw nullProto; } });
  const messageThrows = new Error('x');
  Object.defineProperty(messageThrows, 'message', { get: () => { throw protoTrapThrows; } });
  const { proxy: revoked, revoke } = Proxy.revocable({}, {});
  revoke();
  return [
    ['a null-prototype object', nullProto],
    ['a Proxy whose getPrototypeOf throws', protoTrapThrows],
    ['an Error whose message getter throws', messageThrows],
    ['a revoked Proxy', revoked],
    ['a Symbol', Symbol('s')],
  ];
}

describe('values the caller throws', () => {
  test.each(undescribable())('%s thrown by a getter of the input: UNREADABLE_INPUT, never thrown', (_name, thrown) => {
    const input = Object.defineProperty({}, 'firstSickDay', { enumerable: true, get: () => { throw thrown; } });
    const r = safeComputeTimeline(input);
    expect(r.success).toBe(false);
    if (!r.success) expect(r.error.code).toBe('UNREADABLE_INPUT');
  });

  test.each(undescribable())('%s thrown by an options.rules getter: UNREADABLE_INPUT, never thrown', (_name, thrown) => {
    const options = Object.defineProperty({}, 'rules', { enumerable: true, get: () => { throw thrown; } });
    const r = safeComputeTimeline({ firstSickDay: '2026-03-02' }, options);
    expect(r.success).toBe(false);
    if (!r.success) expect(r.error.code).toBe('UNREADABLE_INPUT');
    expect(() => createEngine(options)).toThrow(PoortwachterError);
  });

  test.each(undescribable())('%s as a rule, or thrown by a rule getter: INVALID_RULE', (_name, thrown) => {
    const rule = Object.defineProperty({}, 'id', { enumerable: true, get: () => { throw thrown; } });
    for (const r of [rule, thrown]) {
      let error: unknown;
      try {
        createEngine({ rules: [r] });
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(PoortwachterError);
      expect((error as PoortwachterError).code).toBe('INVALID_RULE');
    }
  });
});

describe('checked once, read once', () => {
  test('a getter that answers differently on a second read is read once', () => {
    let reads = 0;
    const input = Object.defineProperty({}, 'firstSickDay', { enumerable: true, get: () => (++reads === 1 ? '2026-03-02' : 'garbage') });
    const t = computeTimeline(input as never);
    expect(reads).toBe(1);
    expect(t.firstSickDay).toBe('2026-03-02');
  });

  test('an events array whose length changes while it is read is read once, at its first length', () => {
    let lengthReads = 0;
    const events = [{ type: 'recovered', date: '2026-04-01' }];
    const shifty = new Proxy(events, {
      get(target, key, receiver) {
        if (key === 'length') return ++lengthReads === 1 ? 1 : 1000;
        return Reflect.get(target, key, receiver) as unknown;
      },
    });
    const r = safeComputeTimeline({ firstSickDay: '2026-03-02', events: shifty });
    expect(r.success).toBe(true);
    if (r.success) expect(r.data.periods.map((p) => p.end)).toEqual(['2026-03-31']);
    expect(lengthReads).toBe(1);
  });
});

describe('renderers and explainers answer bad options and odd timelines with a PoortwachterError', () => {
  const tl = computeTimeline({ firstSickDay: '2026-03-02', asOf: '2026-06-01' }, { explain: true });
  const cyclic: Record<string, unknown> = {};
  cyclic.self = cyclic;
  const renderers: Array<[string, (t: unknown, o: unknown) => string]> = [
    ['toICalendar', (t, o) => toICalendar(t as Timeline, { caseId: 'c1', ...(o as object) })],
    ['toSvg', (t, o) => toSvg(t as Timeline, o as never)],
    ['renderTable', (t, o) => renderTable(t as Timeline, (o as { locale?: never }).locale)],
    ['renderMarkdown', (t, o) => renderMarkdown(t as Timeline, (o as { locale?: never }).locale)],
    ['explainMilestone', (t, o) => explainMilestone(t as Timeline, 'probleemanalyse', o as never)],
  ];
  const badOptions: Array<[string, unknown]> = [
    ['a BigInt locale', { locale: 10n }],
    ['a cyclic locale', { locale: cyclic }],
    ['an unknown locale', { locale: 'xx' }],
  ];
  const badTimelines: Array<[string, unknown]> = [
    ['null', null],
    ['caseId 42', { ...tl, caseId: 42 }],
    ["status 'constructor'", { ...tl, milestones: tl.milestones.map((m) => ({ ...m, status: 'constructor' })) }],
    ["due 'garbage'", { ...tl, milestones: tl.milestones.map((m) => ({ ...m, due: 'garbage' })) }],
    ['a note code __proto__ with params that are objects', { ...tl, milestones: tl.milestones.map((m) => ({ ...m, explanation: [{ step: 'note', code: '__proto__', params: { x: {} } }] })) }],
    ['a getter that throws', Object.defineProperty({ ...tl }, 'milestones', { enumerable: true, get: () => { throw new Error('no'); } })],
  ];
  for (const [name, render] of renderers) {
    test.each(badOptions)(`${name}: %s is INVALID_OPTION`, (_what, options) => {
      expect(() => render(tl, options)).toThrow(expect.objectContaining({ code: 'INVALID_OPTION' }));
    });
    test.each(badTimelines)(`${name}: a stored timeline with %s is refused with a PoortwachterError`, (_what, stored) => {
      let error: unknown;
      try {
        render(stored, {});
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(PoortwachterError);
      expect(['INVALID_TIMELINE', 'UNREADABLE_INPUT']).toContain((error as PoortwachterError).code);
    });
    test(`${name}: a good stored timeline prints no NaN, undefined or [object Object]`, () => {
      const out = render(JSON.parse(JSON.stringify(tl)) as unknown, {});
      expect(out).not.toMatch(/NaN|undefined|\[object Object\]/);
    });
  }
  test('toSvg: a width that is not a whole number in range is INVALID_OPTION', () => {
    for (const width of ['abc', 12.5, 0, -1, 1e9, Number.NaN]) expect(() => toSvg(tl, { width: width as never })).toThrow(expect.objectContaining({ code: 'INVALID_OPTION', path: ['width'] }));
  });
  test('toICalendar: caseId is a text; unknown options are named', () => {
    expect(() => toICalendar(tl, { caseId: 42 as never })).toThrow(expect.objectContaining({ code: 'INVALID_OPTION', path: ['caseId'] }));
    expect(() => toICalendar(tl, { caseId: 'a\rb' })).toThrow(expect.objectContaining({ code: 'INVALID_OPTION', path: ['caseId'] }));
    expect(() => toICalendar(tl, { caseId: 'c1', alarmDaysBefore: -1 })).toThrow(expect.objectContaining({ code: 'INVALID_OPTION', path: ['alarmDaysBefore'] }));
    expect(() => toICalendar(tl, { caseId: 'c1', widht: 3 } as never)).toThrow(expect.objectContaining({ code: 'INVALID_OPTION', path: ['widht'] }));
    expect(() => toICalendar(tl, { caseId: 'c1', stamp: '2026-02-30' })).toThrow(expect.objectContaining({ code: 'INVALID_OPTION', path: ['stamp'] }));
  });
});

describe('stacked sanctions', () => {
  test('no valid input extends wage payment by a loonsanctie more than once, or by more than 52 weeks (WIA 25(9))', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 3000 }),
        fc.array(fc.record({ offset: fc.integer({ min: 0, max: 900 }), weeks: fc.integer({ min: 1, max: 52 }) }), { minLength: 1, maxLength: 6 }),
        fc.option(fc.record({ fit: fc.integer({ min: 1, max: 800 }), gap: fc.integer({ min: 1, max: 60 }) }), { nil: null }),
        (start, sanctions, relapse) => {
          const first = new Date(Date.UTC(2014, 0, 6) + start * 86_400_000).toISOString().slice(0, 10);
          const day = (n: number): string => new Date(Date.parse(`${first}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
          const events: unknown[] = sanctions.map((s) => ({ type: 'loonsanctie', date: day(s.offset), weeks: s.weeks }));
          if (relapse !== null) events.push({ type: 'recovered', date: day(relapse.fit) }, { type: 'sick', date: day(relapse.fit + relapse.gap) });
          const r = safeComputeTimeline({ firstSickDay: first, events });
          if (!r.success) return;
          const sanctionsApplied = r.data.extensions.filter((e) => e.cause === 'loonsanctie');
          expect(sanctionsApplied.length).toBeLessThanOrEqual(1);
          for (const e of sanctionsApplied) expect(e.days).toBeLessThanOrEqual(52 * 7);
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('found by npm run fuzz', () => {
  const tl = computeTimeline({ firstSickDay: '2026-03-02' });
  test('a revoked Proxy as the options of a renderer is UNREADABLE_INPUT', () => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    expect(() => toSvg(tl, proxy)).toThrow(expect.objectContaining({ code: 'UNREADABLE_INPUT' }));
    expect(() => toICalendar(tl, proxy as never)).toThrow(expect.objectContaining({ code: 'UNREADABLE_INPUT' }));
    expect(() => explainMilestone(tl, 'probleemanalyse', proxy)).toThrow(expect.objectContaining({ code: 'UNREADABLE_INPUT' }));
  });
  test('renderTable and renderMarkdown with a null locale use Dutch', () => {
    expect(renderTable(tl, null as never)).toContain('Eerste ziektedag');
    expect(renderMarkdown(tl, null as never)).toContain('Eerste ziektedag');
  });
});

describe('no clock', () => {
  test('a timeline is computed, explained and rendered with Date unavailable (month arithmetic of the old regimes too)', () => {
    const RealDate = globalThis.Date;
    const NoDate = new Proxy(RealDate, {
      construct: () => { throw new Error('no clock'); },
      apply: () => { throw new Error('no clock'); },
      get: (target, key) => (key === 'now' ? () => { throw new Error('no clock'); } : (Reflect.get(target, key) as unknown)),
    });
    globalThis.Date = NoDate;
    try {
      for (const firstSickDay of ['2002-05-31', '2005-01-31', '2026-03-02']) {
        const t = computeTimeline({ firstSickDay, asOf: '2026-11-23' }, { explain: true });
        expect(t.milestones.length).toBeGreaterThan(3);
        expect(explainMilestone(t, t.milestones[0]!.id)).toContain(t.milestones[0]!.due);
        expect(toICalendar(t, { caseId: 'c1' })).toContain('BEGIN:VCALENDAR');
        expect(toSvg(t)).toContain('<svg');
        expect(renderTable(t)).toContain(firstSickDay);
      }
    } finally {
      globalThis.Date = RealDate;
    }
  });
});
