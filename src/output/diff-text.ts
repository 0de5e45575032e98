/**
 * `poortwachter diff` as text: one line a change (`id  field  before → after`), and under a moved date
 * the explanation steps that differ, so that one sees why it moved.
 */
import type { TimelineChange } from '../compare/diff.js';
import { t, type Locale } from '../explain/messages.js';
import { stepLines } from '../explain/render.js';
import type { Timeline } from '../model/timeline-schema.js';
import { printable } from './printable.js';

const show = (v: unknown): string => (v === null ? '—' : typeof v === 'string' ? v : JSON.stringify(v));

export function renderDiff(before: Timeline, after: Timeline, changes: readonly TimelineChange[], locale: Locale): string {
  if (changes.length === 0) return t(locale, 'diff.none');
  const idWidth = Math.max(...changes.map((c) => c.id.length));
  const fieldWidth = Math.max(...changes.map((c) => c.field.length));
  const lines: string[] = [];
  for (const c of changes) {
    lines.push(`${c.id.padEnd(idWidth)}  ${c.field.padEnd(fieldWidth)}  ${show(c.before)} → ${show(c.after)}`);
    if (c.steps === undefined) continue;
    const was = before.milestones.find((m) => m.id === c.id)!;
    const now = after.milestones.find((m) => m.id === c.id)!;
    for (const l of stepLines(before, was, c.steps.before, locale)) lines.push(`    ${t(locale, 'diff.was')} ${l}`);
    for (const l of stepLines(after, now, c.steps.after, locale)) lines.push(`    ${t(locale, 'diff.now')} ${l}`);
  }
  return printable(lines.join('\n'));
}
