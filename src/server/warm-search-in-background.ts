import type { KnowledgeGraph } from '../graph/knowledge-graph.js';
import { warmSearchResolver } from '../graphql/warm-search-index.js';
import type { ServerLogger } from './logger.js';

/**
 * Starts building `kg`'s search index in the background when `enabled` (by default for large
 * datasets, see `ListenOptions.warmSearchIndex`), and logs when it is built or why it failed.
 */
export function warmSearchInBackground(kg: KnowledgeGraph, enabled: boolean | undefined, logger: ServerLogger): void {
  const started = performance.now();
  warmSearchResolver(kg, enabled).then(
    (items) => {
      if (items !== null) logger.info({ msg: 'search index built', items, ms: Math.round(performance.now() - started) });
    },
    (error: unknown) => logger.error({ msg: 'search index failed', error: String(error) }),
  );
}
