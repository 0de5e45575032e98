/**
 * Reading a timeline handed back to poortwachter (a stored copy, a parsed JSON file, anything a caller
 * passes to a renderer or explainer): checked against the timeline schema and copied, so that the
 * renderers only ever see the shape they were written for. Odd values (`status: 'constructor'`, a due
 * date `'garbage'`, a missing field) are an `INVALID_TIMELINE` error listing what is wrong; objects that
 * throw when read are `UNREADABLE_INPUT`.
 */
import { describeThrown, formatPath, PoortwachterError } from '../errors.js';
import { zodIssues } from '../zod-issues.js';
import { receiptSchema, timelineSchema, type Timeline } from './timeline-schema.js';

/** A stored timeline of 0.1 carries no receipt; everything else about it must be as computed. */
let storedSchema: typeof timelineSchema | undefined;
const stored = (): typeof timelineSchema => (storedSchema ??= timelineSchema.extend({ receipt: receiptSchema.optional() }) as unknown as typeof timelineSchema);

/** At most this many problems are named in the message (the first one is the error's `path`). */
const SHOWN = 10;

export function readTimeline(value: unknown): Timeline {
  let parsed: ReturnType<typeof timelineSchema.safeParse>;
  try {
    parsed = stored().safeParse(value);
  } catch (e) {
    throw new PoortwachterError('UNREADABLE_INPUT', `the timeline could not be read: reading it threw ${describeThrown(e)}`, []);
  }
  if (parsed.success) return parsed.data;
  const issues = zodIssues(parsed.error);
  const shown = issues.slice(0, SHOWN).map((i) => `${formatPath(i.path)}: ${i.message}`);
  const more = issues.length > SHOWN ? ` (and ${issues.length - SHOWN} more)` : '';
  throw new PoortwachterError('INVALID_TIMELINE', `not a timeline of poortwachter (${issues.length} problem${issues.length === 1 ? '' : 's'}): ${shown.join('; ')}${more}`, issues[0]?.path ?? []);
}
