import { EXPORT_FORMATS } from '../../export/export-format-info.js';
import type { CliCommandEntry } from '../cli-command.js';

/**
 * The commands of `diplomacy-graph`, in the order `--help` lists them. Each command's module (and
 * what it imports: the server, curation, export, tables, watch) loads only when that command runs,
 * so `serve` starts without the others' code.
 */
export const COMMANDS: readonly CliCommandEntry[] = [
  {
    name: 'serve',
    summary: 'Serve GraphQL and GraphiQL (default http://127.0.0.1:4000/graphql)',
    load: async () => (await import('./serve.js')).serveCommand,
  },
  {
    name: 'query',
    summary: 'Run a GraphQL query against the dataset and print the JSON response',
    load: async () => (await import('./query.js')).queryCommand,
  },
  {
    name: 'export',
    summary: `Export the graph (${EXPORT_FORMATS.join(', ')})`,
    load: async () => (await import('./export.js')).exportCommand,
  },
  {
    name: 'tables',
    summary: 'Write the tidy tables (CSV + datapackage.json) for pandas, R and spreadsheets',
    load: async () => (await import('./tables.js')).tablesCommand,
  },
  {
    name: 'stats',
    summary: 'Print the curation coverage report (counts, uncovered paragraphs, unlinked names)',
    load: async () => (await import('./stats.js')).statsCommand,
  },
  {
    name: 'validate',
    summary: 'Load and check a dataset; print every problem found',
    load: async () => (await import('./validate.js')).validateCommand,
  },
  // Curating (issue 15).
  {
    name: 'init',
    summary: 'Create an empty dataset directory (layout, predicates, JSON Schemas, README)',
    load: async () => (await import('./init.js')).initCommand,
  },
  {
    name: 'add-document',
    summary: 'Add a source document to a dataset and print its curation worksheet',
    load: async () => (await import('./add-document.js')).addDocumentCommand,
  },
  {
    name: 'worksheet',
    summary: "Print a document's curation worksheet (paragraphs, mentions, unlinked names)",
    load: async () => (await import('./worksheet.js')).worksheetCommand,
  },
  {
    name: 'schema',
    summary: "Write JSON Schemas listing a dataset's entity ids and predicates, for editors",
    load: async () => (await import('./schema.js')).schemaCommand,
  },
  {
    name: 'diff',
    summary: 'List the facts added, removed and changed between two datasets, with quotes',
    load: async () => (await import('./diff.js')).diffCommand,
  },
];
