import type { z } from 'zod';
import type { Issue } from './errors.js';

type RawIssue = z.core.$ZodIssue;

/**
 * How well a union branch fits the value: a branch that misses its required keys or sees unknown ones
 * is the wrong shape altogether; among the rest, the one whose issues lie deepest got furthest.
 */
function fit(issues: readonly RawIssue[]): number {
  let score = 0;
  for (const i of issues) {
    if (i.code === 'unrecognized_keys') score -= 1000;
    else if (i.code === 'invalid_type' && i.input === undefined) score -= 1000;
    else score += i.path.length + (i.code === 'invalid_union' ? 1 : 0);
  }
  return score;
}

function flatten(issue: RawIssue, prefix: PropertyKey[], out: Issue[]): void {
  const path = [...prefix, ...issue.path];
  // A union that failed in every branch: report the branch that got furthest into the value, so that
  // "applies.all[0].fact: unknown option" is said instead of "applies: Invalid input".
  if (issue.code === 'invalid_union' && issue.errors.length > 0) {
    const best = issue.errors.reduce((a, b) => (fit(b) > fit(a) ? b : a));
    if (fit(best) > -1000) {
      for (const i of best) flatten(i, path, out);
      return;
    }
  }
  const params = (issue as { params?: { code?: string } }).params;
  let message = issue.message;
  if (issue.code === 'unrecognized_keys') message = `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `'${k}'`).join(', ')}`;
  out.push({ code: params?.code ?? issue.code, path: path.map((p) => (typeof p === 'symbol' ? String(p) : p)), message });
}

/** zod's issues as poortwachter issues: every problem, with its path and a readable message. */
export function zodIssues(error: z.ZodError): Issue[] {
  const out: Issue[] = [];
  for (const i of error.issues) flatten(i as RawIssue, [], out);
  return out;
}
