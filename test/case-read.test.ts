// Reading the input: it is read once into a plain copy, and the fast path may only ever accept what the
// zod schema accepts, returning what zod returns (as records: every key of a case, an option and an event
// present, undefined where zod's has none). Random and mutated inputs are run through both; hostile
// getters and Proxies show that nothing is read twice.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { computeTimeline, InvalidInputError, safeComputeTimeline, type CaseInput } from '../src/index.js';
import { caseInputSchema } from '../src/case/schema.js';
import { blankEvent as blankEventRecord, dateFieldOf, EVENT_FIELD_CHECKS, EVENTS, type EventType } from '../src/case/events.js';
import { fieldCheck, type FieldSpec } from '../src/case/fields.js';
import { CASE_KEYS, OPTION_KEYS } from '../src/case/fields.js';
import { readInput } from '../src/case/read.js';
import { buildCase, caseShape, epochOf } from './arbitraries.js';

const fastParseCase = (input: unknown): unknown => readInput(input).valid;
// The input is what the caller's objects hold as their own enumerable properties, read once: zod judges
// that copy, and so does the fast path.
const zodOnCopy = (input: unknown) => caseInputSchema.safeParse(readInput(input).snapshot);

const RUNS = Number(process.env.POORTWACHTER_FUZZ_RUNS ?? 10_000);

/**
 * zod's result in the fast path's record shapes: every key a case may have (undefined where zod's has
 * none), every option, and each event an `EventRecord`.
 */
function asRecords(data: unknown): unknown {
  const c = data as { events?: Array<Record<string, unknown>>; options?: Record<string, unknown> };
  const blankCase = Object.fromEntries([...CASE_KEYS].map((k) => [k, undefined]));
  // The blank record: every field, undefined.
  const blankEvent = blankEventRecord();
  const blankOptions = Object.fromEntries([...OPTION_KEYS].map((k) => [k, undefined]));
  const out: Record<string, unknown> = { ...blankCase, ...c };
  if (c.events !== undefined) out.events = c.events.map((e) => ({ ...blankEvent, ...e }));
  if (c.options !== undefined) out.options = { ...blankOptions, ...c.options };
  return out;
}

function agrees(input: unknown): boolean {
  const fast = fastParseCase(input);
  if (fast === undefined) return false;
  const slow = zodOnCopy(input);
  expect(slow.success, JSON.stringify(input)).toBe(true);
  expect(fast).toStrictEqual(asRecords((slow as { data: unknown }).data));
  // The day of each event, parsed as it was checked, is the day its date field names (computed with Date).
  const events = (slow as { data: { events?: Array<Record<string, string> & { type: EventType }> } }).data.events ?? [];
  expect(readInput(input).days).toEqual(events.map((e) => epochOf(e[dateFieldOf(e.type)]!)));
  return true;
}

describe('validation fast path', () => {
  test('every event type is dated by one of its required date fields (the fast path parses it as it checks it)', () => {
    for (const spec of Object.values(EVENTS)) {
      const field = (spec.fields as Record<string, { kind: string; optional?: true }>)[spec.dateField];
      expect(field?.kind, spec.dateField).toBe('date');
      expect(field?.optional, spec.dateField).toBeUndefined();
    }
  });

  test('a field has one check in every event type that has it (the fast path checks a field by its name as it reads it)', () => {
    for (const [type, spec] of Object.entries(EVENTS)) {
      for (const [name, field] of Object.entries(spec.fields as Record<string, FieldSpec>)) expect(EVENT_FIELD_CHECKS[name], `${type}.${name}`).toEqual(fieldCheck(field));
    }
  });

  test('accepts every generated valid case, with zod’s result', () => {
    fc.assert(
      fc.property(caseShape, (s) => {
        expect(agrees(buildCase(s))).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  test(`never accepts what zod refuses: valid cases with one value replaced (${RUNS} runs)`, () => {
    const junk = fc.oneof(
      fc.jsonValue(),
      fc.constantFrom(undefined, null, NaN, Infinity, -0, 1.5, 0, 7, 52, 53, 100, 100.5, 1e21, '', ' ', '2024-02-29', '2023-02-29', '1899-12-31', '1900-01-01', '2199-12-31', '2200-01-01', 'statute', 'uwv-eerste-werkdag', 'X', 'a'.repeat(201), [], {}),
    );
    const key = fc.constantFrom('type', 'date', 'start', 'end', 'until', 'weeks', 'percentage', 'milestone', 'due', 'reason', 'firstSickDay', 'asOf', 'caseId', 'pregnancyRelated', 'noRiskPolis', 'events', 'options', 'ziekmeldingUwv', 'evaluationIntervalDays', 'extra', '__proto__');
    fc.assert(
      fc.property(caseShape, fc.nat(), key, junk, fc.boolean(), (s, pick, k, value, inOptions) => {
        const input = buildCase(s) as unknown as Record<string, unknown>;
        input.options = { ziekmeldingUwv: 'statute', evaluationIntervalDays: 42 };
        const events = input.events as Array<Record<string, unknown>>;
        const target = inOptions ? (input.options as Record<string, unknown>) : events.length > 0 && pick % 3 !== 0 ? events[pick % events.length]! : input;
        target[k] = value;
        const fast = fastParseCase(input);
        const slow = zodOnCopy(input);
        if (fast !== undefined) {
          expect(slow.success, JSON.stringify(input)).toBe(true);
          expect(fast).toStrictEqual(asRecords((slow as { data: unknown }).data));
        }
      }),
      { numRuns: RUNS },
    );
  });

  // Random mutation rarely hits a bound on the one event type that has it (a loonsanctie's 53 weeks):
  // every bounded field of every event type is tried here at each side of each bound, against zod.
  test('at each side of every bound of every event field, the fast path accepts exactly what zod accepts', () => {
    const valid = (f: { kind: string; min?: number; values?: readonly string[] }): unknown =>
      f.kind === 'date' ? '2026-02-02' : f.kind === 'milestone' ? 'probleemanalyse' : f.kind === 'boolean' ? true : f.kind === 'enum' ? f.values![0] : f.kind === 'text' ? 'x'.repeat(f.min!) : f.min;
    let tried = 0;
    for (const type of Object.keys(EVENTS) as EventType[]) {
      const fields = EVENTS[type].fields as Record<string, { kind: string; min?: number; max?: number; values?: readonly string[] }>;
      const base: Record<string, unknown> = { type };
      for (const [name, f] of Object.entries(fields)) base[name] = valid(f);
      for (const [name, f] of Object.entries(fields)) {
        if (f.min === undefined || f.max === undefined) continue;
        const numbers = f.kind === 'text' ? [] : [f.min - 1, f.min, f.max, f.max + 1, f.min + 0.5, f.max - 0.5];
        const texts = f.kind === 'text' ? [f.min - 1, f.min, f.max, f.max + 1].filter((n) => n >= 0).map((n) => 'x'.repeat(n)) : [];
        for (const value of [...numbers, ...texts]) {
          const input = { firstSickDay: '2026-01-05', events: [{ ...base, [name]: value }] };
          const zod = zodOnCopy(input).success;
          expect(fastParseCase(input) !== undefined, `${type}.${name} = ${JSON.stringify(value)}`).toBe(zod);
          tried++;
        }
      }
    }
    // The loonsanctie's weeks, a partial recovery's percentage, a deviation's reason at least.
    expect(tried).toBeGreaterThanOrEqual(16);
  });

  test('arbitrary values', () => {
    fc.assert(fc.property(fc.anything(), (v) => void agrees(v)), { numRuns: RUNS / 5 });
  });

  test('a class instance is read as its own data, like zod reads it', () => {
    class Case {
      firstSickDay = '2025-01-06';
    }
    expect(fastParseCase(new Case())).toEqual({ firstSickDay: '2025-01-06' });
    expect(caseInputSchema.safeParse(new Case()).success).toBe(true);
  });

  test('inherited properties are not part of the input', () => {
    const input = Object.create({ asOf: 'garbage', extra: 1 }) as Record<string, unknown>;
    input.firstSickDay = '2025-01-06';
    expect(fastParseCase(input)).toEqual({ firstSickDay: '2025-01-06' });
  });
});

test('inherited properties are not read: a polluted Object.prototype changes no date', () => {
  const input: CaseInput = { firstSickDay: '2025-01-06', events: [{ type: 'recovered', date: '2025-03-01' }, { type: 'sick', date: '2025-03-10' }], options: {} };
  const before = JSON.stringify(computeTimeline(structuredClone(input)));
  const proto = Object.prototype as Record<string, unknown>;
  const polluted = { asOf: 'garbage', dateOfBirth: '1950-01-01', pregnancyRelated: true, domesticWorker: true, ziekmeldingUwv: 'uwv-eerste-werkdag', evaluationIntervalDays: 7, differentCause: true, end: '2025-12-31' };
  try {
    Object.assign(proto, polluted);
    expect(JSON.stringify(computeTimeline(structuredClone(input)))).toBe(before);
  } finally {
    for (const k of Object.keys(polluted)) delete proto[k];
  }
});

describe('the input is read once', () => {
  test('a getter is called exactly once, and its first answer is the one computed', () => {
    let reads = 0;
    const input = {
      get firstSickDay(): string {
        reads++;
        return reads === 1 ? '2025-01-06' : '9999-12-31';
      },
    };
    const t = computeTimeline(input as never);
    expect(reads).toBe(1);
    expect(t.firstSickDay).toBe('2025-01-06');
  });

  test('a Proxy that answers differently on a second read gets no invalid date into a timeline', () => {
    const reads = new Map<PropertyKey, number>();
    const event = new Proxy({ type: 'recovered', date: '2025-03-01' } as Record<string, string>, {
      get(target, key) {
        const n = (reads.get(key) ?? 0) + 1;
        reads.set(key, n);
        return n === 1 ? target[key as string] : 'NaN';
      },
    });
    const r = safeComputeTimeline({ firstSickDay: '2025-01-06', events: [event] });
    expect(r.success).toBe(true);
    if (r.success) expect(r.data.periods[0]!.end).toBe('2025-02-28');
    expect(Math.max(...reads.values())).toBe(1);
  });

  test('an invalid event, or one with a key no event has, is read once too (its problems listed from that one read)', () => {
    for (const extra of [{}, { colour: 'red' }]) {
      let reads = 0;
      const event = {
        type: 'recovered',
        get date(): string {
          reads++;
          return reads === 1 ? '2025-02-30' : '2025-03-01';
        },
        ...extra,
      };
      const r = safeComputeTimeline({ firstSickDay: '2025-01-06', events: [event] });
      expect(r.success).toBe(false);
      expect(r.success === false && r.error instanceof InvalidInputError && r.error.issues.some((i) => i.path.join('.') === 'events.0.date')).toBe(true);
      expect(reads).toBe(1);
    }
  });

  test('an option is read once too, valid or not, and a getter that throws there names the options', () => {
    for (const [interval, extra, ok] of [[14, {}, true], [0, {}, false], [14, { colour: 'red' }, false]] as const) {
      let reads = 0;
      const options = {
        get evaluationIntervalDays(): number {
          reads++;
          return reads === 1 ? interval : 28;
        },
        ...extra,
      };
      const r = safeComputeTimeline({ firstSickDay: '2025-01-06', asOf: '2025-12-01', options });
      expect(r.success).toBe(ok);
      expect(reads).toBe(1);
      // The first answer counts: probleemanalyse on day 42 (2025-02-16), the plan van aanpak two weeks later
      // (2025-03-02, Regeling procesgang 4(1)), its evaluation after the option's 14 days (not 28: 2025-03-30).
      if (r.success) expect(r.data.milestones.filter((m) => m.id === 'evaluatie').map((m) => m.due)).toEqual(['2025-03-16']);
    }
    const thrown = safeComputeTimeline({ firstSickDay: '2025-01-06', options: { get ziekmeldingUwv(): string { throw new Error('no'); } } });
    expect(thrown.success === false && thrown.error.code === 'UNREADABLE_INPUT' && thrown.error.path).toEqual(['options']);
  });

  test('the copy of a valid case is the case as written: its keys, options and events in the caller’s order', () => {
    const input = {
      options: { evaluationIntervalDays: 28, ziekmeldingUwv: 'statute' },
      events: [{ date: '2025-02-10', milestone: 'probleemanalyse', type: 'completed' }],
      firstSickDay: '2025-01-06',
    };
    const read = readInput(input);
    expect(read.valid).toBeDefined();
    expect(JSON.stringify(read.snapshot)).toBe(JSON.stringify(input));
    expect(read.snapshot).not.toBe(input);
  });

  test('an events array whose length grows after it is read stays within the 1,000-event limit', () => {
    let lengthReads = 0;
    const list = [{ type: 'completed', milestone: 'probleemanalyse', date: '2025-02-10' }];
    const events = new Proxy(list, {
      get(target, key, receiver) {
        if (key === 'length') return ++lengthReads === 1 ? 1 : 5000;
        return Reflect.get(target, key, receiver);
      },
    });
    const r = safeComputeTimeline({ firstSickDay: '2025-01-06', events });
    expect(r.success).toBe(true);
    expect(lengthReads).toBe(1);
  });

  test('a getter that throws is an UNREADABLE_INPUT error that names the object it was reading, not INTERNAL', () => {
    const hostile = [
      { firstSickDay: '2025-01-06', get asOf(): string { throw new Error('no'); } },
      { firstSickDay: '2025-01-06', get asOf(): string { throw Object.create(null); } },
      new Proxy({}, { ownKeys() { throw new Error('trap'); } }),
    ];
    for (const input of hostile) {
      const r = safeComputeTimeline(input);
      expect(r.success).toBe(false);
      if (!r.success) expect(r.error.code).toBe('UNREADABLE_INPUT');
    }
    const inEvent = safeComputeTimeline({ firstSickDay: '2025-01-06', events: [{ type: 'sick', get date(): string { throw new Error('no'); } }] });
    if (!inEvent.success) expect(inEvent.error.path).toEqual(['events', 0]);
  });
});
