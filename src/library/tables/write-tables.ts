import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { KnowledgeGraph } from '../../graph/knowledge-graph.js';
import { dataPackage } from './data-package.js';
import { rowsToCsv } from './rows-to-csv.js';
import type { TidyTable } from './tidy-table.js';
import { TIDY_TABLES } from './tidy-tables.js';

/** The CSV text of one tidy table of `kg`: its columns in schema order, RFC 4180. */
export function tableCsv(kg: KnowledgeGraph, table: TidyTable<object>): string {
  return rowsToCsv(
    table.rows(kg),
    table.fields.map((f) => f.name),
  );
}

/**
 * Writes every tidy table of `kg` to `directory` (created if missing) as `<table>.csv`, and
 * `datapackage.json` beside them; resolves to the paths written, datapackage.json last.
 */
export async function writeTables(kg: KnowledgeGraph, directory: string): Promise<string[]> {
  await mkdir(directory, { recursive: true });
  const paths: string[] = [];
  for (const table of TIDY_TABLES) {
    const path = join(directory, `${table.name}.csv`);
    await writeFile(path, tableCsv(kg, table), 'utf8');
    paths.push(path);
  }
  const descriptor = join(directory, 'datapackage.json');
  await writeFile(descriptor, `${JSON.stringify(dataPackage(kg), null, 2)}\n`, 'utf8');
  paths.push(descriptor);
  return paths;
}
