/**
 * The `Timeline` a computation returns, assembled from the case facts and the evaluated milestones:
 * plain data, dates formatted once on the way out, absent fields left out (never `undefined`), so that a
 * stored or copied timeline is the same value as the one computed.
 */
import { formatIsoDate, OPEN_END, type EpochDay } from '../calendar/days.js';
import { countedDaysUpTo } from '../case/chain.js';
import type { CaseFacts } from '../case/context.js';
import type { Evaluation } from '../law/evaluate.js';
import type { Extension, Milestone, Period, Timeline } from '../model/timeline-schema.js';
import { reviewReason } from '../explain/review-notes.js';

export function toMilestone(ev: Evaluation): Milestone {
  const b = ev.rule.behaviour;
  const title = ev.version.title ?? b.title;
  const due = formatIsoDate(ev.due);
  const rule = ev.version.ref;
  const basis = ev.version.basis as Milestone['basis'];
  // The shapes most milestones take, written as literals: each literal is one fixed shape that V8
  // creates at once, where adding optional fields one by one gives every milestone one of dozens of
  // shapes and makes every later store and read of a timeline slower. Same fields, same order.
  if (!ev.onverwijld && ev.deviation === undefined && ev.review === undefined && ev.explanation === undefined && ev.status !== undefined) {
    const status = ev.status;
    if (ev.windowStart !== undefined || ev.notApplicable !== undefined) {
      // Two more that every case has a few of: a milestone with its window, and one that does not apply.
      if (ev.completion === undefined && ev.countedDay !== undefined) {
        if (ev.notApplicable === undefined) return { id: ev.rule.id, title, kind: b.kind, responsible: b.responsible, label: b.label, due, windowStart: formatIsoDate(ev.windowStart!), countedDay: ev.countedDay, status, rule, basis } as Milestone;
        if (ev.windowStart === undefined) return { id: ev.rule.id, title, kind: b.kind, responsible: b.responsible, label: b.label, due, countedDay: ev.countedDay, status, notApplicable: ev.notApplicable, rule, basis } as Milestone;
      }
    } else if (ev.completion === undefined) {
      if (ev.countedDay !== undefined) return { id: ev.rule.id, title, kind: b.kind, responsible: b.responsible, label: b.label, due, countedDay: ev.countedDay, status, rule, basis } as Milestone;
      return { id: ev.rule.id, title, kind: b.kind, responsible: b.responsible, label: b.label, due, status, rule, basis } as Milestone;
    } else {
      const completed = formatIsoDate(ev.completion.date);
      if (ev.countedDay !== undefined) return { id: ev.rule.id, title, kind: b.kind, responsible: b.responsible, label: b.label, due, countedDay: ev.countedDay, status, completed, rule, basis } as Milestone;
      return { id: ev.rule.id, title, kind: b.kind, responsible: b.responsible, label: b.label, due, status, completed, rule, basis } as Milestone;
    }
  }
  const m: Milestone = { id: ev.rule.id, title, kind: b.kind, responsible: b.responsible, label: b.label, due } as Milestone;
  if (ev.windowStart !== undefined) m.windowStart = formatIsoDate(ev.windowStart);
  if (ev.countedDay !== undefined) m.countedDay = ev.countedDay;
  if (ev.status !== undefined) m.status = ev.status;
  if (ev.completion !== undefined) m.completed = formatIsoDate(ev.completion.date);
  if (ev.notApplicable !== undefined) m.notApplicable = ev.notApplicable;
  if (ev.onverwijld) m.onverwijld = true;
  if (ev.deviation !== undefined) m.deviation = { reason: ev.deviation.reason };
  // The milestone's own note stays a text (English, as before); the timeline's review list has it as data.
  if (ev.review !== undefined) m.review = reviewReason(ev.review.code, ev.review.params);
  m.rule = rule;
  m.basis = basis;
  if (ev.explanation !== undefined) m.explanation = ev.explanation;
  return m;
}

/**
 * The periods of the chain as the timeline gives them. Loops, not `map` and `filter` with arrows: arrows
 * over the case and each period would put them in context objects, allocated for every case.
 */
function periodsOf(f: CaseFacts): Period[] {
  const { chain } = f;
  const periods = chain.periods;
  // Written by index into a list of its size (a push here was a call of the builtin, every case).
  const out = new Array<Period>(periods.length);
  for (let i = 0; i < periods.length; i++) {
    const p = periods[i]!;
    // Not periods[-1] for the first: a negative index is a property name, looked up the slow way.
    const prev = i === 0 ? undefined : periods[i - 1]!;
    out[i] = {
      start: formatIsoDate(p.start),
      end: p.end === OPEN_END ? null : formatIsoDate(p.end),
      countedDays: p.end === OPEN_END ? null : countedDaysUpTo(chain, p.end) - countedDaysUpTo(chain, p.start - 1),
      gapBefore: prev === undefined ? null : { start: formatIsoDate(prev.end + 1), end: formatIsoDate(p.start - 1), days: p.gapBefore },
      partialRecoveries: partialRecoveriesIn(f.partialRecoveries, p.start, p.end),
    };
  }
  return out;
}

/** The chain's pregnancy leave, as the timeline gives it (a loop, like `periodsOf`). */
function leaveOf(f: CaseFacts): Timeline['leave'] {
  const list = f.chain.leave;
  const out: Timeline['leave'] = [];
  for (let i = 0; i < list.length; i++) out.push({ start: formatIsoDate(list[i]!.start), end: formatIsoDate(list[i]!.end), days: list[i]!.end - list[i]!.start + 1 });
  return out;
}

/** The partial recoveries from `start` to `end`, as the timeline gives them. */
function partialRecoveriesIn(list: CaseFacts['partialRecoveries'], start: EpochDay, end: EpochDay): Period['partialRecoveries'] {
  const out: Period['partialRecoveries'] = [];
  for (let i = 0; i < list.length; i++) {
    const e = list[i]!;
    if (e.date < start || e.date > end) continue;
    out.push(e.percentage === undefined ? { date: formatIsoDate(e.date) } : { date: formatIsoDate(e.date), percentage: e.percentage });
  }
  return out;
}

export interface TimelineParts {
  readonly facts: CaseFacts;
  /** The milestones (`toMilestone`), sorted by due date (rule order on the same day); taken as they are. */
  readonly milestones: Milestone[];
  /** `null` when the employee recovered before the wachttijd ran out. */
  readonly lastDayOfWachttijd: EpochDay | null;
  readonly endOfWagePayment: EpochDay;
  /** The timeline's own extension objects (made for it: `extensionsUpTo`), taken as they are. */
  readonly extensions: Extension[];
  /** Why a human should look at the case, in rule order. */
  readonly review: Timeline['review'];
  readonly receipt: Timeline['receipt'];
}

export function assembleTimeline({ facts: f, milestones, lastDayOfWachttijd, endOfWagePayment, extensions, review, receipt }: TimelineParts): Timeline {
  const firstSickDay = formatIsoDate(f.chain.start);
  const regime = f.regime.id;
  const regimeTitle = f.regime.title;
  const lastDay = lastDayOfWachttijd === null ? null : formatIsoDate(lastDayOfWachttijd);
  const wiaStart = lastDayOfWachttijd === null ? null : formatIsoDate(lastDayOfWachttijd + 1);
  const end = formatIsoDate(endOfWagePayment);
  const periods = periodsOf(f);
  const leave = leaveOf(f);
  const earlierChains = f.chain.earlierChainStarts.map(formatIsoDate);
  const caseId = f.input.caseId;
  // The shapes most timelines take (judged on a day, no end of employment), as literals, like the
  // milestones: the same fields in the same order as the general case below.
  if (f.asOf !== undefined && f.employmentEnd === undefined) {
    const asOf = formatIsoDate(f.asOf);
    const countedDaysAsOf = countedDaysUpTo(f.chain, f.asOf);
    if (caseId === undefined) {
      return { firstSickDay, asOf, regime, regimeTitle, countedDaysAsOf, lastDayOfWachttijd: lastDay, wiaStart, endOfWagePayment: end, extensions, periods, leave, earlierChains, milestones, review, receipt };
    }
    return { caseId, firstSickDay, asOf, regime, regimeTitle, countedDaysAsOf, lastDayOfWachttijd: lastDay, wiaStart, endOfWagePayment: end, extensions, periods, leave, earlierChains, milestones, review, receipt };
  }
  const t = {} as Timeline;
  if (caseId !== undefined) t.caseId = caseId;
  t.firstSickDay = firstSickDay;
  if (f.asOf !== undefined) t.asOf = formatIsoDate(f.asOf);
  t.regime = regime;
  t.regimeTitle = regimeTitle;
  if (f.asOf !== undefined) t.countedDaysAsOf = countedDaysUpTo(f.chain, f.asOf);
  if (f.employmentEnd !== undefined) t.employmentEnd = formatIsoDate(f.employmentEnd);
  t.lastDayOfWachttijd = lastDay;
  t.wiaStart = wiaStart;
  t.endOfWagePayment = end;
  t.extensions = extensions;
  t.periods = periods;
  t.leave = leave;
  t.earlierChains = earlierChains;
  t.milestones = milestones;
  t.review = review;
  t.receipt = receipt;
  return t;
}
