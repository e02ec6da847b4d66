import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { KnowledgeGraph } from '../graph/knowledge-graph.js';
import { exportAs, type ExportFormat, type ExportOptions } from './export-formats.js';

/**
 * Writes the knowledge graph in `format` to `out`: a file, or for `csv` a folder (created if
 * needed) receiving `nodes.csv` and `edges.csv`. Parent folders are created. Resolves to the
 * paths written.
 */
export async function writeExport(kg: KnowledgeGraph, format: ExportFormat, out: string, options: ExportOptions = {}): Promise<string[]> {
  if (format === 'csv') {
    const { nodes, edges } = exportAs(kg, 'csv', options);
    await mkdir(out, { recursive: true });
    const paths = [join(out, 'nodes.csv'), join(out, 'edges.csv')];
    await writeFile(paths[0] as string, nodes, 'utf8');
    await writeFile(paths[1] as string, edges, 'utf8');
    return paths;
  }
  await mkdir(dirname(out), { recursive: true });
  await writeFile(out, exportAs(kg, format, options), 'utf8');
  return [out];
}
