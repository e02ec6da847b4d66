import type { EventResolvers } from '../generated/resolvers-types.js';
import { entityFields } from './Entity.js';
import { relatedField } from './related-field.js';

/** Event fields: the shared entity fields, participants and locations. */
export const Event: EventResolvers = {
  ...entityFields,
  participants: relatedField('participates_in', 'IN'),
  locations: relatedField('located_in', 'OUT'),
};
