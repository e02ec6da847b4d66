import { listDocuments } from '../../../graph/list-documents.js';
import type { QueryResolvers } from '../../generated/resolvers-types.js';

export const documents: NonNullable<QueryResolvers['documents']> = (_parent, { where, sort }, { kg }) => listDocuments(kg, { where, sort });
