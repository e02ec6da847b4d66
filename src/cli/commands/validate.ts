import { resolve } from 'node:path';
import { loadDataset } from '../../dataset/load-dataset.js';
import { EXIT, type CliCommand } from '../cli-command.js';
import { COMMON_USAGE, dataDirectory, parseCommandArgs } from '../parse-command-args.js';
import { UsageError } from '../usage-error.js';

/** `diplomacy-graph validate`: loads and checks a dataset, printing every problem. */
export const validateCommand: CliCommand = {
  name: 'validate',
  summary: 'Load and check a dataset; print every problem found',
  usage: `Usage: diplomacy-graph validate [--data DIR]

Loads the dataset (shapes, references, aliases, quotes located in their documents) and prints its
version and counts. Exit 1 with every problem (file:line [entry]: reason) if it is invalid.

Options:
${COMMON_USAGE}
`,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, {});
    if (positionals.length > 0) throw new UsageError(`validate takes no arguments, got "${positionals.join(' ')}"`);
    const directory = dataDirectory(values, io.env);
    const dataset = await loadDataset(directory === undefined ? undefined : resolve(io.cwd ?? process.cwd(), directory));
    io.stdout.write(
      `ok ${dataset.version}\n${dataset.documents.length} documents, ${dataset.entities.length} entities, ` +
        `${dataset.statements.length} statements, ${dataset.positions.length} positions, ${dataset.mentions.length} mentions\n`,
    );
    return EXIT.ok;
  },
};
