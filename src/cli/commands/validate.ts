import { resolve } from 'node:path';
import { defaultEntryCache } from '../../dataset/directory-entry-cache.js';
import { loadDataset } from '../../dataset/load-dataset.js';
import type { Dataset } from '../../dataset/model.js';
import { DatasetError } from '../../errors.js';
import { DatasetWatcher } from '../../watch/dataset-watcher.js';
import { EXIT, type CliCommand } from '../cli-command.js';
import type { CliIo } from '../cli-io.js';
import { COMMON_USAGE, dataDirectory, parseCommandArgs } from '../parse-command-args.js';
import { UsageError } from '../usage-error.js';

function counts(dataset: Dataset): string {
  return (
    `${dataset.documents.length} documents, ${dataset.entities.length} entities, ` +
    `${dataset.statements.length} statements, ${dataset.positions.length} positions, ${dataset.mentions.length} mentions\n`
  );
}

/** Validates, then re-validates on every change until SIGINT/SIGTERM; each result is printed. */
async function validateWatching(directory: string, io: CliIo): Promise<number> {
  let initial: Dataset | null = null;
  try {
    initial = await loadDataset(directory, { cache: defaultEntryCache() });
    io.stdout.write(`ok ${initial.version}\n${counts(initial)}`);
  } catch (error) {
    if (!(error instanceof DatasetError)) throw error;
    io.stdout.write(`${error.message}\n`);
  }
  const watcher = new DatasetWatcher({
    directory,
    initial,
    onReload: (event) => {
      const stamp = new Date().toISOString().slice(11, 19);
      if (event.kind === 'reloaded') {
        const { added, removed, changed } = event.changes;
        io.stdout.write(
          `[${stamp}] ok ${event.dataset.version} (${event.ms} ms; ${added} added, ${removed} removed, ${changed} changed)\n${counts(event.dataset)}`,
        );
      } else {
        io.stdout.write(`[${stamp}] ${new DatasetError(event.issues).message}\n`);
      }
    },
  }).start();
  io.stdout.write(`watching ${directory} for changes (Ctrl+C to stop)\n`);
  const stop = (): void => void watcher.close().then(() => process.exit(0));
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
  return EXIT.ok;
}

/** `diplomacy-graph validate`: loads and checks a dataset, printing every problem. */
export const validateCommand: CliCommand = {
  name: 'validate',
  usage: `Usage: diplomacy-graph validate [--data DIR] [--watch]

Loads the dataset (shapes, references, aliases, quotes located in their documents) and prints its
version and counts. Exit 1 with every problem (file:line [entry]: reason) if it is invalid.

Options:
  --watch                  check again after every change, until Ctrl+C
${COMMON_USAGE}
`,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, { watch: { type: 'boolean' } });
    if (positionals.length > 0) throw new UsageError(`validate takes no arguments, got "${positionals.join(' ')}"`);
    const directory = dataDirectory(values, io.env);
    const absolute = directory === undefined ? undefined : resolve(io.cwd ?? process.cwd(), directory);
    if (values.watch) return validateWatching(absolute ?? (await loadDataset()).directory, io);
    const dataset = await loadDataset(absolute, { cache: defaultEntryCache() });
    io.stdout.write(`ok ${dataset.version}\n${counts(dataset)}`);
    return EXIT.ok;
  },
};
