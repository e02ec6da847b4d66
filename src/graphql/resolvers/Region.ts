import type { RegionResolvers } from '../generated/resolvers-types.js';
import { entityFields } from './Entity.js';
import { relatedField } from './related-field.js';

/** Region fields: the shared entity fields and the region's parts. */
export const Region: RegionResolvers = {
  ...entityFields,
  parts: relatedField('part_of', 'IN'),
};
