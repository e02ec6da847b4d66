import type { PlaceResolvers } from '../generated/resolvers-types.js';
import { entityFields } from './Entity.js';
import { relatedField } from './related-field.js';

/** Place fields: the shared entity fields and what is located there. */
export const Place: PlaceResolvers = {
  ...entityFields,
  locationOf: relatedField('located_in', 'IN'),
};
