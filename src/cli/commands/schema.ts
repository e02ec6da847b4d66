import { join, relative, resolve } from 'node:path';
import { DATASET_SCHEMA_FOLDER } from '../../curate/dataset-layout.js';
import { writeDatasetSchemas } from '../../curate/write-dataset-schemas.js';
import { defaultEntryCache } from '../../dataset/directory-entry-cache.js';
import { loadDataset } from '../../dataset/load-dataset.js';
import { EXIT, type CliCommand } from '../cli-command.js';
import { COMMON_USAGE, dataDirectory, parseCommandArgs } from '../parse-command-args.js';
import { UsageError } from '../usage-error.js';

/** `diplomacy-graph schema --data DIR`: JSON Schemas that know a dataset's ids. */
export const schemaCommand: CliCommand = {
  name: 'schema',
  usage: `Usage: diplomacy-graph schema --data DIR [--out OUT]

Loads the dataset and writes the JSON Schemas of its curated files (documents, predicates,
entities, statements, positions, coverage) into OUT (default DIR/${DATASET_SCHEMA_FOLDER}, which the files made by
init name in their first line). References (subject, object, holder, topic, about, evidence
documents, …) are enums of the dataset's own ids and predicates, so an editor with
yaml-language-server completes them. Run it again after adding entities or predicates.

Options:
  --out OUT                directory to write to
${COMMON_USAGE}
`,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, { out: { type: 'string' } });
    if (positionals.length > 0) throw new UsageError(`schema takes no arguments, got "${positionals.join(' ')}"`);
    const cwd = io.cwd ?? process.cwd();
    const data = dataDirectory(values, io.env);
    if (data === undefined && values.out === undefined) throw new UsageError('schema needs --data DIR or --out OUT');
    const dataset = await loadDataset(data === undefined ? undefined : resolve(cwd, data), { cache: defaultEntryCache() });
    const out = resolve(cwd, values.out ?? join(data as string, DATASET_SCHEMA_FOLDER));
    const written = await writeDatasetSchemas(dataset, out);
    io.stdout.write(
      `${dataset.entities.length} entities, ${dataset.predicates.length} predicates, ${dataset.documents.length} documents:\n` +
        `${written.map((f) => `  ${relative(cwd, f)}`).join('\n')}\n`,
    );
    return EXIT.ok;
  },
};
