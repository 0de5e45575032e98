/**
 * The end of wage payment: BW 7:629(1) and (11); WIA 24, 25(9)-(14), 64(6). The base is the last day of
 * the wachttijd (a verkorte wachttijd does not shorten it); then every extension the law gives, in this
 * order, each starting where the previous one ended:
 *
 * 1. a late 13th-week report, by the delay (old BW 7:629(11)(a); parameter `lateReportExtends`);
 * 2. a vrijwillige verlenging, to the end UWV set (WIA 24(1); BW 7:629(11)(b));
 * 3. a late WIA application, by the delay (BW 7:629(11)(a); parameter `lateApplicationExtends`, WIA 123b),
 *    unless WIA 64(6) deems it timely: UWV's letter came late and the application followed within
 *    `lateLetterGraceDays`, provided the report to UWV was made before the wachttijd had lasted
 *    `reportBeforeWeeks` weeks;
 * 4. each loonsanctie (WIA 25(9)): from the day after the end so far (postponed by pregnancy leave at that
 *    moment, interrupted by leave during it), for the weeks UWV set; none when decided after that end
 *    (25(11)); ending `herstelDays` after UWV finds the shortcoming repaired (25(14)), and as many days
 *    sooner as UWV's decision came after its deadline (25(14), second sentence; the milestone named
 *    `inputs.decision`). For those
 *    incapacitated before 15 August 2004 (parameter `loonsanctieWia` false, WIA 123b) it is the fixed
 *    period UWV set under WAO 71a(9), from the day after the end so far, with none of those rules.
 *
 * The milestones it reads (the application, the letter, the report, the loonsanctie decision) are the ones its rule file names in
 * `timing.inputs`; the numbers are the parameters of `rules/parameters.json`. The end of employment is not
 * handled here: the rule's `onEmploymentEnd` moves the date to the last day (ZW 38(2)).
 */
import { formatIsoDate, parseIsoDate, type EpochDay } from '../calendar/days.js';
import { firstWorkingDayFrom } from '../calendar/holidays.js';
import { dateOfCountedDay } from '../case/chain.js';
import { firstFrom, type CaseFacts, type Completion } from '../case/context.js';
import type { InputPositions } from '../rules/compiled.js';
import type { Trace } from '../explain/trace.js';
import type { Extension } from '../model/timeline-schema.js';
import type { Results } from './results.js';

/** The recorded completion of the milestone at `position` (-1: none named) within the chain. */
function completionAt(f: CaseFacts, position: number): Completion | undefined {
  // Not completionAt[-1]: a negative index is a property name, looked up the slow way.
  return position < 0 ? undefined : f.completionAt[position];
}

/**
 * The delay of a late WIA application, by which wage payment is extended (BW 7:629(11)(a)), or 0: none
 * for those incapacitated before 15 August 2004 (WIA 123b), none when the application was in time or is
 * deemed timely (WIA 64(6): UWV's letter came late and the application followed within four weeks,
 * provided the report to UWV was made before the wachttijd had lasted 81 weeks). Measured from the
 * application's due date. An application not yet made is no delay yet (a note says so).
 */
export function lateApplicationDelay(f: CaseFacts, results: Results, inputs: InputPositions, steps: Trace): number {
  const law = f.law;
  const application = results.at(inputs.application);
  if (!law.lateApplicationExtends || application === undefined) return 0;
  const made = completionAt(f, inputs.application);
  if (made === undefined) {
    if (f.asOf !== undefined && f.asOf > application.due && application.notApplicable === undefined) steps?.push({ step: 'note', code: 'wia-aanvraag-late-pending' });
    return 0;
  }
  if (made.date <= application.due) return 0;
  const letter = completionAt(f, inputs.letter);
  if (letter === undefined) {
    steps?.push({ step: 'note', code: 'wia-brief-assumed-in-time' });
    return made.date - application.due;
  }
  const letterDue = results.at(inputs.letter)?.due;
  const reported = completionAt(f, inputs.report)?.date;
  // WIA 64(6), second sentence: no protection if the report was not made before week 81 was complete.
  const reportedInTime = reported !== undefined && reported < dateOfCountedDay(f.chain, 7 * law.reportBeforeWeeks).date;
  const letterLate = letterDue !== undefined && letter.date > letterDue;
  // The four weeks are a short forward term set in a law: the Algemene termijnenwet extends one that ends
  // on a Saturday, Sunday or holiday (Atw 1(1)).
  if (letterLate && reportedInTime && made.date <= firstWorkingDayFrom(letter.date + law.lateLetterGraceDays)) {
    steps?.push({ step: 'note', code: 'wia-aanvraag-deemed-timely', params: { letter: formatIsoDate(letter.date) } });
    return 0;
  }
  if (letterLate && !reportedInTime) steps?.push({ step: 'note', code: 'wia-aanvraag-no-protection' });
  return made.date - application.due;
}

/** The extensions as far as they reach up to `end` (the last one cut short there, later ones left out). */
export function extensionsUpTo(extensions: readonly Extension[], end: EpochDay): Extension[] {
  const out: Extension[] = [];
  for (const e of extensions) {
    const from = parseIsoDate(e.from)!;
    if (from > end) break;
    const to = parseIsoDate(e.to)!;
    out.push(to <= end ? { ...e } : { cause: e.cause, from: e.from, to: formatIsoDate(end), days: end - from + 1 });
  }
  return out;
}

/** The end of wage payment so far and the extensions that brought it there (`wagePayment`). */
interface WagePayment {
  end: EpochDay;
  readonly extensions: Extension[];
}

/**
 * Extends wage payment `w` to `to` for `cause`. A function of the module, not an arrow in `wagePayment`:
 * an arrow over its variables would put them in a context object, allocated with the arrow on every call.
 */
function extend(w: WagePayment, cause: Extension['cause'], to: EpochDay, steps: Trace): void {
  const e: Extension = { cause, from: formatIsoDate(w.end + 1), to: formatIsoDate(to), days: to - w.end };
  w.extensions.push(e);
  steps?.push({ step: 'extension', cause, days: e.days, from: e.from, to: e.to });
  w.end = to;
}

export function wagePayment(f: CaseFacts, results: Results, inputs: InputPositions, steps: Trace): { end: EpochDay; extensions: Extension[] } {
  const law = f.law;
  const base = f.wachttijdEnd;
  const w: WagePayment = { end: base, extensions: [] };
  steps?.push({ step: 'note', code: 'wage-base', params: { date: formatIsoDate(base) } });
  if (f.verkorte?.end !== undefined) steps?.push({ step: 'note', code: 'verkorte-wachttijd-wage' });

  const report = results.at(inputs.report);
  if (law.lateReportExtends && report !== undefined) {
    if (report.completed !== undefined && report.completed > report.due) extend(w, 'late-ziekmelding', w.end + (report.completed - report.due), steps);
    else if (report.completed === undefined && f.asOf !== undefined && f.asOf > report.due) steps?.push({ step: 'note', code: 'late-ziekmelding-pending' });
  }

  if (f.verlenging !== undefined) extend(w, 'vrijwillige-verlenging', f.verlenging.until, steps);

  const delay = lateApplicationDelay(f, results, inputs, steps);
  if (delay > 0) extend(w, 'late-wia-aanvraag', w.end + delay, steps);

  // WIA 25(14), second sentence: a decision given after its deadline (25(10)) ends the period that much
  // sooner.
  const decisionDue = results.at(inputs.decision)?.due;
  const repairDecisionDue = results.at(inputs.repairDecision)?.due;
  for (const sanction of f.loonsancties) {
    if (!law.loonsanctieWia) {
      steps?.push({ step: 'note', code: 'loonsanctie-wao' });
      extend(w, 'loonsanctie', w.end + 7 * sanction.weeks, steps);
      continue;
    }
    if (sanction.date > w.end) {
      steps?.push({ step: 'note', code: 'loonsanctie-too-late', params: { date: formatIsoDate(sanction.date) } });
      continue;
    }
    let start = w.end + 1;
    // Pregnancy leave at the start postpones the period; leave during it interrupts it (WIA 25(9)).
    for (const l of f.leave) if (l.start <= start && l.end >= start) start = l.end + 1;
    let last = start + 7 * sanction.weeks - 1;
    for (const l of f.leave) if (l.start > start && l.start <= last) last += l.end - l.start + 1;
    const repaired = firstFrom(f.herstel, sanction.date);
    if (repaired !== undefined) {
      steps?.push({ step: 'note', code: 'loonsanctie-hersteld', params: { date: formatIsoDate(repaired) } });
      last = Math.min(last, repaired + law.herstelDays);
    }
    if (repaired !== undefined && repairDecisionDue !== undefined && repaired > repairDecisionDue) {
      steps?.push({ step: 'note', code: 'loonsanctie-late-repair-decision', params: { date: formatIsoDate(repaired), due: formatIsoDate(repairDecisionDue), days: repaired - repairDecisionDue } });
      last -= repaired - repairDecisionDue;
    }
    if (decisionDue !== undefined && sanction.date > decisionDue) {
      steps?.push({ step: 'note', code: 'loonsanctie-late-decision', params: { date: formatIsoDate(sanction.date), due: formatIsoDate(decisionDue), days: sanction.date - decisionDue } });
      last -= sanction.date - decisionDue;
    }
    if (last > w.end) extend(w, 'loonsanctie', last, steps);
  }
  return w;
}
