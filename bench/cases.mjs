// The synthetic cases of the benchmark and the hand-written baseline, shared by bench.mjs, the cold-start
// measurement and profiling runs (node --cpu-prof bench/profile.mjs).
export const AS_OF = '2026-11-22';

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
export const iso = (epochDay) => new Date(epochDay * 86_400_000).toISOString().slice(0, 10);
const FROM = Date.UTC(2023, 0, 1) / 86_400_000;
const TO = Date.UTC(2026, 10, 1) / 86_400_000;

export function makeCases(n) {
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
// Current-law counted days, samentelling of recovered/sick gaps and pregnancy leave, ISO in and out,
// and what the mix's other events do to these dates: a vrijwillige verlenging moves the terms counted
// back from the end of wage payment (WIA 24, 25), the end of employment brings the re-integratieverslag
// forward (ZW 38(2)), and every extension of wage payment extends the opzegverbod (BW 7:670(11)).
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
export function baseline(c) {
  const first = parse(c.firstSickDay);
  // Counted segments: sick days minus leave.
  let segStarts = [first];
  let segEnds = [Infinity];
  let pa;
  let employmentEnd;
  let verlengingUntil;
  let sanctionDays = 0;
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
    else if (e.type === 'employment-ended') employmentEnd = parse(e.date);
    else if (e.type === 'vrijwillige-verlenging') verlengingUntil = parse(e.until);
    else if (e.type === 'loonsanctie') sanctionDays = 7 * e.weeks;
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
  const wachttijdEnd = at(728);
  if (verlengingUntil !== undefined) {
    // WIA 25(2),(10): counted back from the extended end of wage payment.
    out['re-integratieverslag'] = format(verlengingUntil - 91);
    out['wia-aanvraag'] = format(verlengingUntil - 77);
    out['loonsanctie-beschikking'] = format(verlengingUntil - 42);
  }
  // ZW 38(2): the report is due on the last day of employment, when that is at least six weeks after day 1.
  if (employmentEnd !== undefined && employmentEnd - segStarts[0] >= 42) {
    const due = verlengingUntil !== undefined ? verlengingUntil - 91 : at(637);
    if (employmentEnd < due) out['re-integratieverslag'] = format(employmentEnd);
  }
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
  const extended = (verlengingUntil === undefined ? 0 : verlengingUntil - wachttijdEnd) + sanctionDays;
  out['einde-opzegverbod'] = format(at(twoYears) + extended);
  return out;
}
