import { resolve } from 'node:path';
import { TIDY_TABLES } from '../../library/tables/tidy-tables.js';
import { writeTables } from '../../library/tables/write-tables.js';
import { EXIT, type CliCommand } from '../cli-command.js';
import { loadKnowledgeGraph } from '../load-knowledge-graph.js';
import { COMMON_USAGE, dataDirectory, parseCommandArgs } from '../parse-command-args.js';
import { UsageError } from '../usage-error.js';

const TABLE_LINES = TIDY_TABLES.map((t) => `  ${`${t.name}.csv`.padEnd(24)} ${t.title}`).join('\n');

/** `diplomacy-graph tables`: writes the tidy tables as CSV files with a Frictionless datapackage.json. */
export const tablesCommand: CliCommand = {
  name: 'tables',
  usage: `Usage: diplomacy-graph tables --out DIR [--data DIR]

Writes one CSV file per table, one observation per row (RFC 4180, UTF-8, CRLF line ends, an
empty cell for null), with enum values as the GraphQL schema spells them and list values as rows
of their own tables, and datapackage.json beside them: a Frictionless Data Package giving every
column's type, description and allowed values, the primary and foreign keys, and the dataset
version. The same tables as the library's graph.tables.

Tables:
${TABLE_LINES}

Options:
  -o, --out DIR            folder to write (created if missing; existing files of these names are replaced)
${COMMON_USAGE}

Example:
  diplomacy-graph tables --out tables/
  python3 -c "import pandas; print(pandas.read_csv('tables/positions.csv').stance.value_counts())"
`,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, { out: { type: 'string', short: 'o' } });
    if (positionals.length > 0) throw new UsageError(`tables takes no arguments, got "${positionals.join(' ')}"`);
    if (values.out === undefined || values.out === '') throw new UsageError('--out is required (a folder)');
    if (values.out === '-') throw new UsageError('tables writes several files: give --out a folder');
    const kg = await loadKnowledgeGraph(dataDirectory(values, io.env), io);
    const paths = await writeTables(kg, resolve(io.cwd ?? process.cwd(), values.out));
    for (const path of paths) io.stdout.write(`wrote ${path}\n`);
    return EXIT.ok;
  },
};
