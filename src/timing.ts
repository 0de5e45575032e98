/**
 * The dates a rule's timing gives, and the end of wage payment with its extensions. Every function
 * takes an optional `steps` list: when given (explain mode), the reasoning is recorded in it; when
 * not (the fast path of a batch), nothing is allocated for it. Both modes run this same code.
 */
import type { CaseContext, NotApplicable } from './case-context.js';
import { addMonths, formatIsoDate, parseIsoDate, type EpochDay } from './days.js';
import { dateOfCountedDay, skippedBefore } from './periods.js';
import type { Timing } from './rule-schema.js';
import type { ExplanationStep } from './timeline-schema.js';

export type Steps = ExplanationStep[] | undefined;

export interface TimingResult {
  due: EpochDay;
  countedDay?: number;
  /** The milestone this one follows does not apply: neither does this one. */
  inherited?: NotApplicable;
}

/** The milestones `wagePaymentEnd` reads: einde-loondoorbetaling must come after them. */
export const WAGE_PAYMENT_INPUTS = ['einde-wachttijd', 'wia-aanvraag', 'wia-brief', 'ziekmelding-uwv'] as const;

/** WIA 123b(1): the late-application extension applies to those incapacitated from 2004-08-15. */
const LATE_APPLICATION_FROM = parseIsoDate('2004-08-15')!;

export function countedDay(ctx: CaseContext, k: number, steps: Steps): EpochDay {
  const r = dateOfCountedDay(ctx.chain, k);
  if (steps !== undefined) {
    const { gapDays, leaveDays } = skippedBefore(ctx.chain, r.date);
    steps.push({ step: 'counted-day', day: k, firstSickDay: formatIsoDate(ctx.chain.start), date: formatIsoDate(r.date), gapDays, leaveDays, projected: r.beyond });
  }
  return r.date;
}

/** The date a timing gives, or `undefined` when it depends on a milestone this case does not have. */
export function timingDate(ctx: CaseContext, timing: Timing, steps: Steps): TimingResult | undefined {
  const chain = ctx.chain;
  switch (timing.type) {
    case 'countedDay':
      return { due: countedDay(ctx, timing.day, steps), countedDay: timing.day };
    case 'afterMilestone': {
      const ref = ctx.computed.get(timing.milestone);
      if (ref === undefined) return undefined;
      const recorded = timing.from === 'due' ? undefined : ref.completed;
      const base = recorded ?? ref.due;
      steps?.push({ step: 'after-milestone', milestone: timing.milestone, days: timing.days, from: formatIsoDate(base), source: recorded !== undefined ? 'recorded' : 'due' });
      return { due: base + timing.days, inherited: ref.notApplicable };
    }
    case 'beforeEnd': {
      if (ctx.verlenging !== undefined) {
        steps?.push({ step: 'before-end', weeks: timing.weeks, endDay: timing.endDay, extendedUntil: formatIsoDate(ctx.verlenging.until) });
        return { due: ctx.verlenging.until - 7 * timing.weeks };
      }
      steps?.push({ step: 'before-end', weeks: timing.weeks, endDay: timing.endDay });
      const k = timing.endDay - 7 * timing.weeks;
      return { due: countedDay(ctx, k, steps), countedDay: k };
    }
    case 'months': {
      // Month terms run on the calendar from day 1; the counted day they reach is then moved by gaps.
      const raw = addMonths(chain.start, timing.months) - 1 + timing.offsetDays;
      const k = raw - chain.start + 1;
      steps?.push({ step: 'months', months: timing.months, offsetDays: timing.offsetDays, firstSickDay: formatIsoDate(chain.start), date: formatIsoDate(raw) });
      return { due: countedDay(ctx, k, steps), countedDay: k };
    }
    case 'monthsBeforeEnd': {
      const end = countedDay(ctx, timing.endDay, steps);
      const due = addMonths(end, -timing.months);
      steps?.push({ step: 'months-before-end', months: timing.months, endDate: formatIsoDate(end), date: formatIsoDate(due) });
      return { due };
    }
    case 'endOfWachttijd': {
      const end = countedDay(ctx, timing.day, steps);
      ctx.standardWachttijdEnd = end;
      if (ctx.verkorte?.end !== undefined) {
        steps?.push({ step: 'verkorte-wachttijd', application: formatIsoDate(ctx.verkorte.date), end: formatIsoDate(ctx.verkorte.end) });
        return { due: ctx.verkorte.end };
      }
      return { due: end, countedDay: timing.day };
    }
    case 'endOfWagePayment':
      return { due: wagePaymentEnd(ctx, steps) };
    case 'recurring': {
      const ref = ctx.computed.get(timing.after);
      if (ref === undefined) return undefined;
      const every = ctx.input.options?.evaluationIntervalDays ?? timing.everyDays;
      let last: EpochDay | undefined;
      for (const d of ctx.evaluations) if (ctx.asOf === undefined || d <= ctx.asOf) last = d;
      const base = last ?? ref.completed ?? ref.due;
      steps?.push({ step: 'recurring', everyDays: every, from: formatIsoDate(base), source: last !== undefined ? 'recorded-evaluation' : ref.completed !== undefined ? 'recorded' : 'due' });
      return { due: base + every, inherited: ref.notApplicable };
    }
    case 'employmentEnd':
      if (ctx.employmentEnd === undefined) return undefined;
      steps?.push({ step: 'employment-end', date: formatIsoDate(ctx.employmentEnd) });
      return { due: ctx.employmentEnd };
  }
}

/** BW 7:629(1),(11); WIA 24, 25(9)-(14): the end of the wachttijd plus every extension. */
export function wagePaymentEnd(ctx: CaseContext, steps: Steps): EpochDay {
  const base = ctx.standardWachttijdEnd ?? dateOfCountedDay(ctx.chain, 728).date;
  let end = base;
  const extend = (cause: Extract<ExplanationStep, { step: 'extension' }>['cause'], to: EpochDay): void => {
    steps?.push({ step: 'extension', cause, days: to - end, from: formatIsoDate(end + 1), to: formatIsoDate(to) });
    end = to;
  };
  steps?.push({ step: 'note', code: 'wage-base', params: { date: formatIsoDate(base) } });
  if (ctx.verkorte?.end !== undefined) steps?.push({ step: 'note', code: 'verkorte-wachttijd-wage' });

  // A late 13th-week report extended wage payment by the delay (old BW 7:629(11)(a), before 2008-08-01).
  const melding = ctx.computed.get('ziekmelding-uwv');
  if (melding !== undefined && melding.version === '13e-weeksmelding') {
    if (melding.completed !== undefined && melding.completed > melding.due) extend('late-ziekmelding', end + (melding.completed - melding.due));
    else if (melding.completed === undefined && ctx.asOf !== undefined && ctx.asOf > melding.due) steps?.push({ step: 'note', code: 'late-ziekmelding-pending' });
  }

  if (ctx.verlenging !== undefined) extend('vrijwillige-verlenging', ctx.verlenging.until);

  const application = ctx.computed.get('wia-aanvraag');
  if (application !== undefined && ctx.chain.start >= LATE_APPLICATION_FROM && ctx.regime.id !== 'wao-2002') {
    const made = ctx.completions.get('wia-aanvraag');
    if (made !== undefined && made.date > application.due) {
      const letter = ctx.completions.get('wia-brief');
      const letterDue = ctx.computed.get('wia-brief')?.due;
      const report = ctx.completions.get('ziekmelding-uwv')?.date;
      // WIA 64(6), second sentence: no protection if the 42e-weeksmelding was not made before week 81 was complete.
      const reportedInTime = report !== undefined && report < dateOfCountedDay(ctx.chain, 567).date;
      if (letter === undefined) {
        steps?.push({ step: 'note', code: 'wia-brief-assumed-in-time' });
        extend('late-wia-aanvraag', end + (made.date - application.due));
      } else if (letterDue !== undefined && letter.date > letterDue && reportedInTime && made.date <= letter.date + 28) {
        steps?.push({ step: 'note', code: 'wia-aanvraag-deemed-timely', params: { letter: formatIsoDate(letter.date) } });
      } else {
        if (letterDue !== undefined && letter.date > letterDue && !reportedInTime) steps?.push({ step: 'note', code: 'wia-aanvraag-no-protection' });
        extend('late-wia-aanvraag', end + (made.date - application.due));
      }
    } else if (made === undefined && ctx.asOf !== undefined && ctx.asOf > application.due && application.notApplicable === undefined) {
      steps?.push({ step: 'note', code: 'wia-aanvraag-late-pending' });
    }
  }

  for (const sanction of ctx.loonsancties) {
    if (sanction.date > end) {
      steps?.push({ step: 'note', code: 'loonsanctie-too-late', params: { date: formatIsoDate(sanction.date) } });
      continue;
    }
    let start = end + 1;
    // Pregnancy leave at the start postpones the period; leave during it interrupts it (WIA 25(9)).
    for (const l of ctx.leave) if (l.start <= start && l.end >= start) start = l.end + 1;
    let last = start + 7 * sanction.weeks - 1;
    for (const l of ctx.leave) {
      if (l.start > start && l.start <= last) last += l.end - l.start + 1;
    }
    const repaired = ctx.herstel.find((h) => h >= sanction.date);
    if (repaired !== undefined) {
      steps?.push({ step: 'note', code: 'loonsanctie-hersteld', params: { date: formatIsoDate(repaired) } });
      last = Math.min(last, repaired + 42);
    }
    if (last > end) extend('loonsanctie', last);
  }

  if (ctx.employmentEnd !== undefined && ctx.employmentEnd < end) {
    steps?.push({ step: 'employment-end', date: formatIsoDate(ctx.employmentEnd) });
    end = ctx.employmentEnd;
  }
  return end;
}
