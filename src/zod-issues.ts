import type { z } from 'zod';
import type { Issue } from './errors.js';

/** zod's issues as poortwachter issues: every problem, with its path and a readable message. */
export function zodIssues(error: z.ZodError): Issue[] {
  const out: Issue[] = [];
  for (const i of error.issues) {
    const params = (i as { params?: { code?: string } }).params;
    let message = i.message;
    if (i.code === 'unrecognized_keys') message = `unknown field${i.keys.length > 1 ? 's' : ''} ${i.keys.map((k) => `'${k}'`).join(', ')}`;
    out.push({ code: params?.code ?? i.code, path: i.path.map((p) => (typeof p === 'symbol' ? String(p) : p)), message });
  }
  return out;
}
