#!/usr/bin/env node
// npm run law-doc: writes docs/law.md, the law as poortwachter implements it, for a lawyer to review.
// It weaves the rule data of rules/ (each milestone, its versions, the cited statute texts and the notes)
// with the prose headers of src/law/wage-payment.ts and src/law/adjustments.ts. Plain Node, no build
// needed. test/law-doc.test.ts fails when docs/law.md is stale.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const OUTPUT = 'docs/law.md';

const readJson = (path) => JSON.parse(readFileSync(join(ROOT, path), 'utf8'));

/** Code-point order: the same on every machine and locale. */
const byString = (a, b) => (a < b ? -1 : a > b ? 1 : 0);

/** Natural order (numbers by value: WIA 23 before WIA 123b, 25(2) before 25(10)), independent of locale. */
function byNatural(a, b) {
  const chunks = (s) => s.match(/\d+|\D+/g) ?? [];
  const x = chunks(a);
  const y = chunks(b);
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    const p = x[i];
    const q = y[i];
    if (p === q) continue;
    const numeric = /^\d/.test(p) && /^\d/.test(q);
    if (numeric && Number(p) !== Number(q)) return Number(p) < Number(q) ? -1 : 1;
    return byString(p, q);
  }
  return x.length - y.length || byString(a, b);
}

// ---------------------------------------------------------------------------------------------------
// Loading

function loadLaw() {
  const milestones = readdirSync(join(ROOT, 'rules/milestones'))
    .filter((f) => f.endsWith('.json'))
    .sort(byString)
    .map((f) => ({ file: `rules/milestones/${f}`, rule: readJson(`rules/milestones/${f}`) }));
  const { laws, sources } = readJson('rules/sources.json');
  const { parameters, aowAge, atwEquatedDays } = readJson('rules/parameters.json');
  const { regimes } = readJson('rules/regimes.json');
  return { milestones, laws, sources, parameters, aowAge, atwEquatedDays, regimes };
}

/** The text of the leading `/** … *\/` block of a source file, without the comment markers. */
export function headerComment(path) {
  const text = readFileSync(join(ROOT, path), 'utf8');
  const m = /^\s*\/\*\*([\s\S]*?)\*\//.exec(text);
  if (m === null) throw new Error(`${path} has no leading /** … */ comment`);
  const lines = m[1].split('\n').map((l) => l.replace(/^\s*\* ?/, '').replace(/\s+$/, ''));
  while (lines.length > 0 && lines[0] === '') lines.shift();
  while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  return lines.join('\n');
}

// ---------------------------------------------------------------------------------------------------
// Anchors and small helpers

const slug = (s) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');

const milestoneAnchor = (id) => `milestone-${slug(id)}`;
const parameterAnchor = (name) => `parameter-${slug(name)}`;
const regimeAnchor = (id) => `regime-${slug(id)}`;

/** One anchor per source key; distinct keys that slug alike get a numbered suffix. */
function sourceAnchors(sources) {
  const anchors = new Map();
  const used = new Set();
  for (const key of Object.keys(sources).sort(byNatural)) {
    const base = `source-${slug(key)}`;
    let a = base;
    for (let i = 2; used.has(a); i++) a = `${base}-${i}`;
    used.add(a);
    anchors.set(key, a);
  }
  return anchors;
}

const anchor = (id) => `<a id="${id}"></a>`;
const cell = (s) => String(s).replace(/\|/g, '\\|').replace(/\n+/g, ' ');
const blockquote = (text, indent = '') =>
  text
    .split('\n')
    .map((l) => (l === '' ? `${indent}>` : `${indent}> ${l}`))
    .join('\n');
const validity = (from, to) => `[${from}, ${to ?? '…'})${to === null ? ' (in force)' : ''}`;
const plural = (n, one, many = `${one}s`) => `${n} ${Math.abs(n) === 1 ? one : many}`;
const list = (items) => (items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`);

/** The date a source's link fixes: the `g=` of a jci, or the date path of a BWB link. */
function textDate(url) {
  const m = /[&?]g=(\d{4}-\d{2}-\d{2})/.exec(url) ?? /\/BWBR\d{7}\/(\d{4}-\d{2}-\d{2})/.exec(url);
  return m === null ? undefined : m[1];
}

/** A source's law in words: its title, short name and BWB id, or its Staatsblad publication. */
function lawName(s, laws) {
  const key = s.bwb ?? s.publication;
  const law = laws[key];
  return law === undefined ? key : `${law.title} (${law.short}, ${key})`;
}

/** Where a source's link leads: a dated consolidated text, or the Staatsblad. */
function linkText(s) {
  return s.bwb === undefined ? `the Staatsblad publication ${s.publication}` : `text of ${textDate(s.url) ?? 'an undated version'}`;
}

/** The AOW-age periods of a timing (BW 7:629(2)(b), 7:670(1)(a)), in words. */
function aowText(t) {
  return t.aowAgeWeeks === undefined
    ? ''
    : `; for an employee who reaches the AOW age by the day after the wachttijd (fact \`aowAge\`): instead ${plural(t.aowAgeWeeks, 'week')} of counted sick days from the AOW date, or from the first sick day when that is later, at most that usual period, with no extensions (see [AOW age](#aow-age))`;
}

// ---------------------------------------------------------------------------------------------------
// Words for the rule data

const LABELS = {
  statute: 'statute (the law itself)',
  'uwv-policy': 'UWV policy (not statute)',
  practice: 'common practice (not law)',
  own: 'a rule of its own (not law)',
};

const KINDS = {
  action: 'action (someone must do it: done, done late, open or overdue)',
  option: 'option (may be done; once its day has passed unused it no longer applies)',
  moment: 'moment (a date the law fixes; done once reached)',
};

const SELECT_BY = {
  firstSickDay: 'the first sick day of the chain (the version in force on that day applies)',
  due: 'the due date (the text in force on the day the obligation falls due applies)',
};

const OPERATORS = {
  equal: '=',
  notEqual: '≠',
  in: '∈',
  notIn: '∉',
  lessThan: '<',
  lessThanInclusive: '≤',
  greaterThan: '>',
  greaterThanInclusive: '≥',
  contains: 'contains',
  doesNotContain: 'does not contain',
};

const FACTS = {
  regime: 'the era of the law of the first sick day of the chain, see [Regimes](#regimes)',
  pregnancyRelated: 'the sickness is related to pregnancy or childbirth (ZW 29a)',
  noRiskPolis: 'the no-riskpolis applies (ZW 29b)',
  vangnet: 'pregnancyRelated, noRiskPolis, flexibilisationPeriod, uitzendbeding or fictieveDienstbetrekking: the employee falls under the Ziektewet safety net (ZW 29a, 29b)',
  afterPregnancyLeave: 'pregnancy-related sickness after the pregnancy leave: a leave recorded before the first sick day, with pregnancyRelated (ZW 29a(4))',
  uitzendbeding: 'an uitzendkracht whose agency contract ends on sickness by an uitzendbeding (BW 7:691(2); ZW 29(2)(c))',
  fictieveDienstbetrekking: 'a fictieve dienstbetrekking (ZW 4, 5): no employment contract, ziekengeld from UWV (ZW 29(2)(a))',
  eigenrisicodragerZw: 'the employer is eigenrisicodrager for the Ziektewet (ZW 1(1)(h)); it keeps duties towards former employees (WIA 26(2))',
  domesticWorker: 'a domestic worker: fewer than four days a week for the household of a natural person (BW 7:629(2); ZW 6(1)(c))',
  flexibilisationPeriod: 'sick in the flexibiliseringsperiode, before a pregnancy leave she could have taken has begun (ZW 29a(2))',
  employmentEnded: 'the end of employment was recorded (event `employment-ended`)',
  vrijwilligeVerlenging: 'UWV extended the wachttijd at the request of employer and employee (WIA 24)',
  loonsanctie: 'UWV imposed a loonsanctie (WIA 25(9))',
  verkorteWachttijd: 'UWV granted a verkorte wachttijd (WIA 23(6))',
  aowAge: 'the employee reaches the AOW age (case input dateOfBirth; AOW art 7a) on or before the day after the wachttijd, so no WIA benefit can start (WIA 43(g))',
};

const value = (v) => (Array.isArray(v) ? `{${v.map(value).join(', ')}}` : typeof v === 'string' ? v : String(v));

/** A json-rules-engine condition in words: `always`, `regime ≠ wao-2002`, `vangnet = true`, … */
export function conditionText(c, top = true) {
  if ('all' in c) {
    if (c.all.length === 0) return 'always';
    const parts = c.all.map((x) => conditionText(x, false));
    return parts.length === 1 ? parts[0] : top ? parts.join(' and ') : `(${parts.join(' and ')})`;
  }
  if ('any' in c) {
    if (c.any.length === 0) return 'always (an empty `any` holds in json-rules-engine)';
    const parts = c.any.map((x) => conditionText(x, false));
    return parts.length === 1 ? parts[0] : top ? parts.join(' or ') : `(${parts.join(' or ')})`;
  }
  if ('not' in c) return `not ${conditionText(c.not, false)}`;
  return `${c.fact} ${OPERATORS[c.operator] ?? c.operator} ${value(c.value)}`;
}

/** The facts a condition tests, sorted. */
function conditionFacts(c, out = new Set()) {
  if ('all' in c) c.all.forEach((x) => conditionFacts(x, out));
  else if ('any' in c) c.any.forEach((x) => conditionFacts(x, out));
  else if ('not' in c) conditionFacts(c.not, out);
  else out.add(c.fact);
  return out;
}

const mLink = (id, ids) => (ids.has(id) ? `[${id}](#${milestoneAnchor(id)})` : `\`${id}\``);
const pLink = (name) => `parameter [${name}](#${parameterAnchor(name)})`;
const endOfWachttijd = (endDay) =>
  endDay === undefined ? `the end of the wachttijd (counted day = ${pLink('wachttijdDays')})` : `the end of the wachttijd (counted day ${endDay})`;

/** A timing (src/rules/schema.ts `timingSchema`) in words. */
export function timingText(t, ids = new Set()) {
  switch (t.type) {
    case 'countedDay':
      return `counted sick day ${t.day}${t.untilEmploymentEnd === true ? ', or the last day of employment when that comes first' : ''}`;
    case 'afterMilestone': {
      const from = t.from === 'due' ? 'its due date' : 'its recorded date, else its due date';
      const when = t.days >= 0 ? 'after' : 'before';
      return `${plural(Math.abs(t.days), 'day')} ${when} ${mLink(t.milestone, ids)} (${from})`;
    }
    case 'beforeEnd': {
      const late =
        t.lateApplication?.application === undefined
          ? ''
          : `; after a late ${mLink(t.lateApplication.application, ids)} (not deemed timely under WIA 64(6)), counted back from the end of the period extended by the delay (WIA 25(10), second sentence)`;
      return `${plural(t.weeks, 'week')} before ${endOfWachttijd(t.endDay)}, or before the end of a vrijwillige verlenging (WIA 24) when UWV set one${late}`;
    }
    case 'choose':
      return `when ${conditionText(t.when)}: ${timingText(t.then, ids)}; otherwise: ${timingText(t.else, ids)}`;
    case 'months': {
      const off =
        t.offsetDays === 0 ? '' : `, moved ${plural(Math.abs(t.offsetDays), 'day')} ${t.offsetDays < 0 ? 'earlier' : 'later'}`;
      return `the end of a term of ${plural(t.months, 'calendar month')} from the first sick day, read as "binnen ${t.months} maanden na aanvang": the day before the same calendar day ${t.months} months later (end-of-month clamped)${off}; the counted day reached is then moved by gap days`;
    }
    case 'monthsBeforeEnd':
      return `${plural(t.months, 'calendar month')} before the last day of the wachttijd (counted day ${t.endDay ?? `= ${pLink('wachttijdDays')}`}), end-of-month clamped`;
    case 'endOfWachttijd':
      return `the last day of the wachttijd (counted day ${t.day ?? `= ${pLink('wachttijdDays')}`}), or the end UWV set for a verkorte wachttijd (WIA 23(6))`;
    case 'endOfWagePayment': {
      const roles = [
        ['application', 'the WIA application'],
        ['letter', "UWV's letter"],
        ['report', 'the report to UWV'],
        ['decision', "UWV's loonsanctie decision"],
        ['repairDecision', "UWV's decision on a report of repair"],
      ]
        .filter(([k]) => t.inputs?.[k] !== undefined)
        .map(([k, what]) => `${mLink(t.inputs[k], ids)} (${what})`);
      const reading = roles.length === 0 ? '' : `, reading the milestones ${roles.join(', ')}`;
      return `the last day of wage payment: the end of the wachttijd plus every extension (see [Wage payment](#wage-payment))${reading}${aowText(t)}`;
    }
    case 'recurring': {
      const option = t.everyDaysOption === undefined ? '' : `; case option \`${t.everyDaysOption}\` may set the interval`;
      return `every ${plural(t.everyDays, 'day')} after its last recorded occurrence, else after ${mLink(t.after, ids)} (its recorded date, else its due date)${option}`;
    }
    case 'employmentEnd':
      return 'the last day of employment (event `employment-ended`)';
    case 'setByEvent':
      return `the last day of the term set by the last \`${t.event}\` event of the chain (its \`due\`)`;
    case 'afterEvent':
      return `${plural(t.days, 'day')} after the last \`${t.event}\` event of the chain`;
    case 'countedYears':
      return `the last day before the counted sick days have lasted ${plural(t.years, 'year')} (the days from the first sick day to the same calendar day ${t.years} years later)${t.plusExtensionsOf === undefined ? '' : `, plus the days of every extension of ${mLink(t.plusExtensionsOf, ids)}`}${aowText(t)}`;
    case 'beforeExtensionEnd':
      return `${plural(t.days, 'day')} before the last day of the \`${t.cause}\` extension of ${mLink(t.milestone, ids)} (as shortened by a repair finding or a late decision)`;
    case 'afterRecovery':
      return `${plural(t.days, 'day')} after the first fit day of the last recovery${t.notBefore === undefined ? '' : `, never before ${mLink(t.notBefore, ids)}`}`;
    default:
      return `\`${JSON.stringify(t)}\``;
  }
}

/** The behaviour flags of a rule, each as a sentence. */
function flagTexts(rule) {
  const out = [];
  for (const c of rule.completedBy ?? []) {
    out.push(
      `Also recorded as done by the event \`${c.event}\`${c.onlyWhenGranted === true ? ', but only when UWV granted it (an end was recorded)' : ''}.`,
    );
  }
  switch (rule.onEmploymentEnd) {
    case 'not-applicable-after':
      out.push('When employment ends (ZW 38(2)): no longer applies if due after the last day of employment (unless already done).');
      break;
    case 'due-on-last-day':
      out.push('When employment ends (ZW 38(2)): if due later, it falls due on the last day of employment (unless already done).');
      break;
    case 'due-on-last-day-after-6-weeks':
      out.push(
        `When employment ends (ZW 38(2)): if due later, it falls due on the last day of employment when at least six weeks (${pLink('employmentEndReportMinDays')}) lie between the first sick day and that day; otherwise it no longer applies if due after the last day (unless already done).`,
      );
      break;
    default:
      break;
  }
  switch (rule.onVerkorteWachttijd) {
    case 'not-applicable':
      out.push('When UWV grants a verkorte wachttijd (WIA 23(6), 66): no longer applies.');
      break;
    case 'not-applicable-after':
      out.push('When UWV grants a verkorte wachttijd (WIA 23(6), 66): no longer applies if due after the shortened end.');
      break;
    default:
      break;
  }
  if (rule.keptByEigenrisicodragerZw === true) {
    out.push('For an eigenrisicodrager for the Ziektewet (case input `eigenrisicodragerZw`) the end of employment changes nothing: it keeps this duty towards the former employee (WIA 26(2)).');
  }
  if (rule.onAowAge === 'not-applicable-after') {
    out.push(`For an employee who has reached the AOW age (case input \`dateOfBirth\`), in chains where ${pLink('werkenNaAow')} holds: no longer applies if due on or after the AOW date (unless already done).`);
  }
  if (rule.onRecovery === 'still-due') out.push('A full recovery before its day does not cancel it: it is a report about a sickness that has ended.');
  if (rule.uwvWorkingDayLeniency === true) {
    out.push(
      "The case option `ziekmeldingUwv: 'uwv-eerste-werkdag'` moves the deadline to the first working day on or after it (UWV's leniency, not statute; never the default).",
    );
  }
  if (rule.deviable === true) out.push('Employer and employee may move the term by a reasoned deviation (event `deviation`; Regeling procesgang art 5).');
  if (rule.onverwijld === true) {
    out.push(
      'When its counted day was passed in an earlier period of the chain that was itself shorter than the term, it is due "onverwijld" on the first day of the current period (Regeling procesgang art 2(3)); a deviation takes precedence.',
    );
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------
// Order: the usual due dates under today's law

/**
 * A sort key per milestone: its counted day under the version in force today (validTo null), for an
 * uninterrupted absence with nothing recorded and the current parameters. `exact` is false where the
 * number is only an approximation (month terms) and the key is Infinity where no day follows from the
 * timing alone (the end of employment).
 */
function usualDays(rules, parameters) {
  const current = (name) => {
    const values = parameters[name]?.values ?? [];
    return values.length === 0 ? undefined : values[values.length - 1].value;
  };
  const wachttijd = current('wachttijdDays');
  if (wachttijd === undefined) throw new Error('rules/parameters.json has no wachttijdDays');
  const byId = new Map(rules.map((r) => [r.id, r]));
  const memo = new Map();
  const day = (id, seen = new Set()) => {
    if (memo.has(id)) return memo.get(id);
    const rule = byId.get(id);
    if (rule === undefined || seen.has(id)) return { day: Infinity, exact: false };
    seen.add(id);
    const v = rule.versions.find((x) => x.validTo === null) ?? rule.versions[rule.versions.length - 1];
    const t = v.timing;
    let r;
    switch (t.type) {
      case 'countedDay':
        r = { day: t.day, exact: true };
        break;
      case 'afterMilestone': {
        const ref = day(t.milestone, seen);
        r = { day: ref.day + t.days, exact: ref.exact };
        break;
      }
      case 'beforeEnd':
        r = { day: (t.endDay ?? wachttijd) - 7 * t.weeks, exact: true };
        break;
      case 'months':
        r = { day: Math.round((t.months * 365.25) / 12) + t.offsetDays, exact: false };
        break;
      case 'monthsBeforeEnd':
        r = { day: (t.endDay ?? wachttijd) - Math.round((t.months * 365.25) / 12), exact: false };
        break;
      case 'endOfWachttijd':
        r = { day: t.day ?? wachttijd, exact: true };
        break;
      case 'endOfWagePayment':
        // The same day as the end of the wachttijd without extensions; listed after it.
        r = { day: wachttijd, exact: true, after: true };
        break;
      case 'recurring': {
        const ref = day(t.after, seen);
        r = { day: ref.day + t.everyDays, exact: ref.exact, recurring: true };
        break;
      }
      default:
        r = { day: Infinity, exact: false };
    }
    seen.delete(id);
    memo.set(id, r);
    return r;
  };
  return new Map(rules.map((r) => [r.id, day(r.id)]));
}

function usualDayText(u, rule) {
  if (!Number.isFinite(u.day)) {
    return rule.versions.some((v) => v.timing.type === 'employmentEnd') ? 'the last day of employment' : '—';
  }
  const approx = u.exact ? '' : 'about ';
  const first = u.recurring === true ? 'first ' : '';
  return `${first}${approx}day ${u.day} (week ${Math.ceil(u.day / 7)})`;
}

// ---------------------------------------------------------------------------------------------------
// Rendering

function citation(key, ctx, indent) {
  const s = ctx.sources[key];
  if (s === undefined) return [`${indent}- **${key}**: not found in rules/sources.json`];
  const out = [
    `${indent}- **${key}**: ${lawName(s, ctx.laws)}, article ${s.article}, ${linkText(s)}: [${s.bwb === undefined ? 'zoek.officielebekendmakingen.nl' : 'wetten.overheid.nl'}](${s.url}) ([source](#${ctx.anchors.get(key)}))`,
  ];
  if (s.text !== undefined) out.push('', blockquote(s.text, `${indent}  `));
  if (s.note !== undefined) out.push('', `${indent}  *Note on this source:* ${s.note}`);
  if (s.text === undefined && s.note === undefined) out.push('', `${indent}  *No text of this source is stored.*`);
  return out;
}

function renderMilestone(rule, file, u, ctx) {
  const out = [];
  out.push(anchor(milestoneAnchor(rule.id)), `### ${rule.title.nl} / ${rule.title.en}`, '');
  const facts = [...conditionFacts(rule.applies)].sort(byString);
  out.push(
    `- **Id:** \`${rule.id}\` (${file})`,
    `- **Label:** ${LABELS[rule.label] ?? rule.label}`,
    `- **Kind:** ${KINDS[rule.kind] ?? rule.kind}`,
    `- **Responsible:** ${rule.responsible.length === 0 ? 'no one (a date, not a duty)' : rule.responsible.join(', ')}`,
    `- **Applies:** ${conditionText(rule.applies) === 'always' ? 'always' : `\`${conditionText(rule.applies)}\``}${
      facts.length === 0 ? '' : ` (${facts.map((f) => `\`${f}\`: ${FACTS[f] ?? 'a case fact'}`).join('; ')})`
    }`,
    `- **Usually due today:** ${usualDayText(u, rule)}`,
  );
  const flags = flagTexts(rule);
  if (flags.length === 0) out.push('- **Behaviour:** no special behaviour.');
  else {
    out.push('- **Behaviour:**');
    for (const f of flags) out.push(`  - ${f}`);
  }
  out.push('');
  if (rule.notes !== undefined) out.push(`**Notes.** ${rule.notes}`, '');

  for (const v of rule.versions) {
    const title = v.title === undefined ? '' : `: ${v.title.nl} / ${v.title.en}`;
    out.push(`#### Version \`${v.version}\`${title}`, '');
    out.push(
      `- **Valid:** ${validity(v.validFrom, v.validTo)}`,
      `- **Selected by:** ${SELECT_BY[v.selectBy] ?? v.selectBy}`,
      v.absent === true
        ? `- **The milestone does not exist under this version**: it is left out of the timeline (its timing, ${timingText(v.timing, ctx.ids)}, only places the deadline for the choice of version).`
        : `- **Due:** ${timingText(v.timing, ctx.ids)}`,
    );
    if (v.window !== undefined) out.push(`- **Window opens:** ${timingText(v.window, ctx.ids)}`);
    out.push('');
    if (v.notes !== undefined) out.push(`**Notes.** ${v.notes}`, '');
    const cites = v.cites ?? [];
    if (cites.length > 0) {
      out.push('**Sources.**', '');
      for (const key of cites) out.push(...citation(key, ctx, ''), '');
      out.push('');
    }
    for (const b of v.basis ?? []) {
      out.push(`- **${b.title}**${b.article === undefined ? '' : `, article ${b.article}`}${b.url === undefined ? '' : `: ${b.url}`}`);
    }
    if ((v.basis ?? []).length > 0) out.push('');
  }
  return out;
}

function renderParameters(ctx) {
  const out = [anchor('parameters'), '## Parameters', ''];
  out.push(
    'The dated constants of the law (rules/parameters.json). Each value applies to chains whose first sick day is on or after its date, until the next value.',
    '',
  );
  for (const name of Object.keys(ctx.parameters).sort(byString)) {
    const p = ctx.parameters[name];
    out.push(anchor(parameterAnchor(name)), `### \`${name}\``, '', `${p.description}`, '', `Unit: ${p.unit}.`, '');
    out.push('| From (first sick day) | Value | Sources | Note |', '| --- | --- | --- | --- |');
    for (const v of p.values) {
      const cites = v.cites.map((k) => (ctx.anchors.has(k) ? `[${k}](#${ctx.anchors.get(k)})` : `${k} (not in sources.json)`)).join('<br>');
      const shown = typeof v.value === 'boolean' ? String(v.value) : `${v.value} ${p.unit}`;
      out.push(`| ${v.from} | ${cell(shown)} | ${cell(cites)} | ${cell(v.note ?? '')} |`);
    }
    out.push('');
  }
  return out;
}

function renderAowAge(ctx) {
  const out = [anchor('aow-age'), '## AOW age', ''];
  out.push(ctx.aowAge.description, '', '| Born on or after | AOW age | Sources | Note |', '| --- | --- | --- | --- |');
  for (const r of ctx.aowAge.rows) {
    const cites = r.cites.map((k) => (ctx.anchors.has(k) ? `[${k}](#${ctx.anchors.get(k)})` : `${k} (not in sources.json)`)).join('<br>');
    const age = `${plural(r.years, 'year')}${r.months === 0 ? '' : ` and ${plural(r.months, 'month')}`}${r.provisional === true ? ' (provisional: not yet set)' : ''}`;
    out.push(`| ${r.bornFrom} | ${cell(age)} | ${cell(cites)} | ${cell(r.note ?? '')} |`);
  }
  out.push('');
  return out;
}

function renderAtwDays(ctx) {
  const e = ctx.atwEquatedDays;
  const cites = e.cites.map((k) => (ctx.anchors.has(k) ? `[${k}](#${ctx.anchors.get(k)})` : `${k} (not in sources.json)`)).join(', ');
  const out = [anchor('atw-equated-days'), '## Days equated with an Atw holiday', '', `${e.description} Allowed by ${cites}.`, ''];
  out.push('| Day | Decree |', '| --- | --- |');
  for (const x of e.days) out.push(`| ${x.date} | ${cell(x.decree)} |`);
  out.push('');
  return out;
}

function renderSources(ctx) {
  const out = [anchor('sources'), '## Sources', ''];
  out.push('Every cited text of rules/sources.json, once, with the rules and parameters that cite it.', '');
  out.push(anchor('laws'), '### Laws', '', '| BWB id or publication | Law | Short name |', '| --- | --- | --- |');
  for (const key of Object.keys(ctx.laws).sort(byString)) {
    const l = ctx.laws[key];
    const stb = /^Stb\. (\d{4}), (\d+)$/.exec(key);
    const link = stb === null ? `https://wetten.overheid.nl/${key}` : `https://zoek.officielebekendmakingen.nl/stb-${stb[1]}-${stb[2]}.html`;
    out.push(`| [${key}](${link}) | ${cell(l.title)} | ${cell(l.short)} |`);
  }
  out.push('');
  for (const key of Object.keys(ctx.sources).sort(byNatural)) {
    const s = ctx.sources[key];
    out.push(anchor(ctx.anchors.get(key)), `### ${key}`, '');
    out.push(
      `- **Law:** ${lawName(s, ctx.laws)}`,
      `- **Article:** ${s.article}`,
      s.bwb === undefined ? `- **Publication:** [${s.url}](${s.url})` : `- **Text of:** ${textDate(s.url) ?? 'an undated version'}: [${s.url}](${s.url})`,
    );
    const citedBy = ctx.citedBy.get(key) ?? [];
    out.push(`- **Cited by:** ${citedBy.length === 0 ? 'nothing' : citedBy.join(', ')}`, '');
    if (s.text !== undefined) out.push(blockquote(s.text), '');
    if (s.note !== undefined) out.push(`*Note on this source:* ${s.note}`, '');
    if (s.text === undefined && s.note === undefined) out.push('*No text of this source is stored.*', '');
  }
  return out;
}

function renderRegimes(ctx) {
  const out = [anchor('regimes'), '## Regimes', ''];
  out.push(
    'The eras of the law (rules/regimes.json), chosen by the first sick day of the chain. The case fact `regime` that the applicability conditions test is the id of this era.',
    '',
    '| Id | Title | Valid | Source |',
    '| --- | --- | --- | --- |',
  );
  const regimes = [...ctx.regimes].sort((a, b) => byString(a.validFrom, b.validFrom) || byString(a.id, b.id));
  for (const r of regimes) out.push(`| ${anchor(regimeAnchor(r.id))}\`${r.id}\` | ${cell(r.title)} | ${validity(r.validFrom, r.validTo)} | ${cell(r.source)} |`);
  out.push('');
  return out;
}

function renderQuoted(id, heading, path, intro) {
  return [anchor(id), `## ${heading}`, '', intro, '', `From the header comment of ${path}:`, '', blockquote(headerComment(path)), ''];
}

/** docs/law.md: the law as poortwachter implements it, generated from rules/. */
export function renderLawDoc() {
  const law = loadLaw();
  const rules = law.milestones.map((m) => m.rule);
  const ids = new Set(rules.map((r) => r.id));
  const anchors = sourceAnchors(law.sources);
  const citedBy = new Map();
  const cite = (key, by) => citedBy.set(key, [...(citedBy.get(key) ?? []), by]);
  for (const r of [...rules].sort((a, b) => byString(a.id, b.id))) {
    for (const v of r.versions) for (const k of v.cites ?? []) cite(k, `[${r.id}](#${milestoneAnchor(r.id)}) \`${v.version}\``);
  }
  for (const name of Object.keys(law.parameters).sort(byString)) {
    for (const v of law.parameters[name].values) for (const k of v.cites) cite(k, `${pLink(name)} (from ${v.from})`);
  }
  for (const r of law.aowAge.rows) for (const k of r.cites) cite(k, `[AOW age](#aow-age) (born from ${r.bornFrom})`);
  for (const k of law.atwEquatedDays.cites) cite(k, '[Days equated with an Atw holiday](#atw-equated-days)');
  const ctx = { ...law, ids, anchors, citedBy };

  const usual = usualDays(rules, law.parameters);
  const ordered = [...law.milestones].sort((a, b) => {
    const x = usual.get(a.rule.id);
    const y = usual.get(b.rule.id);
    if (x.day !== y.day) return x.day < y.day ? -1 : 1;
    if ((x.after === true) !== (y.after === true)) return x.after === true ? 1 : -1;
    return byString(a.rule.id, b.rule.id);
  });

  const out = [];
  out.push(
    '<!-- Generated from rules/ by `node scripts/law-doc.mjs` (npm run law-doc). Do not edit by hand: edit the rule data and regenerate. -->',
    '',
    '# The law as poortwachter implements it',
    '',
    '> **Generated file.** This document is generated from the rule data in `rules/` (and the header comments of `src/law/wage-payment.ts` and `src/law/adjustments.ts`) by `node scripts/law-doc.mjs` (`npm run law-doc`). Do not edit it by hand: change the data and regenerate. `test/law-doc.test.ts` fails when it is stale.',
    '',
    'It sets out, milestone by milestone, the rule poortwachter applies (Wet verbetering poortwachter and the laws around it), every version of that rule over time, the statute texts each version cites and the reading taken, side by side, for review by a lawyer.',
    '',
    '## Contents',
    '',
    '- [How to read this document](#how-to-read)',
    '- [Milestones](#milestones)',
  );
  for (const { rule } of ordered) out.push(`  - [${rule.title.nl}](#${milestoneAnchor(rule.id)}) (\`${rule.id}\`)`);
  out.push(
    '- [Wage payment](#wage-payment)',
    '- [Adjustments and their precedence](#adjustments)',
    '- [Parameters](#parameters)',
    '- [AOW age](#aow-age)',
    '- [Days equated with an Atw holiday](#atw-equated-days)',
    '- [Sources](#sources)',
    '- [Regimes](#regimes)',
    '',
  );

  out.push(
    anchor('how-to-read'),
    '## How to read this document',
    '',
    '- **Counted sick day N**: day 1 is the first sick day of the chain; periods of incapacity less than four weeks apart are added together (see parameter [chainBreakDays](#parameter-chainbreakdays)), and the fit days between them and pregnancy or childbirth leave are not counted. Day 42 is the last day of week 6.',
    '- **Label**: where the rule comes from: `statute` (the law), `uwv-policy` (UWV policy), `practice` (common practice, not law), `own` (a rule pack of a user).',
    '- **Kind**: `action` (someone must do it), `option` (may be done; lapses when its day passes unused), `moment` (a date the law fixes).',
    '- **Valid [from, to)**: a version is in force from its first day up to, not including, its last; an open end means it is in force today.',
    '- **Selected by**: which date picks the version: the first sick day of the chain, or the due date (the text in force on the day the obligation falls due). A deadline that a change of law catches mid-case is flagged for review, because the transitional law is not modelled.',
    '- **Applies**: the conditions (json-rules-engine) on the facts of a case; where they fail, the milestone is left out of that case.',
    '- **Usually due today**: the counted day under the version in force today, for one uninterrupted absence with nothing recorded; it only orders the milestones below.',
    '- **Sources**: each version cites the texts it rests on; every text is shown where it is cited and once more, with what cites it, under [Sources](#sources).',
    '',
  );

  out.push(anchor('milestones'), '## Milestones', '');
  out.push('In the order of their usual due dates under today\'s law.', '');
  out.push('| # | Milestone | Id | Label | Kind | Usually due today |', '| --- | --- | --- | --- | --- | --- |');
  ordered.forEach(({ rule }, i) => {
    out.push(
      `| ${i + 1} | [${cell(rule.title.nl)}](#${milestoneAnchor(rule.id)}) | \`${rule.id}\` | ${rule.label} | ${rule.kind} | ${cell(usualDayText(usual.get(rule.id), rule))} |`,
    );
  });
  out.push('');
  for (const { rule, file } of ordered) out.push(...renderMilestone(rule, file, usual.get(rule.id), ctx));

  out.push(
    ...renderQuoted(
      'wage-payment',
      'Wage payment',
      'src/law/wage-payment.ts',
      'The milestone [einde-loondoorbetaling](#milestone-einde-loondoorbetaling) is the end of wage payment. Its extensions and their order are code, stated here in prose; their numbers are the [parameters](#parameters).',
    ),
  );
  out.push(
    ...renderQuoted(
      'adjustments',
      'Adjustments and their precedence',
      'src/law/adjustments.ts',
      'After its timing gives a date, a milestone passes through these adjustments, in this order; the behaviour of each milestone above says which of them it takes part in.',
    ),
  );
  out.push(...renderParameters(ctx));
  out.push(...renderAowAge(ctx));
  out.push(...renderAtwDays(ctx));
  out.push(...renderSources(ctx));
  out.push(...renderRegimes(ctx));

  return `${out.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  writeFileSync(join(ROOT, OUTPUT), renderLawDoc());
  console.log(`wrote ${OUTPUT}`);
}
