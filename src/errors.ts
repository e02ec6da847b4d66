/**
 * Error classes of diplomacy-graph. Tests and callers check the class, not the message.
 *
 * - {@link DatasetError}: the curated files are wrong; carries every problem found.
 * - {@link NotFoundError}: an id or alias that does not resolve, where null is not an answer.
 * - {@link InvalidArgumentError}: arguments out of range or malformed.
 *   - {@link UnknownEntityError}: an argument names an entity that does not exist.
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

  /**
   * The GraphQL `extensions` of this error: `code`, and what subclasses add. graphql-js copies an
   * error's `extensions` to the GraphQL error that wraps it, so in-process callers (the library's
   * `query()`) see them too.
   */
  get extensions(): Readonly<Record<string, unknown>> {
    return { code: this.code };
  }
}

/** An entity an {@link UnknownEntityError} proposes instead of a name that matched none. */
export interface EntitySuggestion {
  readonly id: string;
  readonly name: string;
  /** The entity kind, as the model spells it (`topic`). */
  readonly kind: string;
  /** `alias`: a name or alias close to the one given; `search`: found by full-text search. */
  readonly matchedBy: 'alias' | 'search';
  /** The alias (or name) that was close, for `alias` suggestions; null for `search`. */
  readonly alias: string | null;
}

/**
 * An argument names an entity (by id or alias) that does not exist: a `BAD_USER_INPUT` error whose
 * `reason` is `UNKNOWN_ENTITY`, naming the argument path (`where.concerns.is`, `from`) and the
 * closest entities by alias and by search, so a typo never reads as "no evidence".
 */
export class UnknownEntityError extends InvalidArgumentError {
  /** The specific reason, `UNKNOWN_ENTITY`, beside the general code `BAD_USER_INPUT`. */
  readonly reason = 'UNKNOWN_ENTITY';
  constructor(
    /** Path of the argument: `entity`, `from`, `where.concerns.is`, `where.AND[1].holder.id.in[0]`. */
    readonly argument: string,
    /** The name or id as given. */
    readonly value: string,
    /** The closest entities, best first (at most a handful). */
    readonly suggestions: readonly EntitySuggestion[],
  ) {
    const names = suggestions.map((s) => `${s.name} (${s.id})`);
    const hint =
      names.length === 0 ? '' : ` — did you mean ${names.slice(0, -1).join(', ')}${names.length > 1 ? ' or ' : ''}${names.at(-1)}?`;
    super(`${argument}: no entity is named "${value}"${hint}`);
  }

  override get extensions(): Readonly<Record<string, unknown>> {
    return {
      code: this.code,
      reason: this.reason,
      argument: this.argument,
      value: this.value,
      suggestions: this.suggestions.map((s) => ({ ...s, kind: s.kind.toUpperCase(), matchedBy: s.matchedBy.toUpperCase() })),
    };
  }
}

/** Work stopped because its caller's `shouldStop` said so (a deadline passed); nothing was returned. */
export class InterruptedError extends DiplomacyGraphError {
  constructor(message: string) {
    super('INTERRUPTED', message);
  }
}
