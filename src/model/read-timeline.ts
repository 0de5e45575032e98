/**
 * Reading a timeline handed back to poortwachter (a stored copy, a parsed JSON file, anything a caller
 * passes to a renderer or explainer): checked against the timeline schema (its JSON Schema, without zod:
 * `timeline-check.ts`) and copied, so that the renderers only ever see the shape they were written for. Odd values (`status: 'constructor'`, a due
 * date `'garbage'`, a missing field) are an `INVALID_TIMELINE` error listing what is wrong; objects that
 * throw when read are `UNREADABLE_INPUT`.
 */
import { describeThrown, formatPath, PoortwachterError } from '../errors.js';
import { checkTimeline } from './timeline-check.js';
import type { Timeline } from './timeline-schema.js';

/** At most this many problems are named in the message (the first one is the error's `path`). */
const SHOWN = 10;

export function readTimeline(value: unknown): Timeline {
  let checked: ReturnType<typeof checkTimeline>;
  try {
    checked = checkTimeline(value);
  } catch (e) {
    throw new PoortwachterError('UNREADABLE_INPUT', `the timeline could not be read: reading it threw ${describeThrown(e)}`, []);
  }
  const issues = checked.issues;
  if (issues.length === 0) return checked.copy as Timeline;
  const shown = issues.slice(0, SHOWN).map((i) => `${formatPath(i.path)}: ${i.message}`);
  const more = issues.length > SHOWN ? ` (and ${issues.length - SHOWN} more)` : '';
  throw new PoortwachterError('INVALID_TIMELINE', `not a timeline of poortwachter (${issues.length} problem${issues.length === 1 ? '' : 's'}): ${shown.join('; ')}${more}`, issues[0]?.path ?? []);
}
