import { createHash } from 'node:crypto';
import type { Plugin } from 'graphql-yoga';
import { createInMemoryCache, useResponseCache } from '@graphql-yoga/plugin-response-cache';

/** Options of {@link useDatasetResponseCache}. */
export interface DatasetResponseCacheOptions {
  /** Most results kept (least recently used first out). Default 1000. */
  readonly maxEntries?: number;
}

/**
 * Caches whole results of query operations for the life of the server. The data is immutable
 * while served, so a result never goes stale: the key is the dataset version, the operation name,
 * the document text and the variables, and there is no expiry, only an LRU bound. Results with
 * errors are not cached (the plugin's default), and neither are mutations (the schema has none).
 * Every request still passes the parsing, validation and limit checks before the cache is asked.
 */
export function useDatasetResponseCache(version: string, options: DatasetResponseCacheOptions = {}): Plugin {
  return useResponseCache({
    session: () => null,
    ttl: Infinity,
    cache: createInMemoryCache({ max: options.maxEntries ?? 1000 }),
    includeExtensionMetadata: false,
    // The key doubles as the response's ETag, so it must be a short header-safe token: a hash.
    buildResponseCacheKey: ({ documentString, variableValues, operationName }) =>
      createHash('sha256')
        .update(`${version}\u0000${operationName ?? ''}\u0000${documentString}\u0000${JSON.stringify(variableValues ?? {})}`)
        .digest('base64url'),
  });
}
