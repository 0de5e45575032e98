/**
 * The dates a rule's timing gives. Pure: reads the case facts and the results of the milestones this
 * one follows, writes nothing; records its reasoning in the trace when there is one. The end of wage
 * payment, which is law of its own, is in `wage-payment.ts`.
 */
import { addMonths, formatIsoDate, parseIsoDate, type EpochDay } from '../calendar/days.js';
import { dateOfCounted, dateOfCountedDay, skippedBefore } from '../case/chain.js';
import type { CaseFacts } from '../case/context.js';
import type { Trace } from '../explain/trace.js';
import type { Extension } from '../model/timeline-schema.js';
import type { CompiledTiming } from '../rules/compiled.js';
import type { NotApplicable, Results } from './results.js';
import { aowAgeEnd } from './aow-age.js';
import { lateApplicationDelay, wagePayment } from './wage-payment.js';

/** The end of wage payment at the AOW age: no extensions (BW 7:629(2)(b)). */
const NO_EXTENSIONS: readonly Extension[] = Object.freeze([]);

/**
 * What a timing gives. It is written into the milestone's own draft (`evaluate.ts`), not returned as an
 * object of its own: one object per milestone, whatever its timing (every field set on every call).
 */
export interface TimingOut {
  due: EpochDay;
  countedDay: number | undefined;
  /** The milestone this one follows does not apply: neither does this one. */
  inherited: NotApplicable | undefined;
  /** A day the law names (the last day of employment), not the end of a term: the Atw does not move it. */
  namedDay: boolean;
  /** For the end of wage payment: the extensions, in the order they were added. */
  extensions: readonly Extension[] | undefined;
}

/** Writes a timing's outcome into `out`; `true`: the milestone has a date. */
function put(out: TimingOut, due: EpochDay, countedDay: number | undefined, inherited: NotApplicable | undefined, namedDay: boolean, extensions: readonly Extension[] | undefined): true {
  out.due = due;
  out.countedDay = countedDay;
  out.inherited = inherited;
  out.namedDay = namedDay;
  out.extensions = extensions;
  return true;
}

/** The date of counted day k of the chain, with the arithmetic in the trace. */
export function countedDay(f: CaseFacts, k: number, steps: Trace): EpochDay {
  if (steps === undefined) return dateOfCounted(f.chain, k);
  const r = dateOfCountedDay(f.chain, k);
  const { gapDays, leaveDays } = skippedBefore(f.chain, r.date);
  steps.push({ step: 'counted-day', day: k, firstSickDay: formatIsoDate(f.chain.start), date: formatIsoDate(r.date), gapDays, leaveDays, projected: r.beyond });
  return r.date;
}

/**
 * The first extension of `cause`. A loop in a function of its own, not `find` with an arrow in
 * `timingDate`: an arrow there that reads the timing `c` puts `c` in a context object that every call of
 * `timingDate` allocates, for every milestone of every case (about 0.7 KiB a case).
 */
function extensionOf(extensions: readonly Extension[], cause: Extension['cause']): Extension | undefined {
  for (let i = 0; i < extensions.length; i++) if (extensions[i]!.cause === cause) return extensions[i];
  return undefined;
}

/**
 * The date a timing gives for milestone `self`, written into `out`; `false` when it depends on a
 * milestone (or an event) this case does not have.
 */
export function timingDate(f: CaseFacts, results: Results, c: CompiledTiming, self: string, steps: Trace, out: TimingOut): boolean {
  const chain = f.chain;
  switch (c.type) {
    case 'countedDay': {
      const due = countedDay(f, c.timing.day, steps);
      if (c.timing.untilEmploymentEnd === true && f.employmentEnd !== undefined && f.employmentEnd < due) {
        steps?.push({ step: 'employment-end', date: formatIsoDate(f.employmentEnd) });
        return put(out, f.employmentEnd, undefined, undefined, true, undefined);
      }
      return put(out, due, c.timing.day, undefined, false, undefined);
    }
    case 'afterMilestone': {
      const ref = results.at(c.at);
      if (ref === undefined) return false;
      const recorded = c.timing.from === 'due' ? undefined : ref.completed;
      const base = recorded ?? ref.due;
      steps?.push({ step: 'after-milestone', milestone: c.timing.milestone, days: c.timing.days, from: formatIsoDate(base), source: recorded !== undefined ? 'recorded' : 'due' });
      return put(out, base + c.timing.days, undefined, ref.notApplicable, false, undefined);
    }
    case 'beforeEnd': {
      const endDay = c.timing.endDay ?? f.law.wachttijdDays;
      // WIA 25(10), second sentence: after a late application, count back from the end of the period
      // extended by the delay (BW 7:629(11)(a)).
      const delay = c.timing.lateApplication === undefined ? 0 : lateApplicationDelay(f, results, c.inputs, steps);
      if (delay > 0) steps?.push({ step: 'note', code: 'before-end-late-application', params: { days: delay } });
      if (f.verlenging !== undefined) {
        steps?.push({ step: 'before-end', weeks: c.timing.weeks, endDay, extendedUntil: formatIsoDate(f.verlenging.until + delay) });
        return put(out, f.verlenging.until + delay - 7 * c.timing.weeks, undefined, undefined, false, undefined);
      }
      steps?.push({ step: 'before-end', weeks: c.timing.weeks, endDay });
      const k = endDay - 7 * c.timing.weeks;
      const due = countedDay(f, k, steps);
      return delay > 0 ? put(out, due + delay, undefined, undefined, false, undefined) : put(out, due, k, undefined, false, undefined);
    }
    case 'months': {
      // Month terms run on the calendar from day 1; the counted day they reach is then moved by gaps.
      const raw = addMonths(chain.start, c.timing.months) - 1 + c.timing.offsetDays;
      const k = raw - chain.start + 1;
      steps?.push({ step: 'months', months: c.timing.months, offsetDays: c.timing.offsetDays, firstSickDay: formatIsoDate(chain.start), date: formatIsoDate(raw) });
      return put(out, countedDay(f, k, steps), k, undefined, false, undefined);
    }
    case 'monthsBeforeEnd': {
      const end = countedDay(f, c.timing.endDay ?? f.law.wachttijdDays, steps);
      const due = addMonths(end, -c.timing.months);
      steps?.push({ step: 'months-before-end', months: c.timing.months, endDate: formatIsoDate(end), date: formatIsoDate(due) });
      return put(out, due, undefined, undefined, false, undefined);
    }
    case 'endOfWachttijd': {
      const day = c.timing.day ?? f.law.wachttijdDays;
      const end = countedDay(f, day, steps);
      if (f.verkorte?.end !== undefined) {
        steps?.push({ step: 'verkorte-wachttijd', application: formatIsoDate(f.verkorte.date), end: formatIsoDate(f.verkorte.end) });
        return put(out, f.verkorte.end, undefined, undefined, false, undefined);
      }
      return put(out, end, day, undefined, false, undefined);
    }
    case 'endOfWagePayment': {
      // BW 7:629(2)(b): the AOW-age period replaces the wachttijd and every extension.
      const aow = aowAgeEnd(f, c.timing.aowAgeWeeks, f.law.wachttijdDays, steps);
      if (aow !== undefined) return put(out, countedDay(f, aow, steps), aow, undefined, false, NO_EXTENSIONS);
      const w = wagePayment(f, results, c.inputs, steps);
      return put(out, w.end, undefined, undefined, false, w.extensions);
    }
    case 'recurring': {
      const ref = results.at(c.at);
      if (ref === undefined) return false;
      const option = c.timing.everyDaysOption === undefined ? undefined : f.input.options?.[c.timing.everyDaysOption];
      const every = option ?? c.timing.everyDays;
      // Its own last recorded occurrence (on or before asOf) is the anchor of the next one.
      let last: EpochDay | undefined;
      for (const r of f.recorded) if (r.milestone === self && (f.asOf === undefined || r.date <= f.asOf) && (last === undefined || r.date > last)) last = r.date;
      const base = last ?? ref.completed ?? ref.due;
      steps?.push({ step: 'recurring', everyDays: every, from: formatIsoDate(base), milestone: c.timing.after, source: last !== undefined ? 'recorded-occurrence' : ref.completed !== undefined ? 'recorded' : 'due' });
      return put(out, base + every, undefined, ref.notApplicable, false, undefined);
    }
    case 'afterEvent': {
      const dates = f.eventDates[c.timing.event];
      // Not dates[-1] on an empty list: a negative index is a property name, looked up the slow way.
      const last = dates.length === 0 ? undefined : dates[dates.length - 1];
      if (last === undefined) return false;
      steps?.push({ step: 'note', code: 'after-event', params: { event: c.timing.event, date: formatIsoDate(last), days: c.timing.days } });
      return put(out, last + c.timing.days, undefined, undefined, false, undefined);
    }
    case 'setByEvent': {
      const terms = f.verslagTermijnen;
      const term = terms.length === 0 ? undefined : terms[terms.length - 1];
      if (term === undefined) return false;
      steps?.push({ step: 'note', code: 'set-by-event', params: { event: c.timing.event, date: formatIsoDate(term.date), due: formatIsoDate(term.due) } });
      return put(out, term.due, undefined, undefined, false, undefined);
    }
    case 'countedYears': {
      // "Twee jaren": as many counted days as lie between day 1 and the same calendar day `years` later.
      const days = addMonths(chain.start, 12 * c.timing.years) - chain.start;
      // BW 7:670(1)(a): the AOW-age period instead of the years (and then no extensions).
      const aow = aowAgeEnd(f, c.timing.aowAgeWeeks, days, steps);
      if (aow !== undefined) return put(out, countedDay(f, aow, steps), aow, undefined, false, undefined);
      const due = countedDay(f, days, steps);
      const extensions = results.at(c.at)?.extensions;
      let added = 0;
      // BW 7:670(11) extends the two years by a late application, WIA 24(1) and 25(9): not by a late report.
      if (extensions !== undefined) for (let i = 0; i < extensions.length; i++) if (extensions[i]!.cause !== 'late-ziekmelding') added += extensions[i]!.days;
      if (added !== 0) {
        steps?.push({ step: 'note', code: 'plus-extensions', params: { milestone: c.timing.plusExtensionsOf!, days: added, date: formatIsoDate(due + added) } });
        return put(out, due + added, undefined, undefined, false, undefined);
      }
      return put(out, due, days, undefined, false, undefined);
    }
    case 'beforeExtensionEnd': {
      const ref = results.at(c.at);
      const extension = ref?.extensions === undefined ? undefined : extensionOf(ref.extensions, c.timing.cause);
      if (ref === undefined || extension === undefined) return false;
      const end = parseIsoDate(extension.to)!;
      steps?.push({ step: 'note', code: 'before-extension-end', params: { cause: c.timing.cause, to: extension.to, days: c.timing.days } });
      return put(out, end - c.timing.days, undefined, ref.notApplicable, false, undefined);
    }
    case 'afterRecovery': {
      if (!chain.closed) return false;
      const fit = chain.periods[chain.periods.length - 1]!.end + 1;
      const after = fit + c.timing.days;
      const floor = results.at(c.at)?.due;
      steps?.push({ step: 'note', code: 'after-recovery', params: { fit: formatIsoDate(fit), days: c.timing.days, date: formatIsoDate(after) } });
      if (floor !== undefined && floor > after) {
        steps?.push({ step: 'note', code: 'not-before', params: { milestone: c.timing.notBefore!, date: formatIsoDate(floor) } });
        return put(out, floor, undefined, undefined, false, undefined);
      }
      return put(out, after, undefined, undefined, false, undefined);
    }
    case 'employmentEnd':
      if (f.employmentEnd === undefined) return false;
      steps?.push({ step: 'employment-end', date: formatIsoDate(f.employmentEnd) });
      return put(out, f.employmentEnd, undefined, undefined, false, undefined);
  }
}
