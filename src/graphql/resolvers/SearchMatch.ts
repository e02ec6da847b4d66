import type { SearchField } from '../../graph/search-index.js';
import type { SearchMatchResolvers, SearchField as GraphQLSearchField } from '../generated/resolvers-types.js';

const FIELD_NAMES = {
  name: 'NAME',
  aliases: 'ALIASES',
  lookupAliases: 'LOOKUP_ALIASES',
  description: 'DESCRIPTION',
  quotes: 'QUOTES',
  qualifiers: 'QUALIFIERS',
  value: 'VALUE',
  summary: 'SUMMARY',
  title: 'TITLE',
  metadata: 'METADATA',
  text: 'TEXT',
} as const satisfies Record<SearchField, GraphQLSearchField>;

/** A field a search result matched in. */
export const SearchMatch: SearchMatchResolvers = {
  field: (match) => FIELD_NAMES[match.field],
};
