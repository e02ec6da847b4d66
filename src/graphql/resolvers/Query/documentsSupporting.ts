import { entitySupportByDocument } from '../../../graph/documents-of-entity.js';
import type { QueryResolvers } from '../../generated/resolvers-types.js';

export const documentsSupporting: NonNullable<QueryResolvers['documentsSupporting']> = (_parent, { entity }, { kg }) =>
  entitySupportByDocument(kg, entity);
