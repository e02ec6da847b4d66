import type { CliIo } from './cli-io.js';

/**
 * Exit codes: 0 success, 1 the data or the query failed (invalid dataset, GraphQL errors), 2 usage
 * error, 3 a file, folder or network fault (the path or address and the reason are printed), 70 an
 * unexpected internal error (a bug; its message is printed, never a stack trace).
 */
export const EXIT = Object.freeze({ ok: 0, failed: 1, usage: 2, system: 3, internal: 70 } as const);

/**
 * A subcommand of `diplomacy-graph` as the top-level help lists it; its module loads only when it
 * runs or its help is asked for.
 */
export interface CliCommandEntry {
  readonly name: string;
  /** One line for the command list. */
  readonly summary: string;
  /** Imports the command's module. */
  load(): Promise<CliCommand>;
}

/** A subcommand of `diplomacy-graph`, loaded. */
export interface CliCommand {
  readonly name: string;
  /** Full help, printed by `diplomacy-graph <name> --help`. */
  readonly usage: string;
  /**
   * Runs the command with its arguments (after the command name); resolves to the exit code.
   * Throws `UsageError` (exit 2) or `DatasetError` (exit 1) for the dispatcher to report.
   */
  run(args: readonly string[], io: CliIo): Promise<number>;
}
