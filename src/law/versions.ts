/**
 * Law in time: which version of a rule applies to a case. A version chosen by the first sick day applies
 * when the chain began inside its validity; a version chosen by the due date applies when the deadline
 * falls inside it (the text in force on that day). A deadline that a change of law catches mid-case
 * carries a `review` note, because the transitional law of such changes is not modelled.
 */
import { formatIsoDate, type EpochDay } from '../calendar/days.js';
import type { CaseFacts } from '../case/context.js';
import type { Trace } from '../explain/trace.js';
import type { CompiledRule, CompiledTiming, CompiledVersion } from '../rules/compiled.js';
import type { ExplanationStep, ReviewNote } from '../model/timeline-schema.js';
import type { Results } from './results.js';
import { timingDate, type TimingOut } from './timing.js';

/** The version's timing for this case: a `choose` timing picks its branch by the case facts. */
export function timingOf(v: CompiledVersion, f: CaseFacts, steps: Trace): CompiledTiming {
  if (v.when === undefined) return v.plain!;
  const holds = v.when(f.ruleFacts);
  if (steps !== undefined) {
    const t = v.timing as Extract<CompiledVersion['timing'], { type: 'choose' }>;
    const facts = Object.entries(f.ruleFacts).filter(([name, value]) => value === true && JSON.stringify(t.when).includes(`"${name}"`)).map(([name]) => name);
    steps.push({ step: 'note', code: holds ? 'choose-then' : 'choose-else', params: { facts: facts.join(', ') } });
  }
  return holds ? v.then! : v.else!;
}

/** What the choice of version writes into the milestone's draft, besides its timing's outcome. */
export interface SelectionOut extends TimingOut {
  review: ReviewNote | undefined;
  /** The chosen version's timing steps (with a trace only). */
  explanation: ExplanationStep[] | undefined;
}

/**
 * The version in force on `day` (a plain loop in a function of its own: a closure over `start` inside
 * `selectVersion` would allocate its context on every call, for every milestone of every case).
 */
function versionOn(rule: CompiledRule, day: EpochDay): CompiledVersion | undefined {
  const versions = rule.versions;
  for (let i = 0; i < versions.length; i++) if (day >= versions[i]!.from && day < versions[i]!.to) return versions[i];
  return undefined;
}

/**
 * Picks the rule version and computes its timing into `out`; `undefined` when the timing has nothing to
 * follow or the chosen version says the milestone does not exist (`absent`).
 */
export function selectVersion(f: CaseFacts, results: Results, rule: CompiledRule, explain: boolean, out: SelectionOut): CompiledVersion | undefined {
  const start = f.chain.start;
  // Each attempt records into a list of its own, so that only the chosen version's steps are kept.
  let steps: Trace;
  // Indexed loops here and in the rest of the law's hot path: optimised code still ran the iterator
  // protocol of for…of over these arrays, allocating a result object per step.
  const versions = rule.versions;
  for (let i = 0; i < versions.length; i++) {
    const v = versions[i]!;
    if (v.selectBy === 'firstSickDay') {
      if (start < v.from || start >= v.to) continue;
      if (v.absent) return undefined;
      steps = explain ? [] : undefined;
      if (!timingDate(f, results, timingOf(v, f, steps), rule.id, steps, out)) return undefined;
      out.review = undefined;
      out.explanation = steps;
      return v;
    }
    // Selected by the day it falls due: a version that ended before the chain began cannot apply.
    if (v.to <= start) continue;
    steps = explain ? [] : undefined;
    if (!timingDate(f, results, timingOf(v, f, steps), rule.id, steps, out)) return undefined;
    if (out.due >= v.from && out.due < v.to) {
      if (v.absent) return undefined;
      // A deadline that a change of law catches mid-case: unless the milestone did not exist before it.
      out.review =
        v.from > start && versionOn(rule, start)?.absent !== true
          ? { code: 'version-transition', params: { firstSickDay: formatIsoDate(start), validFrom: v.data.validFrom, version: v.data.version } }
          : undefined;
      out.explanation = steps;
      return v;
    }
  }
  // No version claims the date (a deadline that moved across a change): use the one in force on day 1.
  const fallback = versionOn(rule, start) ?? rule.versions[rule.versions.length - 1]!;
  steps = explain ? [] : undefined;
  if (!timingDate(f, results, timingOf(fallback, f, steps), rule.id, steps, out)) return undefined;
  out.review = { code: 'version-fallback', params: { version: fallback.data.version } };
  out.explanation = steps;
  return fallback;
}
