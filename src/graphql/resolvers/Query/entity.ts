import { resolveEntity } from '../../../graph/resolve-entity.js';
import type { QueryResolvers } from '../../generated/resolvers-types.js';

export const entity: NonNullable<QueryResolvers['entity']> = (_parent, { id }, { kg }) => resolveEntity(kg, id);
