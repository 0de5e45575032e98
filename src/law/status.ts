/**
 * The status of a milestone on `asOf`, by its kind: an `action` recorded on or before its due date is
 * `done`, after it `done-late`; not recorded and past due it is `overdue`, otherwise `open`. An `option`
 * is `open` until its day and `not-applicable` once that day has passed unused. A `moment` is `open`
 * until it has passed and `done` after.
 */
import type { EpochDay } from '../calendar/days.js';
import type { Status } from '../model/timeline-schema.js';

export function statusOf(kind: 'action' | 'option' | 'moment', due: EpochDay, completed: EpochDay | undefined, asOf: EpochDay): Status {
  if (kind === 'moment') return asOf > due ? 'done' : 'open';
  const done = completed !== undefined && completed <= asOf ? completed : undefined;
  if (done !== undefined) return done <= due ? 'done' : 'done-late';
  if (asOf <= due) return 'open';
  return kind === 'action' ? 'overdue' : 'not-applicable';
}
