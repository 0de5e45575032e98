/**
 * The explanation is recorded where the date is made: every law function takes a `Trace`, a list it
 * appends its steps to when the caller asked for explanations (`{ explain: true }`), or `undefined`, in
 * which case nothing is allocated for it. Both modes run the same code, so an explanation is always the
 * reasoning of the computation that produced the date.
 */
import type { ExplanationStep } from '../model/timeline-schema.js';

export type Trace = ExplanationStep[] | undefined;
