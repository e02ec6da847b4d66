import { entityMentionsByDocument } from '../../../graph/documents-of-entity.js';
import type { QueryResolvers } from '../../generated/resolvers-types.js';

export const documentsMentioning: NonNullable<QueryResolvers['documentsMentioning']> = (_parent, { entity }, { kg }) =>
  entityMentionsByDocument(kg, entity);
