import type { KnowledgeGraph } from '../graph/knowledge-graph.js';
import { wantsBackgroundSearchIndex } from '../graph/search-index-of.js';
import type { ServerLogger } from './logger.js';
import { warmSearchIndex } from './warm-search-index.js';

/**
 * Starts building `kg`'s search index in the background when `enabled` (by default for large
 * datasets, see `ListenOptions.warmSearchIndex`), and logs when it is built or why it failed.
 */
export function warmSearchInBackground(kg: KnowledgeGraph, enabled: boolean | undefined, logger: ServerLogger): void {
  if (!(enabled ?? wantsBackgroundSearchIndex(kg))) return;
  const started = performance.now();
  warmSearchIndex(kg).then(
    (index) => logger.info({ msg: 'search index built', items: index.documentCount, ms: Math.round(performance.now() - started) }),
    (error: unknown) => logger.error({ msg: 'search index failed', error: String(error) }),
  );
}
