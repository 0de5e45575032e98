/**
 * `poortwachter/signals`: escalation rules of one's own, written for json-rules-engine, over a computed
 * timeline. A subpath of its own so that json-rules-engine reaches only the bundles that import it.
 *
 * ```ts
 * import { evaluateSignals } from 'poortwachter/signals';
 * const events = await evaluateSignals(timeline, [{
 *   conditions: { all: [{ fact: 'milestone', params: { id: 'probleemanalyse' }, path: '$.daysOverdue', operator: 'greaterThan', value: 7 }] },
 *   event: { type: 'notify-casemanager', params: { milestone: 'probleemanalyse' } },
 * }]);
 * ```
 */
export { evaluateSignals } from './signals/evaluate.js';
export type { SignalEvent, SignalOptions } from './signals/evaluate.js';
export { SIGNAL_FACTS, MILESTONE_FACT_FIELDS } from './signals/facts.js';
export type { MilestoneFact, SignalFactName } from './signals/facts.js';
export { signalRuleSchema } from './signals/schema.js';
export type { SignalRule } from './signals/schema.js';
