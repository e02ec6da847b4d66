import type { OutletResolvers } from '../generated/resolvers-types.js';
import { entityFields } from './Entity.js';
import { relatedField } from './related-field.js';

/** Outlet fields: the shared entity fields and the works the outlet published. */
export const Outlet: OutletResolvers = {
  ...entityFields,
  published: relatedField('published_in', 'IN'),
};
