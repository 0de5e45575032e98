/**
 * Law in time: which version of a rule applies to a case. A version chosen by the first sick day applies
 * when the chain began inside its validity; a version chosen by the due date applies when the deadline
 * falls inside it (the text in force on that day). A deadline that a change of law catches mid-case
 * carries a `review` note, because the transitional law of such changes is not modelled.
 */
import { formatIsoDate, type EpochDay } from '../calendar/days.js';
import type { CaseFacts, RuleFacts } from '../case/context.js';
import type { Trace } from '../explain/trace.js';
import type { CompiledRule, CompiledTiming, CompiledVersion } from '../rules/compiled.js';
import type { ExplanationStep, ReviewNote } from '../model/timeline-schema.js';
import type { Results } from './results.js';
import { timingDate, type TimingOut } from './timing.js';

/** The version's timing for this case: a `choose` timing picks its branch by the case facts. */
export function timingOf(v: CompiledVersion, f: CaseFacts, steps: Trace): CompiledTiming {
  const chosen = timingFor(v, f.ruleFacts);
  if (steps !== undefined && v.when !== undefined) {
    const t = v.timing as Extract<CompiledVersion['timing'], { type: 'choose' }>;
    const facts = Object.entries(f.ruleFacts).filter(([name, value]) => value === true && JSON.stringify(t.when).includes(`"${name}"`)).map(([name]) => name);
    steps.push({ step: 'note', code: chosen === v.then ? 'choose-then' : 'choose-else', params: { facts: facts.join(', ') } });
  }
  return chosen;
}

/** A version's timing for a set of facts (a `choose` decided by them). */
function timingFor(v: CompiledVersion, facts: RuleFacts): CompiledTiming {
  return v.when === undefined ? v.plain! : v.when(facts) ? v.then! : v.else!;
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

/** A version chosen for every chain that starts in a range of days, with its timing for a set of facts. */
export interface Chosen {
  readonly version: CompiledVersion;
  readonly timing: CompiledTiming;
  /**
   * Chosen by the due date: the version applies when its timing's date falls within its range (and then
   * says whether the milestone exists: `absent`); otherwise `selectVersion` tries the later versions.
   */
  readonly byDue: boolean;
}

/**
 * The choice `selectVersion` makes for every chain that starts on a day in [`from`, `to`), made once:
 * the version chosen by the first sick day, and its timing for `facts` (a `choose` decided by them), or
 * the first version chosen by the due date that is tried for each of these days (`byDue`).
 * `null`: the version chosen by the first day says the milestone does not exist (`absent`). `undefined`:
 * the choice depends on more than the first day (a version whose range begins or ends within
 * [`from`, `to`)), and `selectVersion` makes it per case. The engine asks this once per range between
 * the days on which some version begins or ends and per set of facts (`#applicableRules`): the same
 * comparisons as `selectVersion`'s, made for every start in the range at once.
 */
export function chosenForStarts(rule: CompiledRule, from: EpochDay, to: EpochDay, facts: RuleFacts): Chosen | null | undefined {
  const versions = rule.versions;
  for (let i = 0; i < versions.length; i++) {
    const v = versions[i]!;
    if (v.selectBy === 'firstSickDay') {
      if (from >= v.from && to <= v.to) {
        if (v.absent) return null;
        return { version: v, timing: timingFor(v, facts), byDue: false };
      }
      // Not in force on any of these days: `selectVersion` passes it by for every one of them.
      if (to <= v.from || from >= v.to) continue;
      return undefined;
    }
    // A version chosen by the due date that ended before every one of these days is passed by too.
    if (v.to <= from) continue;
    // The first version chosen by the due date that every one of these days reaches: its timing is
    // computed first. In force since the first of them, it never needs the note of a change of law
    // mid-case (`version-transition`), so what remains per case is whether the date falls within it.
    if (v.to >= to && v.from <= from) return { version: v, timing: timingFor(v, facts), byDue: true };
    return undefined;
  }
  return undefined;
}

/**
 * `selectVersion` for a case of the set and range `chosen` was made for, without a trace: the chosen
 * version's timing into `out`, and the version when it applies. A version chosen by the due date that
 * does not claim the date leaves the choice to `selectVersion` after all (it tries the later ones).
 */
export function selectChosen(f: CaseFacts, results: Results, rule: CompiledRule, chosen: Chosen, out: SelectionOut): CompiledVersion | undefined {
  const v = chosen.version;
  if (!timingDate(f, results, chosen.timing, rule.id, undefined, out)) return undefined;
  if (chosen.byDue && (out.due < v.from || out.due >= v.to)) return selectVersion(f, results, rule, false, out);
  return v.absent ? undefined : v;
}
