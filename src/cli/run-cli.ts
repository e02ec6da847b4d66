import { DiplomacyGraphError } from '../errors.js';
import { EXIT, type CliCommand, type CliCommandEntry } from './cli-command.js';
import type { CliIo } from './cli-io.js';
import { COMMANDS } from './commands/index.js';
import { describeSystemFault } from './describe-system-fault.js';
import { packageVersion } from './package-version.js';
import { UsageError } from './usage-error.js';

export type { CliIo } from './cli-io.js';

/** The top-level help. */
export const USAGE = `Usage: diplomacy-graph <command> [options]

Commands:
${COMMANDS.map((c) => `  ${c.name.padEnd(10)} ${c.summary}`).join('\n')}

Every command takes --data DIR (a dataset directory in the seeds/ format; env DATA_DIR; default:
the embedded seeds) and --help. Run diplomacy-graph <command> --help for its options.

  -h, --help      show this help
  --version       print the version

Exit codes: 0 success, 1 invalid dataset or GraphQL errors, 2 usage error, 3 a file, folder or
network fault (path and reason on one line), 70 an unexpected internal error (a bug). When the
reader of the output goes away (\`diplomacy-graph query … | head\`), the CLI ends quietly with 0.
`;

const byName = new Map<string, CliCommandEntry>(COMMANDS.map((c) => [c.name, c]));

/**
 * Runs the CLI with `argv` (without node and script); resolves to the exit code. The command is
 * the first argument that names one (so `--data DIR validate` works too); everything else goes to
 * the command. Usage errors print the command's help and exit 2; an invalid dataset or another
 * expected error prints its message and exits 1; a file, folder or network fault prints one line
 * naming the path and the reason and exits 3; anything else prints its message (never a stack)
 * and exits 70. It never throws.
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const at = argv.findIndex((arg) => byName.has(arg));
  if (at === -1) {
    if (argv.includes('--version')) {
      io.stdout.write(`${packageVersion()}\n`);
      return EXIT.ok;
    }
    if (argv.length === 0) {
      io.stderr.write(USAGE);
      return EXIT.usage;
    }
    if (argv[0] === 'help' || argv.includes('--help') || argv.includes('-h')) {
      const topic = argv[0] === 'help' ? argv[1] : undefined;
      if (topic !== undefined && !byName.has(topic)) {
        io.stderr.write(`diplomacy-graph: unknown command "${topic}"\n\n${USAGE}`);
        return EXIT.usage;
      }
      io.stdout.write(USAGE);
      return EXIT.ok;
    }
    const unknown = argv.find((arg) => !arg.startsWith('-'));
    io.stderr.write(`diplomacy-graph: ${unknown === undefined ? 'no command given' : `unknown command "${unknown}"`}\n\n${USAGE}`);
    return EXIT.usage;
  }
  const entry = byName.get(argv[at] as string) as CliCommandEntry;
  const args = [...argv.slice(0, at), ...argv.slice(at + 1)];
  let command: CliCommand;
  try {
    command = await entry.load();
  } catch (error) {
    return unexpected(entry.name, error, io);
  }
  if ((at === 1 && argv[0] === 'help') || args.includes('--help') || args.includes('-h')) {
    io.stdout.write(command.usage);
    return EXIT.ok;
  }
  return runCommand(command, args, io);
}

/** Runs a loaded command; its errors become messages and exit codes (see {@link runCli}). */
async function runCommand(command: CliCommand, args: readonly string[], io: CliIo): Promise<number> {
  try {
    return await command.run(args, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(`diplomacy-graph ${command.name}: ${error.message}\n\n${command.usage}`);
      return EXIT.usage;
    }
    if (error instanceof DiplomacyGraphError) {
      io.stderr.write(`${error.message}\n`);
      return EXIT.failed;
    }
    const fault = describeSystemFault(error);
    if (fault !== null) {
      io.stderr.write(`diplomacy-graph ${command.name}: ${fault}\n`);
      return EXIT.system;
    }
    return unexpected(command.name, error, io);
  }
}

/** An unexpected error (a bug): its message's first line, never a stack trace; exit 70. */
function unexpected(name: string, error: unknown, io: CliIo): number {
  const message = error instanceof Error ? error.message : String(error);
  io.stderr.write(`diplomacy-graph ${name}: unexpected error: ${message.split('\n')[0]}\n`);
  return EXIT.internal;
}
