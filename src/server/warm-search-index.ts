import type { KnowledgeGraph } from '../graph/knowledge-graph.js';
import { SEARCH_INDEX_WORK, searchIndexOf, searchIndexWork } from '../graph/search-index-of.js';
import type { SearchIndex } from '../graph/search-index.js';
import { backgroundRun, runInBackground } from './run-in-background.js';

/**
 * Builds the search index of `kg` in the background: slices of about `sliceMs` between turns of
 * the event loop, so that a server keeps answering while a large index builds (a million
 * statements take tens of seconds). Resolves with the index; a search through the server's
 * GraphQL waits for it rather than blocking everything else, and a synchronous `search` finishes
 * it at once. Starting it again while it runs shares the run; once built, resolves at once.
 */
export async function warmSearchIndex(kg: KnowledgeGraph, options: { readonly sliceMs?: number } = {}): Promise<SearchIndex> {
  await runInBackground(kg, searchIndexWork(kg), options.sliceMs);
  return searchIndexOf(kg);
}

/**
 * Resolves once the search index of `kg` can answer without blocking: at once when it exists or
 * nobody is building it in the background (a search then builds it), else when the background
 * build ends (whether it succeeded or not).
 */
export function searchIndexReady(kg: KnowledgeGraph): Promise<void> {
  const run = backgroundRun(kg, SEARCH_INDEX_WORK);
  return run
    ? run.then(
        () => undefined,
        () => undefined,
      )
    : Promise.resolve();
}
