import type { QueryResolvers } from '../../generated/resolvers-types.js';

export const document: NonNullable<QueryResolvers['document']> = (_parent, { id }, { kg }) => kg.documentById.get(id) ?? null;
