import { resolve } from 'node:path';
import { initDataset } from '../../curate/init-dataset.js';
import { EXIT, type CliCommand } from '../cli-command.js';
import { parseCommandArgs } from '../parse-command-args.js';
import { UsageError } from '../usage-error.js';

/** `diplomacy-graph init DIR`: an empty dataset to curate. */
export const initCommand: CliCommand = {
  name: 'init',
  usage: `Usage: diplomacy-graph init DIR

Creates DIR (it must be empty or absent) with the dataset layout: documents/, documents.yaml,
vocabulary/predicates.yaml (the seeds' predicates), entities/, statements/, positions/, the JSON
Schemas of every file in schema/ (each YAML file names its schema in its first line, for editors
with yaml-language-server) and a README. Then add documents with add-document.

Options:
  -h, --help               show this help
`,
  async run(args, io) {
    const { positionals } = parseCommandArgs(args, {});
    if (positionals.length !== 1) throw new UsageError('init takes one argument, the directory');
    const directory = resolve(io.cwd ?? process.cwd(), positionals[0] as string);
    const files = await initDataset(directory);
    io.stdout.write(`Created an empty dataset in ${positionals[0] as string}:\n${files.map((f) => `  ${f}`).join('\n')}\n`);
    return EXIT.ok;
  },
};
