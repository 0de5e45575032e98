/**
 * The shapes of compiled rules (`load.ts` makes them, the law reads them): types only, in a module of
 * their own, so that the law's modules and the rule loader can both use them without importing each
 * other.
 */
import type { EpochDay } from '../calendar/days.js';
import type { Basis } from '../model/primitives.js';
import type { Predicate } from './conditions.js';
import type { PlainTiming, RuleFile, RuleVersion, Timing } from './schema-build.js';

/**
 * A plain timing with its type beside it, in one shape for every kind of timing: the law reads the type
 * here instead of from the timing itself, whose shape differs by kind (a load that would otherwise see a
 * dozen shapes at one place, for every milestone of every case).
 */
export type CompiledTiming = {
  readonly [K in PlainTiming['type']]: {
    readonly type: K;
    readonly timing: Extract<PlainTiming, { type: K }>;
    /**
     * The engine position of the milestone the timing reads (`milestone`, `after`, `plusExtensionsOf`
     * or `notBefore`), -1 when it reads none: a case's results are read by position, not looked up by id.
     * Set when the engine orders its rules (`orderRules`); -1 in a rule that is compiled but not ordered.
     */
    readonly at: number;
    /** The positions of the milestones named in `inputs` (`endOfWagePayment`) or `lateApplication` (`beforeEnd`). */
    readonly inputs: InputPositions;
  };
}[PlainTiming['type']];

/** The milestones a timing's `inputs` or `lateApplication` name, as engine positions; -1 where none is named. */
export interface InputPositions {
  readonly application: number;
  readonly letter: number;
  readonly report: number;
  readonly decision: number;
  readonly repairDecision: number;
}

export interface CompiledVersion {
  readonly index: number;
  readonly data: RuleVersion;
  // The fields the law reads for every case, in a fixed shape (version files differ in optional fields).
  readonly selectBy: RuleVersion['selectBy'];
  readonly timing: Timing;
  /** The timing, when it is not a `choose`. */
  readonly plain: CompiledTiming | undefined;
  /** For a `choose` timing: its conditions, compiled, and its branches. */
  readonly when: Predicate | undefined;
  readonly then: CompiledTiming | undefined;
  readonly else: CompiledTiming | undefined;
  readonly window: CompiledTiming | undefined;
  readonly recurring: boolean;
  /** The milestone does not exist under this version. */
  readonly absent: boolean;
  /** The Algemene termijnenwet applies to the term. */
  readonly atw: boolean;
  /** The adjustments that can change this version's date, as bits (`law/adjustments.ts`, `adjustmentMask`). */
  readonly adjustments: number;
  readonly from: EpochDay;
  /** Exclusive; `OPEN_END` while in force. */
  readonly to: EpochDay;
  /** The cited sources, resolved, then the ones written out (`basis`): the milestone's `basis`. */
  readonly basis: readonly Basis[];
  /** This version's title, where it differs from the rule's. */
  readonly title: RuleFile['title'] | undefined;
  /** The `rule` field of a milestone: one shared frozen object. */
  readonly ref: Readonly<{ id: string; version: string; validFrom: string; validTo: string | null; selectBy: 'firstSickDay' | 'due' }>;
}

/**
 * The rule's behaviour flags, every one present (a fixed shape: the law code reads them for every
 * milestone of every case, and rule files differ in which optional fields they give).
 */
export interface RuleBehaviour {
  readonly kind: RuleFile['kind'];
  readonly deviable: boolean;
  readonly onverwijld: boolean;
  readonly uwvWorkingDayLeniency: boolean;
  readonly onEmploymentEnd: RuleFile['onEmploymentEnd'];
  readonly onVerkorteWachttijd: RuleFile['onVerkorteWachttijd'];
  readonly onRecovery: RuleFile['onRecovery'];
  readonly onAowAge: RuleFile['onAowAge'];
  readonly keptByEigenrisicodragerZw: boolean;
  readonly completedBy: RuleFile['completedBy'];
  readonly title: RuleFile['title'];
  readonly responsible: RuleFile['responsible'];
  readonly label: RuleFile['label'];
}

export interface CompiledRule {
  readonly id: string;
  readonly source: string;
  readonly data: RuleFile;
  readonly behaviour: RuleBehaviour;
  readonly applies: Predicate;
  readonly versions: readonly CompiledVersion[];
  /** Milestones whose results this one's timing reads: they are evaluated first. */
  readonly dependsOn: readonly string[];
  readonly builtIn: boolean;
}

/** The engine's rules, in the engine's rule order (each after the rules it reads), indexed. */
export interface RuleIndex {
  readonly ordered: readonly CompiledRule[];
  readonly ruleById: ReadonlyMap<string, CompiledRule>;
  readonly milestoneIds: readonly string[];
  /** Position of each rule in `ordered`. */
  readonly positions: ReadonlyMap<string, number>;
  /** The ids of the rules that may be moved by a `deviation` event. */
  readonly deviable: readonly string[];
}
