import { resolve } from 'node:path';
import { defaultEntryCache } from '../dataset/directory-entry-cache.js';
import { loadDataset } from '../dataset/load-dataset.js';
import { createKnowledgeGraph, type KnowledgeGraph } from '../graph/knowledge-graph.js';
import type { CliIo } from './cli-io.js';

/** Loads and indexes the dataset in `directory` (relative to the CLI's cwd), or the embedded seeds. Throws `DatasetError`. */
export async function loadKnowledgeGraph(directory: string | undefined, io: CliIo): Promise<KnowledgeGraph> {
  return createKnowledgeGraph(
    await loadDataset(directory === undefined ? undefined : resolve(io.cwd ?? process.cwd(), directory), {
      cache: defaultEntryCache(),
    }),
  );
}
