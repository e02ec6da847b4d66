import { fileURLToPath } from 'node:url';
import { defaultEntryCache } from '../../src/dataset/directory-entry-cache.js';
import { loadDataset } from '../../src/dataset/load-dataset.js';
import { createKnowledgeGraph, type KnowledgeGraph } from '../../src/graph/knowledge-graph.js';

/** Path of the one-document test dataset. */
export const MINI_SEEDS = fileURLToPath(new URL('../fixtures/mini-seeds', import.meta.url));

const cache = new Map<string, Promise<KnowledgeGraph>>();

/** The knowledge graph of a dataset directory, loaded once per test file. Default: the embedded seeds. */
export function loadGraph(directory?: string): Promise<KnowledgeGraph> {
  const key = directory ?? '<seeds>';
  let graph = cache.get(key);
  if (!graph) {
    graph = loadDataset(directory, { cache: defaultEntryCache() }).then(createKnowledgeGraph);
    cache.set(key, graph);
  }
  return graph;
}

/** The one-document test dataset (tests/fixtures/mini-seeds). */
export const miniGraph = (): Promise<KnowledgeGraph> => loadGraph(MINI_SEEDS);
/** The embedded seeds. */
export const seedsGraph = (): Promise<KnowledgeGraph> => loadGraph();
