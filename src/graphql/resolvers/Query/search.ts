import { searchIndexReady } from '../../../graph/search-index.js';
import { search as searchGraph } from '../../../graph/search.js';
import type { QueryResolvers } from '../../generated/resolvers-types.js';

/** Waits for a search index the server is building in the background, instead of building it again. */
export const search: NonNullable<QueryResolvers['search']> = async (
  _parent,
  { query, types, kinds, prefix, fuzzy, matchAll, first },
  { kg },
) => {
  await searchIndexReady(kg);
  return searchGraph(kg, query, {
    types,
    kinds,
    prefix,
    fuzzy,
    combineWith: matchAll ? 'and' : 'or',
    first,
  });
};
