#!/usr/bin/env node
// npm run bench: poortwachter on 100,000 synthetic cases with a realistic mix of events, against a
// hand-written integer-day baseline that computes the same current-law dates in the same run.
// Prints cases per second, µs per case, the ratio, the cost of explanations, the cold start, the memory
// kept per timeline, the largest valid case, and what json-rules-engine would cost per case without
// memoisation.
// A benchmark, not a test: it asserts nothing; the goals are printed next to the figures.
import { spawnSync } from 'node:child_process';
import { Engine as JsonRulesEngine } from 'json-rules-engine';
import { createEngine, MAX_EVENTS } from 'poortwachter';
import { FACTS } from 'poortwachter/schema';

const CASES = Number(process.env.BENCH_CASES ?? 100_000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const AS_OF = '2026-11-22';

// ---- deterministic case mix ------------------------------------------------------------------------
function mulberry32(seed) {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const iso = (epochDay) => new Date(epochDay * 86_400_000).toISOString().slice(0, 10);
const FROM = Date.UTC(2023, 0, 1) / 86_400_000;
const TO = Date.UTC(2026, 10, 1) / 86_400_000;

function makeCases(n) {
  const rnd = mulberry32(20261122);
  const int = (a, b) => a + Math.floor(rnd() * (b - a + 1));
  const asOf = Date.UTC(2026, 10, 22) / 86_400_000;
  const out = [];
  for (let i = 0; i < n; i++) {
    const f = int(FROM, TO);
    const events = [];
    let shift = 0;
    const r = rnd();
    if (r < 0.2) {
      const rec = int(5, 200);
      const gap = int(1, 40);
      events.push({ type: 'recovered', date: iso(f + rec) }, { type: 'sick', date: iso(f + rec + gap) });
      shift = gap < 28 ? gap : rec + gap; // a gap of 28 days or more starts a new chain
    } else if (r < 0.23) {
      const s = int(20, 200);
      const len = int(60, 112);
      events.push({ type: 'pregnancy-leave', start: iso(f + s), end: iso(f + s + len - 1) });
      shift = len;
    } else if (r < 0.26) {
      events.push({ type: 'employment-ended', date: iso(f + int(20, 500)) });
    } else if (r < 0.28) {
      events.push({ type: 'partially-recovered', date: iso(f + int(20, 300)), percentage: 50 });
    }
    const pa = f + int(25, 60);
    if (pa <= asOf && rnd() < 0.85) events.push({ type: 'completed', milestone: 'probleemanalyse', date: iso(pa) });
    if (pa + 20 <= asOf && rnd() < 0.75) events.push({ type: 'completed', milestone: 'plan-van-aanpak', date: iso(pa + int(5, 20)) });
    for (let k = 1; k <= 3; k++) if (pa + 60 * k <= asOf && rnd() < 0.5) events.push({ type: 'completed', milestone: 'evaluatie', date: iso(pa + 14 + 42 * k + int(-5, 10)) });
    if (f + 300 + shift <= asOf && rnd() < 0.9) events.push({ type: 'completed', milestone: 'ziekmelding-uwv', date: iso(f + int(270, 300) + shift) });
    if (f + 700 + shift <= asOf && rnd() < 0.1) events.push({ type: 'loonsanctie', date: iso(f + 680 + shift), weeks: int(4, 52) });
    if (f + 640 + shift <= asOf && rnd() < 0.05) events.push({ type: 'vrijwillige-verlenging', date: iso(f + 600 + shift), until: iso(f + 727 + shift + int(91, 365)) });
    out.push({ firstSickDay: iso(f), asOf: AS_OF, events });
  }
  return out;
}

// ---- the hand-written baseline ---------------------------------------------------------------------
// Current-law counted days, samentelling of recovered/sick gaps and pregnancy leave, ISO in and out.
// No validation, statuses, citations or explanations: the floor under what a library can cost.
function parse(s) {
  return daysFrom(+s.slice(0, 4), +s.slice(5, 7), +s.slice(8, 10));
}
function daysFrom(y, m, d) {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * ((m + 9) % 12) + 2) / 5) + d - 1;
  return era * 146097 + yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy - 719468;
}
function civil(z0) {
  const z = z0 + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const m = mp < 10 ? mp + 3 : mp - 9;
  return [yoe + era * 400 + (m <= 2 ? 1 : 0), m, doy - Math.floor((153 * mp + 2) / 5) + 1];
}
function format(z0) {
  const [y, m, d] = civil(z0);
  return `${y}-${m < 10 ? '0' : ''}${m}-${d < 10 ? '0' : ''}${d}`;
}
const DAYS = { probleemanalyse: 42, 'ziekmelding-uwv': 295, eerstejaarsevaluatie: 364, 'verkorte-wachttijd-aanvraag': 476, 'wia-brief': 623, 're-integratieverslag': 637, 'wia-aanvraag': 651, 'loonsanctie-beschikking': 686, 'einde-wachttijd': 728 };
function baseline(c) {
  const first = parse(c.firstSickDay);
  // Counted segments: sick days minus leave.
  let segStarts = [first];
  let segEnds = [Infinity];
  let pa;
  for (const e of c.events) {
    if (e.type === 'recovered') segEnds[segEnds.length - 1] = parse(e.date) - 1;
    else if (e.type === 'sick') {
      const s = parse(e.date);
      if (s - segEnds[segEnds.length - 1] - 1 >= 28) {
        segStarts = [s];
        segEnds = [Infinity];
      } else {
        segStarts.push(s);
        segEnds.push(Infinity);
      }
    } else if (e.type === 'pregnancy-leave') {
      const ls = parse(e.start);
      const le = parse(e.end);
      const i = segStarts.length - 1;
      segEnds[i] = ls - 1;
      segStarts.push(le + 1);
      segEnds.push(Infinity);
    } else if (e.type === 'completed' && e.milestone === 'probleemanalyse') pa = parse(e.date);
  }
  const at = (k) => {
    let before = 0;
    for (let i = 0; i < segStarts.length; i++) {
      const len = segEnds[i] - segStarts[i] + 1;
      if (k - before <= len) return segStarts[i] + (k - before - 1);
      before += len;
    }
    return segEnds[segEnds.length - 1] + (k - before);
  };
  const out = {};
  for (const id in DAYS) out[id] = format(at(DAYS[id]));
  const paDue = at(42);
  // A probleemanalyse recorded before the current chain began belongs to an earlier chain.
  if (pa !== undefined && pa < segStarts[0]) pa = undefined;
  out['plan-van-aanpak'] = format((pa ?? paDue) + 14);
  out['spoor-2'] = format(at(364) + 42);
  // The opzegverbod: as many counted days as lie between day 1 and the same calendar day two years later.
  // Two years after day 1: the same month and day (29 February becomes 28 February: end-of-month
  // clamping, as in KNOWN_DEVIATIONS), found from the day-1 date without strings.
  const [y1, m1, d1] = civil(segStarts[0]);
  const leap = (y1 + 2) % 4 === 0 && ((y1 + 2) % 100 !== 0 || (y1 + 2) % 400 === 0);
  const twoYears = daysFrom(y1 + 2, m1, m1 === 2 && d1 === 29 && !leap ? 28 : d1) - segStarts[0];
  out['einde-opzegverbod'] = format(at(twoYears));
  return out;
}

// ---- timing ------------------------------------------------------------------------------------------
/**
 * Median µs per case of each function. The rounds alternate between the functions, so that a machine
 * that speeds up or slows down during the run (a shared CPU) moves all of them alike and the ratio holds.
 */
function timeAll(fns, cases) {
  // One untimed pass first, so that JIT compilation is not measured as if it were the steady state.
  for (const fn of fns) for (let i = 0; i < cases.length; i++) fn(cases[i]);
  const results = fns.map(() => []);
  for (let r = 0; r < ROUNDS; r++) {
    fns.forEach((fn, f) => {
      const t = process.hrtime.bigint();
      let sink = 0;
      for (let i = 0; i < cases.length; i++) sink += fn(cases[i]) === undefined ? 0 : 1;
      const ns = Number(process.hrtime.bigint() - t);
      if (sink !== cases.length) throw new Error('a case failed');
      results[f].push(ns);
    });
  }
  return results.map((ns) => {
    ns.sort((a, b) => a - b);
    return ns[Math.floor(ns.length / 2)] / cases.length / 1000;
  });
}
const time = (fn, cases) => timeAll([fn], cases)[0];

const cases = makeCases(CASES);
const engine = createEngine();
const full = (c) => engine.compute(c);
// Every case must be valid and agree with the baseline on the dates both compute.
let checked = 0;
for (const c of cases.slice(0, 2000)) {
  if (c.events.some((e) => e.type === 'employment-ended' || e.type === 'vrijwillige-verlenging' || e.type === 'loonsanctie')) continue;
  const t = engine.compute(c);
  const b = baseline(c);
  for (const id of Object.keys(b)) {
    const m = t.milestones.find((x) => x.id === id);
    if (m !== undefined && m.onverwijld !== true && m.due !== b[id]) throw new Error(`baseline and engine differ on ${id} for ${JSON.stringify(c)}: ${b[id]} vs ${m.due}`);
  }
  checked++;
}

// The baseline, the full timeline, and the timeline with every explanation recorded in the same pass.
const [baseUs, fullUs, explainUs] = timeAll([baseline, full, (c) => engine.compute(c, { explain: true })], cases);
const ratio = fullUs / baseUs;
const batchSeconds = (fullUs * CASES) / 1e6;

// Memory kept per timeline.
globalThis.gc?.();
const before = process.memoryUsage().heapUsed;
const kept = cases.slice(0, 10_000).map(full);
globalThis.gc?.();
const perTimeline = (process.memoryUsage().heapUsed - before) / kept.length;

// The largest valid case: MAX_EVENTS events.
const big = { firstSickDay: '2025-01-06', asOf: AS_OF, events: Array.from({ length: MAX_EVENTS }, (_, i) => ({ type: 'completed', milestone: 'evaluatie', date: iso(Date.UTC(2025, 1, 1) / 86_400_000 + (i % 600)) })) };
const bigUs = time(full, Array.from({ length: 200 }, () => big));

// Cold start: a fresh process imports poortwachter and computes one timeline.
const cold = [];
for (let i = 0; i < 5; i++) {
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', "const t0 = performance.now(); const { computeTimeline } = await import('poortwachter'); computeTimeline({ firstSickDay: '2026-03-02' }); console.log(performance.now() - t0);"], { encoding: 'utf8' });
  cold.push(Number(r.stdout.trim()));
}
cold.sort((a, b) => a - b);
const coldMs = cold[2];

// What json-rules-engine costs when run per case (the reason applicability is memoised).
const jre = new JsonRulesEngine();
for (const { id, applies } of engine.rules) jre.addRule({ conditions: applies, event: { type: id } });
// Every fact the rules may test: the current regime, and false for every boolean fact.
const facts = Object.fromEntries(Object.entries(FACTS).map(([name, type]) => [name, type === 'boolean' ? false : 'verzamelwet-2013']));
const tj = process.hrtime.bigint();
for (let i = 0; i < 2000; i++) await jre.run(facts);
const jreUs = Number(process.hrtime.bigint() - tj) / 2000 / 1000;

const ok = (b) => (b ? 'meets' : 'MISSES');
console.log(`poortwachter benchmark (node ${process.version}, ${CASES.toLocaleString('en')} cases, median of ${ROUNDS} rounds, one core)`);
console.log(`  checked against the baseline: ${checked} cases agree on every date both compute`);
console.log(`  hand-written baseline     ${baseUs.toFixed(2).padStart(7)} µs/case  ${Math.round(1e6 / baseUs).toLocaleString('en').padStart(10)} cases/s`);
console.log(`  poortwachter (full)       ${fullUs.toFixed(2).padStart(7)} µs/case  ${Math.round(1e6 / fullUs).toLocaleString('en').padStart(10)} cases/s`);
console.log(`  ratio                     ${ratio.toFixed(2)}x the baseline            goal ≤ 5x: ${ok(ratio <= 5)}`);
console.log(`  with explanations         ${explainUs.toFixed(2).padStart(7)} µs/case  ${(explainUs / fullUs).toFixed(2)}x without    goal ≤ 3x: ${ok(explainUs / fullUs <= 3)}`);
console.log(`  ${CASES.toLocaleString('en')} cases              ${batchSeconds.toFixed(2)} s                         goal < 2 s: ${ok(batchSeconds < 2)}`);
console.log(`  cold start                ${coldMs.toFixed(1)} ms (import + first timeline)  goal < 150 ms: ${ok(coldMs < 150)}`);
console.log(`  memory kept per timeline  ${(perTimeline / 1024).toFixed(1)} KiB${globalThis.gc ? '' : ' (run with --expose-gc for a clean figure)'}`);
console.log(`  largest valid case        ${bigUs.toFixed(0)} µs (${MAX_EVENTS} events)`);
console.log(`  json-rules-engine per case ${jreUs.toFixed(0)} µs if run for every case (memoised here: once per distinct set of facts)`);
