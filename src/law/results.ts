/**
 * What the milestones computed so far came to, for one case: the table the later milestones read (a
 * plan van aanpak after the probleemanalyse, the wage-payment law after the WIA application). One table
 * per computation, an array over the engine's rule positions (timings name the positions they read:
 * `CompiledTiming.at`); nothing else is written during a case.
 */
import type { EpochDay } from '../calendar/days.js';
import type { Extension, Milestone } from '../model/timeline-schema.js';

export type NotApplicable = NonNullable<Milestone['notApplicable']>;

/** What one milestone came to, before formatting (an evaluation is one). */
export interface Computed {
  readonly due: EpochDay;
  readonly completed: EpochDay | undefined;
  readonly notApplicable: NotApplicable | undefined;
  /** For the end of wage payment: its extensions. */
  readonly extensions: readonly Extension[] | undefined;
}

export class Results {
  readonly #values: Array<Computed | undefined>;
  constructor(size: number) {
    this.#values = new Array<Computed | undefined>(size);
  }
  /**
   * What the milestone at `position` in the engine's order came to, `undefined` when it has no date in
   * this case or `position` is -1 (a timing that names no milestone there: `CompiledTiming`). The engine
   * records only the milestones some timing reads (the positions timings name).
   */
  at(position: number): Computed | undefined {
    // Not values[-1]: a negative index is a property name, looked up the slow way.
    return position < 0 ? undefined : this.#values[position];
  }
  /** Records the milestone at `position` (the engine knows it: no lookup by id). */
  setAt(position: number, value: Computed): void {
    this.#values[position] = value;
  }
}
