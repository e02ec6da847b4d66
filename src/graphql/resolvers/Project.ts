import type { ProjectResolvers } from '../generated/resolvers-types.js';
import { entityFields } from './Entity.js';
import { relatedField } from './related-field.js';

/** Project fields: the shared entity fields, participants and locations. */
export const Project: ProjectResolvers = {
  ...entityFields,
  participants: relatedField('participates_in', 'IN'),
  candidates: relatedField('candidate_for', 'IN'),
  locations: relatedField('located_in', 'OUT'),
};
