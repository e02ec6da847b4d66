import type { QueryResolvers } from '../../generated/resolvers-types.js';

export const documents: NonNullable<QueryResolvers['documents']> = (_parent, _args, { kg }) => kg.dataset.documents;
