import { search as searchGraph } from '../../../graph/search.js';
import type { QueryResolvers } from '../../generated/resolvers-types.js';

export const search: NonNullable<QueryResolvers['search']> = (_parent, { query, types, kinds, prefix, fuzzy, matchAll, first }, { kg }) =>
  searchGraph(kg, query, {
    types,
    kinds,
    prefix,
    fuzzy,
    combineWith: matchAll ? 'and' : 'or',
    first,
  });
