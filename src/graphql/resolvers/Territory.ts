import type { TerritoryResolvers } from '../generated/resolvers-types.js';
import { entityFields } from './Entity.js';
import { relatedField } from './related-field.js';

/** Territory fields: the shared entity fields and what the territory is part of. */
export const Territory: TerritoryResolvers = {
  ...entityFields,
  partOf: relatedField('part_of', 'OUT'),
};
