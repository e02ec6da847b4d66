import { search as searchGraph } from '../../../graph/search.js';
import type { SearchResultType } from '../../../graph/search-index.js';
import type { QueryResolvers } from '../../generated/resolvers-types.js';

export const search: NonNullable<QueryResolvers['search']> = (_parent, { query, types, kinds, prefix, fuzzy, matchAll, first }, { kg }) =>
  searchGraph(kg, query, {
    types: types?.map((type) => type.toLowerCase() as SearchResultType),
    kinds,
    prefix,
    fuzzy,
    combineWith: matchAll ? 'and' : 'or',
    first,
  });
