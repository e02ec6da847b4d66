import { resolve } from 'node:path';
import { EXPORT_FORMAT_INFO, EXPORT_FORMATS, isExportFormat } from '../../export/export-format-info.js';
import type { ExportOptions } from '../../export/export-formats.js';
import { rdfNamespaces } from '../../export/rdf-namespaces.js';
import { EXIT, type CliCommand } from '../cli-command.js';
import { loadKnowledgeGraph } from '../load-knowledge-graph.js';
import { COMMON_USAGE, dataDirectory, parseCommandArgs } from '../parse-command-args.js';
import { UsageError } from '../usage-error.js';

const FORMAT_LINES = EXPORT_FORMATS.map((f) => `  ${f.padEnd(10)} ${EXPORT_FORMAT_INFO[f].description}`).join('\n');

/** `diplomacy-graph export`: writes the graph in one of the export formats. */
export const exportCommand: CliCommand = {
  name: 'export',
  usage: `Usage: diplomacy-graph export --format FORMAT --out PATH [options] [--data DIR]

Writes the whole graph: entities (and literal values) as nodes, statements and position links as
edges, each with its predicate and evidence (document, quote, offsets).

Formats:
${FORMAT_LINES}

Options:
  --format FORMAT          one of the formats above
  --out PATH               file to write (csv: a folder receiving nodes.csv and edges.csv); - for stdout (not csv)
  --base IRI               ntriples, turtle: base of every IRI (default https://diplomacy-graph.example/)
  --array-delimiter C      csv: separator of array elements (default ;)
  --no-values              gexf, graphml, nodelink, csv: leave out literal-valued statements and their value nodes
${COMMON_USAGE}

Example:
  diplomacy-graph export --format gexf --out diplomacy.gexf
`,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, {
      format: { type: 'string', short: 'f' },
      out: { type: 'string', short: 'o' },
      base: { type: 'string' },
      'array-delimiter': { type: 'string' },
      'no-values': { type: 'boolean' },
    });
    if (positionals.length > 0) throw new UsageError(`export takes no arguments, got "${positionals.join(' ')}"`);
    const format = values.format;
    if (format === undefined) throw new UsageError(`--format is required (${EXPORT_FORMATS.join(', ')})`);
    if (!isExportFormat(format)) throw new UsageError(`unknown --format "${format}" (${EXPORT_FORMATS.join(', ')})`);
    if (values.out === undefined) throw new UsageError('--out is required (a file, a folder for csv, or - for stdout)');
    if (values.out === '-' && format === 'csv') throw new UsageError('csv writes two files: give --out a folder');
    if (values.base !== undefined) {
      try {
        rdfNamespaces(values.base);
      } catch (error) {
        throw new UsageError(`--base: ${(error as Error).message}`);
      }
    }
    const delimiter = values['array-delimiter'];
    if (delimiter !== undefined && (delimiter.length !== 1 || delimiter === ',' || delimiter === '"')) {
      throw new UsageError(`--array-delimiter must be one character other than , and ", got ${JSON.stringify(delimiter)}`);
    }
    const options: ExportOptions = {
      ...(values.base === undefined ? {} : { base: values.base }),
      ...(values['array-delimiter'] === undefined ? {} : { arrayDelimiter: values['array-delimiter'] }),
      ...(values['no-values'] ? { values: false } : {}),
    };
    // The writers (n3, graphology-gexf/graphml) load only when an export runs.
    const [{ exportAs }, { writeExport }] = await Promise.all([
      import('../../export/export-formats.js'),
      import('../../export/write-export.js'),
    ]);
    const kg = await loadKnowledgeGraph(dataDirectory(values, io.env), io);
    if (values.out === '-') {
      io.stdout.write(exportAs(kg, format as Exclude<typeof format, 'csv'>, options));
      return EXIT.ok;
    }
    const out = resolve(io.cwd ?? process.cwd(), values.out);
    let paths: string[];
    try {
      paths = await writeExport(kg, format, out, options);
    } catch (error) {
      // A failed write (a full device) names no path: the fault report needs --out's.
      if (error instanceof Error && (error as NodeJS.ErrnoException).path === undefined) Object.assign(error, { path: out });
      throw error;
    }
    for (const path of paths) io.stdout.write(`wrote ${path}\n`);
    return EXIT.ok;
  },
};
