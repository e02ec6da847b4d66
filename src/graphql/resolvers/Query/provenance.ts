import { provenance as provenanceOf } from '../../../graph/provenance.js';
import type { QueryResolvers } from '../../generated/resolvers-types.js';

export const provenance: NonNullable<QueryResolvers['provenance']> = (_parent, { id }, { kg }) => provenanceOf(kg, id);
