/**
 * What changed between two timelines of the same case (`diffTimelines`): the nightly recomputation of an
 * HR system wants to know which deadlines moved, which lapsed and which appeared, to update calendars
 * and tell the casemanager. Both timelines are read like any stored timeline (a hostile or malformed
 * value is a `PoortwachterError`, never a TypeError).
 */
import { readTimeline } from '../model/read-timeline.js';
import type { ExplanationStep, Milestone, Timeline } from '../model/timeline-schema.js';
import { canonicalJson } from '../receipt/canonical.js';

export type JsonValue = string | number | boolean | null | readonly JsonValue[] | { readonly [key: string]: JsonValue };

/**
 * One change. `id` is a milestone id, or `timeline` for the timeline's own fields. `field` is the field
 * that changed (`due`, `status`, `notApplicable`, `completed`, … or `endOfWagePayment`, `periods`, …), or
 * `milestone` when the milestone itself appeared (`before: null`, `after`: its due date) or went away
 * (`before`: its due date, `after: null`). A field that is absent on one side is `null` there.
 */
export interface TimelineChange {
  readonly id: string;
  readonly field: string;
  readonly before: JsonValue;
  readonly after: JsonValue;
  /**
   * For a changed `due`, when both timelines were computed with `{ explain: true }`: the explanation steps
   * that differ, so that one can see why the date moved (e.g. a counted-day step with more gap days).
   */
  readonly steps?: { readonly before: readonly ExplanationStep[]; readonly after: readonly ExplanationStep[] };
}

/** The timeline's own fields, in the order of the timeline schema (milestones compared one by one). */
const TIMELINE_FIELDS = ['caseId', 'firstSickDay', 'asOf', 'regime', 'regimeTitle', 'countedDaysAsOf', 'employmentEnd', 'lastDayOfWachttijd', 'wiaStart', 'endOfWagePayment', 'extensions', 'periods', 'leave', 'earlierChains', 'review', 'receipt'] as const;
/** A milestone's fields, dates and statuses first; `explanation` is not compared (it says why, see `steps`). */
const MILESTONE_FIELDS = ['due', 'windowStart', 'countedDay', 'status', 'completed', 'notApplicable', 'onverwijld', 'deviation', 'review', 'rule', 'basis', 'title', 'kind', 'responsible', 'label'] as const;

function valueOf(record: object, field: string): JsonValue {
  const v = (record as Record<string, unknown>)[field];
  return v === undefined ? null : (v as JsonValue);
}

/**
 * What a step says for this purpose: the status step is left out (a status change is its own change),
 * and a rule step counts by its rule and version (the date it was chosen by moves with every date).
 */
function stepKey(s: ExplanationStep): string | undefined {
  if (s.step === 'status') return undefined;
  return s.step === 'rule' ? canonicalJson([s.rule, s.version]) : canonicalJson(s);
}

function stepsThatDiffer(before: Milestone, after: Milestone): TimelineChange['steps'] {
  if (before.explanation === undefined || after.explanation === undefined) return undefined;
  const was = new Set(before.explanation.map(stepKey));
  const now = new Set(after.explanation.map(stepKey));
  const differ = (steps: readonly ExplanationStep[], other: Set<string | undefined>): ExplanationStep[] =>
    steps.filter((s) => {
      const key = stepKey(s);
      return key !== undefined && !other.has(key);
    });
  return { before: differ(before.explanation, now), after: differ(after.explanation, was) };
}

/**
 * The changes from `before` to `after`, empty for equal timelines: first the timeline's own fields, then
 * the milestones in the order of `after` (by due date), then those only `before` had.
 */
export function diffTimelines(before: Timeline, after: Timeline): TimelineChange[] {
  const a = readTimeline(before);
  const b = readTimeline(after);
  const changes: TimelineChange[] = [];
  for (const field of TIMELINE_FIELDS) {
    const x = valueOf(a, field);
    const y = valueOf(b, field);
    if (canonicalJson(x) !== canonicalJson(y)) changes.push({ id: 'timeline', field, before: x, after: y });
  }
  const old = new Map(a.milestones.map((m) => [m.id, m]));
  for (const m of b.milestones) {
    const was = old.get(m.id);
    if (was === undefined) {
      changes.push({ id: m.id, field: 'milestone', before: null, after: m.due });
      continue;
    }
    for (const field of MILESTONE_FIELDS) {
      const x = valueOf(was, field);
      const y = valueOf(m, field);
      if (canonicalJson(x) === canonicalJson(y)) continue;
      const steps = field === 'due' ? stepsThatDiffer(was, m) : undefined;
      changes.push(steps === undefined ? { id: m.id, field, before: x, after: y } : { id: m.id, field, before: x, after: y, steps });
    }
  }
  const now = new Set(b.milestones.map((m) => m.id));
  for (const m of a.milestones) if (!now.has(m.id)) changes.push({ id: m.id, field: 'milestone', before: m.due, after: null });
  return changes;
}
