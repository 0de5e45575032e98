/**
 * What the milestones computed so far came to, for one case: the table the later milestones read (a
 * plan van aanpak after the probleemanalyse, the wage-payment law after the WIA application). One table
 * per computation, an array over the engine's rule positions; nothing else is written during a case.
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
  readonly #positions: ReadonlyMap<string, number>;
  constructor(positions: ReadonlyMap<string, number>) {
    this.#positions = positions;
    this.#values = new Array<Computed | undefined>(positions.size);
  }
  get(id: string): Computed | undefined {
    const p = this.#positions.get(id);
    return p === undefined ? undefined : this.#values[p];
  }
  set(id: string, value: Computed): void {
    this.#values[this.#positions.get(id)!] = value;
  }
  /** `set` by the rule's position in the engine's order (the engine knows it: no lookup by id). */
  setAt(position: number, value: Computed): void {
    this.#values[position] = value;
  }
}
