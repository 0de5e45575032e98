/**
 * Renders a milestone's explanation steps (data recorded by the computation that produced its date) as
 * sentences in Dutch or English. Works on any plain copy of a timeline computed with `{ explain: true }`:
 * a stored JSON timeline, a `structuredClone`, a spread.
 */
import { PoortwachterError, UnknownMilestoneError } from '../errors.js';
import { readOptions } from '../model/read-options.js';
import { readTimeline } from '../model/read-timeline.js';
import type { ExplanationStep, Milestone, Timeline } from '../model/timeline-schema.js';
import { localeOf, lookup, t, type Locale } from './messages.js';
import { reviewText } from './review-notes.js';

export type { Locale } from './messages.js';

export interface ExplainOptions {
  readonly locale?: Locale;
}

function titleOf(timeline: Timeline, id: string, locale: Locale): string {
  return timeline.milestones.find((x) => x.id === id)?.title[locale] ?? id;
}

function stepText(step: ExplanationStep, m: Milestone, timeline: Timeline, locale: Locale): string {
  switch (step.step) {
    case 'rule': {
      const articles = m.basis.map((b) => t(locale, 'explain.article', { title: b.title, article: b.article })).join('; ');
      const selection = t(locale, step.selectBy === 'firstSickDay' ? 'explain.select.firstSickDay' : 'explain.select.due', { date: step.selectDate });
      return t(locale, 'explain.rule', { rule: step.rule, version: step.version, validity: `[${step.validFrom}, ${step.validTo ?? '…'})`, selection, articles });
    }
    case 'counted-day': {
      const parts = [`${step.firstSickDay} + ${step.day - 1} ${t(locale, 'word.days')}`];
      if (step.gapDays > 0) parts.push(t(locale, 'explain.gap-days', { days: step.gapDays }));
      if (step.leaveDays > 0) parts.push(t(locale, 'explain.leave-days', { days: step.leaveDays }));
      return t(locale, 'explain.counted-day', { day: step.day, parts: parts.join(' + '), date: step.date, projected: step.projected ? t(locale, 'explain.projected') : '' });
    }
    case 'after-milestone':
      return t(locale, 'explain.after-milestone', {
        milestone: step.milestone,
        source: t(locale, step.source === 'recorded' ? 'explain.source.recorded' : 'explain.source.due'),
        from: step.from,
        sign: step.days >= 0 ? '+' : '−',
        days: Math.abs(step.days),
      });
    case 'before-end':
      if (step.extendedUntil !== undefined) return t(locale, 'explain.before-extended-end', { weeks: step.weeks, until: step.extendedUntil, days: step.weeks * 7 });
      return t(locale, 'explain.before-end', { weeks: step.weeks, endDay: step.endDay, days: step.weeks * 7, day: step.endDay - step.weeks * 7 });
    case 'months':
      return t(locale, 'explain.months', { months: step.months, firstSickDay: step.firstSickDay, offset: step.offsetDays !== 0 ? t(locale, 'explain.offset', { days: step.offsetDays }) : '', date: step.date });
    case 'months-before-end':
      return t(locale, 'explain.months-before-end', { months: step.months, endDate: step.endDate, date: step.date });
    case 'recurring':
      return t(locale, `explain.recurring.${step.source}`, { every: step.everyDays, from: step.from, anchor: titleOf(timeline, step.milestone, locale) });
    case 'employment-end':
      return t(locale, 'explain.employment-end', { date: step.date });
    case 'verkorte-wachttijd':
      return t(locale, 'explain.verkorte-wachttijd', { application: step.application, end: step.end });
    case 'extension':
      return t(locale, 'explain.extension', { days: step.days, from: step.from, to: step.to, cause: lookup(locale, `cause.${step.cause}`) ?? step.cause });
    case 'deviation':
      return t(locale, 'explain.deviation', { due: step.due, reason: step.reason });
    case 'onverwijld':
      return t(locale, 'explain.onverwijld', { day: step.day, since: step.since, title: m.title[locale] });
    case 'completed':
      return t(locale, 'explain.completed', { date: step.date, via: step.via !== 'completed' ? t(locale, 'explain.via', { event: step.via }) : '' });
    case 'status':
      return t(locale, 'explain.status', { asOf: step.asOf, status: lookup(locale, `status.${step.status}`) ?? step.status });
    case 'note':
      return lookup(locale, `note.${step.code}`, step.params) ?? step.code;
  }
}

/** The milestone `id` of a timeline, or an `UnknownMilestoneError`. */
export function findMilestone(timeline: Timeline, id: string): Milestone {
  const m = timeline.milestones.find((x) => x.id === id);
  if (m === undefined) throw new UnknownMilestoneError(id, timeline.milestones.map((x) => x.id));
  return m;
}

/** The explanation of one milestone as lines of text (the first line is its title and date). */
export function explainMilestoneLines(stored: Timeline, id: string, options: ExplainOptions = {}): string[] {
  const locale = localeOf(readOptions(options, ['locale'], 'explainMilestone'));
  if (typeof id !== 'string') throw new PoortwachterError('INVALID_OPTION', `the milestone id must be a string such as 'probleemanalyse', not ${typeof id}`, []);
  const timeline = readTimeline(stored);
  return explanationLines(timeline, findMilestone(timeline, id), locale);
}

/** The lines of a milestone of a timeline already read (`readTimeline`). */
/** Some steps of a milestone's explanation as text (what `diffTimelines` says moved a date). */
export function stepLines(timeline: Timeline, m: Milestone, steps: readonly ExplanationStep[], locale: Locale): string[] {
  return steps.map((s) => stepText(s, m, timeline, locale));
}

export function explanationLines(timeline: Timeline, m: Milestone, locale: Locale): string[] {
  const id = m.id;
  if (m.explanation === undefined) {
    throw new PoortwachterError('NO_EXPLANATION', `this timeline was computed without explanations: compute it with { explain: true } (computeTimeline(input, { explain: true }) or engine.compute(input, { explain: true })) to explain '${id}'`, ['explanation']);
  }
  const lines = [t(locale, 'explain.head', { title: m.title[locale], due: m.due })];
  for (const s of m.explanation) lines.push(stepText(s, m, timeline, locale));
  if (m.review !== undefined) {
    // The timeline's review list holds the note as data: written in the reader's language.
    const note = timeline.review.find((r) => r.milestone === m.id && r.code !== undefined);
    lines.push(t(locale, 'explain.review', { text: note === undefined ? m.review : reviewText(note, locale) }));
  }
  return lines;
}

/**
 * Explains why a milestone's date is what it is: the rule and its version, the article, the
 * arithmetic, the events used and the status. `locale` is `nl` (default) or `en`. The timeline must have
 * been computed with `{ explain: true }`; a stored or copied one works as well.
 */
export function explainMilestone(timeline: Timeline, id: string, options: ExplainOptions = {}): string {
  const [head, ...rest] = explainMilestoneLines(timeline, id, options);
  return [head, ...rest.map((l, i) => `${i + 1}. ${l}`)].join('\n');
}
