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
import type { PlainTiming } from '../rules/schema.js';
import type { NotApplicable, Results } from './results.js';
import { aowAgeEnd } from './aow-age.js';
import { lateApplicationDelay, wagePayment } from './wage-payment.js';

export interface TimingResult {
  readonly due: EpochDay;
  readonly countedDay?: number;
  /** The milestone this one follows does not apply: neither does this one. */
  readonly inherited?: NotApplicable;
  /** A day the law names (the last day of employment), not the end of a term: the Atw does not move it. */
  readonly namedDay?: true;
  /** For the end of wage payment: the extensions, in the order they were added. */
  readonly extensions?: readonly Extension[];
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
 * The date a timing gives for milestone `self`, or `undefined` when it depends on a milestone this case
 * does not have.
 */
export function timingDate(f: CaseFacts, results: Results, timing: PlainTiming, self: string, steps: Trace): TimingResult | undefined {
  const chain = f.chain;
  switch (timing.type) {
    case 'countedDay': {
      const due = countedDay(f, timing.day, steps);
      if (timing.untilEmploymentEnd === true && f.employmentEnd !== undefined && f.employmentEnd < due) {
        steps?.push({ step: 'employment-end', date: formatIsoDate(f.employmentEnd) });
        return { due: f.employmentEnd, namedDay: true };
      }
      return { due, countedDay: timing.day };
    }
    case 'afterMilestone': {
      const ref = results.get(timing.milestone);
      if (ref === undefined) return undefined;
      const recorded = timing.from === 'due' ? undefined : ref.completed;
      const base = recorded ?? ref.due;
      steps?.push({ step: 'after-milestone', milestone: timing.milestone, days: timing.days, from: formatIsoDate(base), source: recorded !== undefined ? 'recorded' : 'due' });
      return { due: base + timing.days, inherited: ref.notApplicable };
    }
    case 'beforeEnd': {
      const endDay = timing.endDay ?? f.law.wachttijdDays;
      // WIA 25(10), second sentence: after a late application, count back from the end of the period
      // extended by the delay (BW 7:629(11)(a)).
      const delay = timing.lateApplication === undefined ? 0 : lateApplicationDelay(f, results, timing.lateApplication, steps);
      if (delay > 0) steps?.push({ step: 'note', code: 'before-end-late-application', params: { days: delay } });
      if (f.verlenging !== undefined) {
        steps?.push({ step: 'before-end', weeks: timing.weeks, endDay, extendedUntil: formatIsoDate(f.verlenging.until + delay) });
        return { due: f.verlenging.until + delay - 7 * timing.weeks };
      }
      steps?.push({ step: 'before-end', weeks: timing.weeks, endDay });
      const k = endDay - 7 * timing.weeks;
      const due = countedDay(f, k, steps);
      return delay > 0 ? { due: due + delay } : { due, countedDay: k };
    }
    case 'months': {
      // Month terms run on the calendar from day 1; the counted day they reach is then moved by gaps.
      const raw = addMonths(chain.start, timing.months) - 1 + timing.offsetDays;
      const k = raw - chain.start + 1;
      steps?.push({ step: 'months', months: timing.months, offsetDays: timing.offsetDays, firstSickDay: formatIsoDate(chain.start), date: formatIsoDate(raw) });
      return { due: countedDay(f, k, steps), countedDay: k };
    }
    case 'monthsBeforeEnd': {
      const end = countedDay(f, timing.endDay ?? f.law.wachttijdDays, steps);
      const due = addMonths(end, -timing.months);
      steps?.push({ step: 'months-before-end', months: timing.months, endDate: formatIsoDate(end), date: formatIsoDate(due) });
      return { due };
    }
    case 'endOfWachttijd': {
      const day = timing.day ?? f.law.wachttijdDays;
      const end = countedDay(f, day, steps);
      if (f.verkorte?.end !== undefined) {
        steps?.push({ step: 'verkorte-wachttijd', application: formatIsoDate(f.verkorte.date), end: formatIsoDate(f.verkorte.end) });
        return { due: f.verkorte.end };
      }
      return { due: end, countedDay: day };
    }
    case 'endOfWagePayment': {
      // BW 7:629(2)(b): the AOW-age period replaces the wachttijd and every extension.
      const aow = aowAgeEnd(f, timing.aowAgeWeeks, f.law.wachttijdDays, steps);
      if (aow !== undefined) return { due: countedDay(f, aow, steps), countedDay: aow, extensions: [] };
      const w = wagePayment(f, results, timing.inputs ?? {}, steps);
      return { due: w.end, extensions: w.extensions };
    }
    case 'recurring': {
      const ref = results.get(timing.after);
      if (ref === undefined) return undefined;
      const option = timing.everyDaysOption === undefined ? undefined : f.input.options?.[timing.everyDaysOption];
      const every = option ?? timing.everyDays;
      // Its own last recorded occurrence (on or before asOf) is the anchor of the next one.
      let last: EpochDay | undefined;
      for (const r of f.recorded) if (r.milestone === self && (f.asOf === undefined || r.date <= f.asOf) && (last === undefined || r.date > last)) last = r.date;
      const base = last ?? ref.completed ?? ref.due;
      steps?.push({ step: 'recurring', everyDays: every, from: formatIsoDate(base), milestone: timing.after, source: last !== undefined ? 'recorded-occurrence' : ref.completed !== undefined ? 'recorded' : 'due' });
      return { due: base + every, inherited: ref.notApplicable };
    }
    case 'afterEvent': {
      const dates = f.eventDates[timing.event];
      const last = dates[dates.length - 1];
      if (last === undefined) return undefined;
      steps?.push({ step: 'note', code: 'after-event', params: { event: timing.event, date: formatIsoDate(last), days: timing.days } });
      return { due: last + timing.days };
    }
    case 'setByEvent': {
      const term = f.verslagTermijnen[f.verslagTermijnen.length - 1];
      if (term === undefined) return undefined;
      steps?.push({ step: 'note', code: 'set-by-event', params: { event: timing.event, date: formatIsoDate(term.date), due: formatIsoDate(term.due) } });
      return { due: term.due };
    }
    case 'countedYears': {
      // "Twee jaren": as many counted days as lie between day 1 and the same calendar day `years` later.
      const days = addMonths(chain.start, 12 * timing.years) - chain.start;
      // BW 7:670(1)(a): the AOW-age period instead of the years (and then no extensions).
      const aow = aowAgeEnd(f, timing.aowAgeWeeks, days, steps);
      if (aow !== undefined) return { due: countedDay(f, aow, steps), countedDay: aow };
      let due = countedDay(f, days, steps);
      const extensions = timing.plusExtensionsOf === undefined ? undefined : results.get(timing.plusExtensionsOf)?.result.extensions;
      let added = 0;
      // BW 7:670(11) extends the two years by a late application, WIA 24(1) and 25(9): not by a late report.
      for (const e of extensions ?? []) if (e.cause !== 'late-ziekmelding') added += e.days;
      if (added !== 0) {
        steps?.push({ step: 'note', code: 'plus-extensions', params: { milestone: timing.plusExtensionsOf!, days: added, date: formatIsoDate(due + added) } });
        due += added;
        return { due };
      }
      return { due, countedDay: days };
    }
    case 'beforeExtensionEnd': {
      const ref = results.get(timing.milestone);
      const extension = ref?.result.extensions?.find((e) => e.cause === timing.cause);
      if (ref === undefined || extension === undefined) return undefined;
      const end = parseIsoDate(extension.to)!;
      steps?.push({ step: 'note', code: 'before-extension-end', params: { cause: timing.cause, to: extension.to, days: timing.days } });
      return { due: end - timing.days, inherited: ref.notApplicable };
    }
    case 'afterRecovery': {
      if (!chain.closed) return undefined;
      const fit = chain.periods[chain.periods.length - 1]!.end + 1;
      const after = fit + timing.days;
      const floor = timing.notBefore === undefined ? undefined : results.get(timing.notBefore)?.due;
      steps?.push({ step: 'note', code: 'after-recovery', params: { fit: formatIsoDate(fit), days: timing.days, date: formatIsoDate(after) } });
      if (floor !== undefined && floor > after) {
        steps?.push({ step: 'note', code: 'not-before', params: { milestone: timing.notBefore!, date: formatIsoDate(floor) } });
        return { due: floor };
      }
      return { due: after };
    }
    case 'employmentEnd':
      if (f.employmentEnd === undefined) return undefined;
      steps?.push({ step: 'employment-end', date: formatIsoDate(f.employmentEnd) });
      return { due: f.employmentEnd };
  }
}
