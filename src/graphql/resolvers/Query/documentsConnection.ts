import { listDocuments } from '../../../graph/list-documents.js';
import { paginate } from '../../../graph/paginate.js';
import type { QueryResolvers } from '../../generated/resolvers-types.js';

export const documentsConnection: NonNullable<QueryResolvers['documentsConnection']> = (_parent, { where, sort, ...page }, { kg }) =>
  paginate(listDocuments(kg, { where, sort }), (d) => d.id, page);
