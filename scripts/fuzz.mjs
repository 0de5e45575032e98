#!/usr/bin/env node
// Fuzzing of the built package by class of hostile caller (issue 13), FUZZ_RUNS runs per class (default
// 10,000), each class bounded in time. Run by CI once (not per time zone) after `npm test`:
//
// 1. hostile objects as case input: getters and Proxy traps that throw any value (undescribable ones
//    too), revoked Proxies, values that change between reads;
// 2. hostile rule packs: deep, wide, shared references, sparse arrays, throwing objects;
// 3. hostile renderer and explainer options, and stored timelines with a random value put anywhere;
// 4. the CLI on hostile files (random bytes, control characters, deep nesting, huge numbers): fewer runs,
//    as each one starts a process.
//
// What must hold: `safe*` never throws; the caller's own faults never come back as INTERNAL; everything
// thrown is a PoortwachterError; no output holds NaN, `undefined` or `[object Object]`; nothing takes long.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { agenda, computeTimeline, createEngine, diffTimelines, explainMilestone, PoortwachterError, renderMarkdown, renderTable, safeComputeTimeline, toICalendar, toSvg } from '../dist/index.js';
import { evaluateSignals } from '../dist/signals.js';

const RUNS = Number(process.env.FUZZ_RUNS ?? 10_000);
const SLOW_MS = 1000;
const results = [];

function check(name, runs, arbitrary, predicate) {
  const started = Date.now();
  let slowest = 0;
  fc.assert(
    fc.property(arbitrary, (value) => {
      const t0 = performance.now();
      predicate(value);
      const ms = performance.now() - t0;
      slowest = Math.max(slowest, ms);
      if (ms > SLOW_MS) throw new Error(`${name}: one run took ${ms.toFixed(0)} ms`);
    }),
    { numRuns: runs, seed: Number(process.env.FUZZ_SEED ?? 20261123) },
  );
  results.push(`${name}: ${runs} runs in ${((Date.now() - started) / 1000).toFixed(1)} s (slowest ${slowest.toFixed(1)} ms)`);
}

/** Throws unless `e` is a PoortwachterError that is not INTERNAL. */
function expectCallerError(e, where) {
  if (!(e instanceof PoortwachterError)) throw new Error(`${where}: threw ${Object.prototype.toString.call(e)} instead of a PoortwachterError`);
  if (e.code === 'INTERNAL') throw new Error(`${where}: the caller's fault came back as INTERNAL: ${e.message}`);
}

function expectClean(text, where) {
  if (typeof text !== 'string') throw new Error(`${where}: returned ${typeof text}`);
  if (/NaN|undefined|\[object Object\]/.test(text)) throw new Error(`${where}: printed NaN, undefined or [object Object]`);
}

// Values a getter or trap may throw, including ones that resist being described.
const nullProto = Object.create(null);
const protoThrows = new Proxy({}, { getPrototypeOf: () => { throw nullProto; } });
const messageThrows = new Error('x');
Object.defineProperty(messageThrows, 'message', { get: () => { throw protoThrows; } });
const revoked = (() => {
  const r = Proxy.revocable({}, {});
  r.revoke();
  return r.proxy;
})();
const SPECIALS = [nullProto, protoThrows, messageThrows, revoked, Symbol('s'), 10n];
// fast-check inspects the values it generates (a revoked Proxy cannot be inspected): the arbitraries
// describe the hostile value, and each run builds it.
const thrown = fc.oneof(fc.anything().map((v) => ({ v })), fc.integer({ min: 0, max: SPECIALS.length - 1 }).map((i) => ({ special: i })));
const valueOf = (d) => (d.special !== undefined ? SPECIALS[d.special] : d.v);

const TRAPS = ['get', 'has', 'ownKeys', 'getOwnPropertyDescriptor', 'getPrototypeOf', 'defineProperty', 'set', 'deleteProperty', 'isExtensible', 'preventExtensions'];
/** Wraps `target` as something hostile: a getter or trap that throws `what`, or a revoked Proxy. */
function hostile(target, kind, key, what) {
  if (kind === 'revoked') return revoked;
  if (kind === 'getter') return Object.defineProperty({ ...target }, key, { enumerable: true, get: () => { throw what; } });
  if (kind === 'changing') {
    let reads = 0;
    return Object.defineProperty({ ...target }, key, { enumerable: true, get: () => (++reads === 1 ? target[key] : what) });
  }
  return new Proxy(target, { [kind]: () => { throw what; } });
}

const valid = { firstSickDay: '2026-03-02', asOf: '2026-09-01', events: [{ type: 'completed', milestone: 'probleemanalyse', date: '2026-04-10' }, { type: 'recovered', date: '2026-06-01' }, { type: 'sick', date: '2026-06-11' }] };
const kinds = fc.constantFrom('revoked', 'getter', 'changing', ...TRAPS);

// 1. Hostile objects as case input (at the top, in an event, in the options).
check('hostile objects', RUNS, fc.record({ kind: kinds, key: fc.constantFrom('firstSickDay', 'asOf', 'events', 'caseId', 'options'), where: fc.constantFrom('case', 'event', 'events', 'compute options'), what: thrown }), ({ kind, key, where, what: described }) => {
  const what = valueOf(described);
  let input = valid;
  let options;
  if (where === 'case') input = hostile(valid, kind, key, what);
  if (where === 'event') input = { ...valid, events: [hostile(valid.events[0], kind, 'date', what), ...valid.events.slice(1)] };
  if (where === 'events') input = { ...valid, events: hostile(valid.events, kind, 'length', what) };
  if (where === 'compute options') options = hostile({ explain: true }, kind, 'explain', what);
  let r;
  try {
    r = safeComputeTimeline(input, options);
  } catch (e) {
    throw new Error(`safeComputeTimeline threw (${kind} at ${where}): ${String(e?.message ?? e)}`);
  }
  if (!r.success) expectCallerError(r.error, `safeComputeTimeline (${kind} at ${where})`);
});

// 2. Hostile rule packs.
const own = { id: 'eigen', title: { nl: 'Eigen', en: 'Own' }, responsible: [], label: 'own', kind: 'action', applies: { all: [] }, versions: [{ version: 'v1', validFrom: '2002-04-01', validTo: null, selectBy: 'firstSickDay', timing: { type: 'countedDay', day: 10 } }] };
function deep(n) {
  let c = { fact: 'regime', operator: 'equal', value: 'x' };
  for (let i = 0; i < n; i++) c = { all: [c] };
  return c;
}
function shared(levels, width) {
  let c = { fact: 'regime', operator: 'equal', value: 'x' };
  for (let i = 0; i < levels; i++) c = { any: Array.from({ length: width }, () => c) };
  return c;
}
const packs = fc.oneof(
  fc.record({ deep: fc.integer({ min: 1, max: 20_000 }) }),
  fc.record({ levels: fc.integer({ min: 1, max: 30 }), width: fc.integer({ min: 2, max: 8 }) }),
  fc.record({ sparse: fc.integer({ min: 0, max: 2 ** 32 - 1 }) }),
  fc.record({ wide: fc.integer({ min: 1, max: 3000 }) }),
  fc.record({ kind: kinds, key: fc.constantFrom('id', 'versions', 'applies', 'title'), what: thrown }),
  fc.record({ junk: fc.array(fc.anything(), { maxLength: 5 }) }),
);
function packOf(d) {
  if (d.deep !== undefined) return [{ ...own, applies: deep(d.deep) }];
  if (d.levels !== undefined) return [{ ...own, applies: shared(d.levels, d.width) }];
  if (d.sparse !== undefined) {
    const a = [];
    a.length = d.sparse;
    return a;
  }
  if (d.wide !== undefined) return Array.from({ length: d.wide }, (_, i) => ({ ...own, id: `eigen-${i}` }));
  if (d.kind !== undefined) return [hostile(own, d.kind, d.key, valueOf(d.what))];
  return d.junk;
}
check('hostile rule packs', RUNS, packs, (described) => {
  const rules = packOf(described);
  try {
    createEngine({ rules });
  } catch (e) {
    expectCallerError(e, 'createEngine');
  }
  const r = safeComputeTimeline({ firstSickDay: '2026-03-02' }, { rules });
  if (!r.success) expectCallerError(r.error, 'safeComputeTimeline with a pack');
});

// 3. Renderer and explainer options, and stored timelines with a random value somewhere.
const stored = JSON.parse(JSON.stringify(computeTimeline(valid, { explain: true })));
function paths(v, prefix = [], out = []) {
  out.push(prefix);
  if (v !== null && typeof v === 'object') for (const k of Object.keys(v)) paths(v[k], [...prefix, k], out);
  return out;
}
const allPaths = paths(stored).filter((p) => p.length > 0);
function withValueAt(path, value) {
  const copy = structuredClone(stored);
  let o = copy;
  for (const k of path.slice(0, -1)) o = o[k];
  o[path[path.length - 1]] = value;
  return copy;
}
const renderers = [
  ['toICalendar', (t, o) => toICalendar(t, o)],
  ['toSvg', (t, o) => toSvg(t, o)],
  ['renderTable', (t, o) => renderTable(t, o)], // the locale is positional: any value is passed as it
  ['renderMarkdown', (t, o) => renderMarkdown(t, o)],
  ['explainMilestone', (t, o) => explainMilestone(t, 'probleemanalyse', o)],
  // Functions that return data: judged on its JSON.
  ['diffTimelines', (t) => JSON.stringify(diffTimelines(stored, t)) + JSON.stringify(diffTimelines(t, stored))],
  ['agenda', (t, o) => JSON.stringify(agenda([t], o))],
];
const optionValues = fc.oneof(fc.anything(), fc.constantFrom('nl', 'en', 'c1', '2026-03-02', 1200, 400, 10n));
const options = fc.oneof(
  fc.record({ plain: fc.anything() }),
  fc.record({ dict: fc.dictionary(fc.constantFrom('locale', 'width', 'caseId', 'stamp', 'uidDomain', 'days', 'other'), optionValues) }),
  fc.record({ kind: kinds, what: thrown }),
);
const optionsOf = (d) => (d.kind !== undefined ? hostile({ caseId: 'c1', locale: 'en' }, d.kind, 'locale', valueOf(d.what)) : d.dict ?? d.plain);
check('renderer options and stored timelines', RUNS, fc.record({ r: fc.integer({ min: 0, max: renderers.length - 1 }), options, mutate: fc.boolean(), path: fc.integer({ min: 0, max: allPaths.length - 1 }), value: fc.anything() }), ({ r, options: described, mutate, path, value }) => {
  const o = optionsOf(described);
  const [name, render] = renderers[r];
  const timeline = mutate ? withValueAt(allPaths[path], value) : stored;
  let out;
  try {
    out = render(timeline, o);
  } catch (e) {
    expectCallerError(e, name);
    return;
  }
  expectClean(out, name);
});

// 3b. Signal rules (asynchronous): random values, and valid rules with a random value somewhere.
const signalRule = { priority: 2, conditions: { all: [{ fact: 'milestone', params: { id: 'probleemanalyse' }, path: '$.daysOverdue', operator: 'greaterThan', value: 7 }, { any: [{ fact: 'countedDaysAsOf', operator: 'lessThan', value: 400 }] }] }, event: { type: 'late', params: { a: 1 } } };
const rulePaths = paths(signalRule).filter((p) => p.length > 0);
{
  const started = Date.now();
  const runs = Math.max(200, Math.floor(RUNS / 5));
  const samples = fc.sample(fc.record({ plain: fc.boolean(), any: fc.anything(), path: fc.integer({ min: 0, max: rulePaths.length - 1 }), value: fc.anything() }), { numRuns: runs, seed: Number(process.env.FUZZ_SEED ?? 20261123) });
  for (const { plain, any, path, value } of samples) {
    let rules;
    if (plain) rules = any;
    else {
      const rule = structuredClone(signalRule);
      let o = rule;
      for (const k of rulePaths[path].slice(0, -1)) o = o[k];
      o[rulePaths[path][rulePaths[path].length - 1]] = value;
      rules = [rule];
    }
    try {
      const events = await evaluateSignals(stored, rules);
      if (!Array.isArray(events)) throw new Error('evaluateSignals: no array');
      expectClean(JSON.stringify(events), 'evaluateSignals');
    } catch (e) {
      expectCallerError(e, `evaluateSignals(${JSON.stringify(rules)?.slice(0, 200)})`);
    }
  }
  results.push(`signal rules: ${runs} runs in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

// 4. The CLI on hostile files.
const dir = mkdtempSync(join(tmpdir(), 'poortwachter-fuzz-'));
const files = fc.oneof(
  fc.uint8Array({ maxLength: 2000 }).map((b) => Buffer.from(b)),
  fc.string({ unit: 'binary', maxLength: 500 }).map((s) => Buffer.from(`{"firstSickDay":"2026-03-02","caseId":${JSON.stringify(s)}}`)),
  fc.integer({ min: 1, max: 200_000 }).map((n) => Buffer.from('['.repeat(n))),
  fc.integer({ min: 1, max: 50_000 }).map((n) => Buffer.from(`{"firstSickDay":"2026-03-02","events":${'['.repeat(n)}${']'.repeat(n)}}`)),
  fc.constant(Buffer.from('{"firstSickDay":"2026-03-02","events":[{"type":"loonsanctie","date":"2026-01-01","weeks":1e400}]}')),
);
check('CLI on hostile files', Math.max(20, Math.floor(RUNS / 200)), files, (bytes) => {
  const file = join(dir, 'case.json');
  writeFileSync(file, bytes);
  const r = spawnSync(process.execPath, ['dist/cli.js', 'timeline', '--case', file], { encoding: 'utf8', timeout: 10_000 });
  if (r.error !== undefined) throw new Error(`the CLI did not finish: ${r.error.message}`);
  if (![0, 1, 2].includes(r.status)) throw new Error(`the CLI exited with ${r.status}: ${r.stderr.slice(0, 300)}`);
  if (/\n\s+at /.test(r.stderr)) throw new Error(`the CLI printed a stack trace: ${r.stderr.slice(0, 300)}`);
  if (/[\u0000-\u0008\u000b-\u001f\u007f]/.test(r.stderr + r.stdout)) throw new Error('the CLI echoed control characters');
});

for (const line of results) console.log(`fuzz: ${line}`);
