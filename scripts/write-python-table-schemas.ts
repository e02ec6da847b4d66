// Writes python/src/diplomacy_graph/table_schemas.json: the Table Schema of every tidy table, so
// the Python client types DataFrames built from GraphQL answers as read_tables types the CSV files.
// Run after changing a table definition: npx tsx scripts/write-python-table-schemas.ts
// (tests/library/python-table-schemas.test.ts fails while the file is out of date).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tableSchemas } from '../src/library/tables/data-package.js';

/** The file's text: stable key order, two-space indent, a final newline. */
export const pythonTableSchemasJson = (): string => `${JSON.stringify(tableSchemas(), null, 2)}\n`;

/** Where the Python package keeps it. */
export const PYTHON_TABLE_SCHEMAS = join(import.meta.dirname, '..', 'python', 'src', 'diplomacy_graph', 'table_schemas.json');

if (process.argv[1] === import.meta.filename) {
  writeFileSync(PYTHON_TABLE_SCHEMAS, pythonTableSchemasJson());
  console.log(`wrote ${PYTHON_TABLE_SCHEMAS}`);
}
