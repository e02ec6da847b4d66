import type { KnowledgeGraph } from './knowledge-graph.js';
import { SearchIndex } from './search-index.js';
import { SearchIndexBuilder } from './search-index-builder.js';
import { searchItemCount } from './search-items.js';
import type { GraphWork } from './steps.js';

/**
 * Per knowledge graph: its search index, or the build in progress (a builder is resumable state,
 * so that a synchronous {@link searchIndexOf} can finish what {@link searchIndexWork}'s steps
 * began). Memoisation of a pure function of an immutable graph, held weakly: a graph no longer
 * used takes its index with it.
 */
const indexes = new WeakMap<KnowledgeGraph, SearchIndex | SearchIndexBuilder>();

/**
 * The search index of a knowledge graph, built now on first use and then memoised. If
 * {@link searchIndexWork}'s steps have begun building it, the rest is built now.
 */
export function searchIndexOf(kg: KnowledgeGraph): SearchIndex {
  const known = indexes.get(kg);
  if (known instanceof SearchIndex) return known;
  const index = new SearchIndex((known ?? new SearchIndexBuilder(kg.dataset)).finish());
  indexes.set(kg, index);
  return index;
}

/** The key of {@link searchIndexWork}. */
export const SEARCH_INDEX_WORK = 'search-index';

/**
 * Building the search index of `kg` as {@link GraphWork}: each step indexes a few dozen items, the
 * last sorts the postings and memoises the index for {@link searchIndexOf}. An adapter runs the
 * steps in slices between requests (the server's `warmSearchIndex`); a search that comes first
 * finishes the build at once. A step that throws drops the partial build.
 */
export function searchIndexWork(kg: KnowledgeGraph): GraphWork {
  return {
    key: SEARCH_INDEX_WORK,
    get done() {
      return hasSearchIndex(kg);
    },
    *steps() {
      try {
        for (;;) {
          const known = indexes.get(kg);
          if (known instanceof SearchIndex) return;
          const builder = known ?? new SearchIndexBuilder(kg.dataset);
          indexes.set(kg, builder);
          if (builder.addSome(() => true)) {
            searchIndexOf(kg);
            return;
          }
          yield;
        }
      } catch (error) {
        if (!hasSearchIndex(kg)) indexes.delete(kg);
        throw error;
      }
    },
  };
}

/** Whether the search index of `kg` is built already (a search then costs no build). */
export function hasSearchIndex(kg: KnowledgeGraph): boolean {
  return indexes.get(kg) instanceof SearchIndex;
}

/** Items above which `serve` builds the search index in the background after it starts (100k statements take about 3 s). */
const BACKGROUND_SEARCH_INDEX_ITEMS = 50_000;

/** Whether `kg` is large enough for `serve` to build its search index in the background at start. */
export function wantsBackgroundSearchIndex(kg: KnowledgeGraph): boolean {
  return searchItemCount(kg.dataset) >= BACKGROUND_SEARCH_INDEX_ITEMS;
}
