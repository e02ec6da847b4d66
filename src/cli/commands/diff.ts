import { resolve } from 'node:path';
import { datasetDiff, formatDatasetDiff } from '../../curate/dataset-diff.js';
import { defaultEntryCache } from '../../dataset/directory-entry-cache.js';
import { loadDataset } from '../../dataset/load-dataset.js';
import { EXIT, type CliCommand } from '../cli-command.js';
import { parseCommandArgs } from '../parse-command-args.js';
import { UsageError } from '../usage-error.js';

/** `diplomacy-graph diff OLD_DIR NEW_DIR`: what a curation change did to the facts. */
export const diffCommand: CliCommand = {
  name: 'diff',
  usage: `Usage: diplomacy-graph diff OLD_DIR NEW_DIR [--json]

Loads both datasets (each must be valid) and lists, by id, the statements and positions added
(+), removed (-) and changed (~, with the fields that changed), each with its quotes and their
offsets; then the entities, documents and predicates added or removed. A fact that only moved to
another file or line is unchanged. Exit 0 whether or not they differ.

Options:
  --json                   print the diff as JSON
  -h, --help               show this help
`,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, { json: { type: 'boolean' } });
    if (positionals.length !== 2) throw new UsageError('diff takes two arguments, OLD_DIR and NEW_DIR');
    const cwd = io.cwd ?? process.cwd();
    const [before, after] = await Promise.all(positionals.map((dir) => loadDataset(resolve(cwd, dir), { cache: defaultEntryCache() })));
    const diff = datasetDiff(before as NonNullable<typeof before>, after as NonNullable<typeof after>);
    io.stdout.write(values.json ? `${JSON.stringify(diff, null, 2)}\n` : formatDatasetDiff(diff));
    return EXIT.ok;
  },
};
