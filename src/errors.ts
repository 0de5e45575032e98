/**
 * Errors are values a caller can act on: a stable `code`, the `path` into the input (or rule file) that
 * is wrong, and a message. {@link InvalidInputError} carries every problem found, not just the first.
 */

export type IssuePath = ReadonlyArray<string | number>;

export interface Issue {
  /** Stable, machine-readable code such as `invalid_date` or `event_before_first_sick_day`. */
  readonly code: string;
  /** Where in the input the problem is, e.g. `['events', 2, 'date']`. */
  readonly path: IssuePath;
  readonly message: string;
}

export function formatPath(path: IssuePath): string {
  if (path.length === 0) return '(input)';
  let out = '';
  for (const part of path) out += typeof part === 'number' ? `[${part}]` : out === '' ? part : `.${part}`;
  return out;
}

export class PoortwachterError extends Error {
  readonly code: string;
  readonly path: IssuePath;

  constructor(code: string, message: string, path: IssuePath = []) {
    super(message);
    this.name = 'PoortwachterError';
    this.code = code;
    this.path = path;
  }
}

/** The case input is malformed or legally impossible; `issues` lists every problem found. */
export class InvalidInputError extends PoortwachterError {
  readonly issues: readonly Issue[];

  constructor(issues: readonly Issue[]) {
    const first = issues[0] ?? { code: 'invalid_input', path: [], message: 'Invalid input.' };
    const lines = issues.map((i) => `  - ${formatPath(i.path)}: ${i.message}`);
    super('INVALID_INPUT', `Invalid case input (${issues.length} problem${issues.length === 1 ? '' : 's'}):\n${lines.join('\n')}`, first.path);
    this.name = 'InvalidInputError';
    this.issues = issues;
  }
}

/** A rule file (built in, or from a caller's rule pack) does not match the rule schema. */
export class InvalidRuleError extends PoortwachterError {
  readonly issues: readonly Issue[];
  /** The file or pack entry the rule came from. */
  readonly source: string;

  constructor(source: string, issues: readonly Issue[]) {
    const lines = issues.map((i) => `  - ${source} ${formatPath(i.path)}: ${i.message}`);
    super('INVALID_RULE', `Invalid rule in ${source}:\n${lines.join('\n')}`, issues[0]?.path ?? []);
    this.name = 'InvalidRuleError';
    this.issues = issues;
    this.source = source;
  }
}

/** A milestone id asked for (e.g. by `explainMilestone`) is not in the timeline. */
export class UnknownMilestoneError extends PoortwachterError {
  constructor(id: string, known: readonly string[]) {
    super('UNKNOWN_MILESTONE', `Unknown milestone '${id}'. Known milestones: ${known.join(', ')}.`, ['milestone']);
    this.name = 'UnknownMilestoneError';
  }
}

/** Something went wrong inside poortwachter itself; never the caller's fault. Please report it. */
export class InternalError extends PoortwachterError {
  override readonly cause: unknown;
  /** `description`: the cause as text, when the caller has made it safely (see `describeThrown`). */
  constructor(cause: unknown, description?: string) {
    super('INTERNAL', `Internal error in poortwachter: ${description ?? (cause instanceof Error ? cause.message : String(cause))}`);
    this.name = 'InternalError';
    this.cause = cause;
  }
}

/** A description of a thrown value that cannot itself throw. */
export function describeThrown(e: unknown): string {
  try {
    if (typeof e === 'string') return e.slice(0, 200);
    if (typeof e === 'number' || typeof e === 'boolean' || typeof e === 'bigint') return String(e);
    if (e instanceof Error) {
      const m: unknown = e.message;
      if (typeof m === 'string') return m.slice(0, 200);
    }
  } catch {
    // The thrown value fights back (a throwing getter or trap): say no more than that.
  }
  return 'a value that cannot be shown';
}
