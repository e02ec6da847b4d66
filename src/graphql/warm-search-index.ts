import type { KnowledgeGraph } from '../graph/knowledge-graph.js';
import { warmSearchIndex, wantsBackgroundSearchIndex } from '../graph/search-index.js';

/**
 * Starts building the index the `search` resolver needs, in the background, when `enabled`
 * (default: for datasets of `BACKGROUND_SEARCH_INDEX_ITEMS` items or more), so that a server's
 * first search does not block every other request while it builds; `search` waits for it. Resolves
 * with the number of indexed items once built, or null when not started.
 */
export function warmSearchResolver(kg: KnowledgeGraph, enabled: boolean = wantsBackgroundSearchIndex(kg)): Promise<number | null> {
  return enabled ? warmSearchIndex(kg).then((index) => index.documentCount) : Promise.resolve(null);
}
