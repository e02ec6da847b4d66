/**
 * Error classes of diplomacy-graph. Tests and callers check the class, not the message.
 *
 * - {@link DatasetError}: the curated files are wrong; carries every problem found.
 * - {@link NotFoundError}: an id or alias that does not resolve, where null is not an answer.
 * - {@link InvalidArgumentError}: arguments out of range or malformed.
 */
export class DiplomacyGraphError extends Error {
  /** A stable, machine-readable code, also used as the GraphQL `extensions.code`. */
  readonly code: string;
  constructor(code: string, message: string) {
    super(message);
    this.name = new.target.name;
    this.code = code;
  }
}

/** One problem in a curated data file. */
export interface DatasetIssue {
  /** Path of the file, relative to the dataset directory. */
  file: string;
  /** 1-based line of the entry, where known. */
  line: number | null;
  /** The entry's id, or `#<index>` when it has none. */
  entry: string | null;
  /** What is wrong, in one sentence. */
  reason: string;
}

/** Formats an issue as `file:line [entry] reason`. */
export function formatDatasetIssue(issue: DatasetIssue): string {
  const where = issue.line === null ? issue.file : `${issue.file}:${issue.line}`;
  const entry = issue.entry === null ? '' : ` [${issue.entry}]`;
  return `${where}${entry}: ${issue.reason}`;
}

/** The dataset failed to load. Nothing of it was loaded; `issues` lists every problem found. */
export class DatasetError extends DiplomacyGraphError {
  readonly issues: readonly DatasetIssue[];
  constructor(issues: readonly DatasetIssue[]) {
    const head = `Dataset is invalid: ${issues.length} problem${issues.length === 1 ? '' : 's'}`;
    super('DATASET_INVALID', [head, ...issues.map((i) => `  ${formatDatasetIssue(i)}`)].join('\n'));
    this.issues = issues;
  }
}

/** An id or alias that resolves to nothing, where the caller required a match. */
export class NotFoundError extends DiplomacyGraphError {
  constructor(message: string) {
    super('NOT_FOUND', message);
  }
}

/** Arguments that are malformed or out of their allowed range. */
export class InvalidArgumentError extends DiplomacyGraphError {
  constructor(message: string) {
    super('BAD_USER_INPUT', message);
  }
}

/** Work stopped because its caller's `shouldStop` said so (a deadline passed); nothing was returned. */
export class InterruptedError extends DiplomacyGraphError {
  constructor(message: string) {
    super('INTERRUPTED', message);
  }
}
