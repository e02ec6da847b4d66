import { warmSearchIndex } from '../../../graph/search-index.js';
import { search as searchGraph } from '../../../graph/search.js';
import type { QueryResolvers } from '../../generated/resolvers-types.js';
import { shouldStopOf } from '../../should-stop.js';

/**
 * Builds the search index on first use in short slices between turns of the event loop (or waits
 * for the build the server started in the background), never in one block that would stall every
 * other request; then searches, stopping when the execution's deadline passes.
 */
export const search: NonNullable<QueryResolvers['search']> = async (
  _parent,
  { query, types, kinds, prefix, fuzzy, matchAll, first },
  context,
) => {
  await warmSearchIndex(context.kg);
  return searchGraph(context.kg, query, {
    types,
    kinds,
    prefix,
    fuzzy,
    combineWith: matchAll ? 'and' : 'or',
    first,
    shouldStop: shouldStopOf(context),
  });
};
