import type { WorkResolvers } from '../generated/resolvers-types.js';
import { entityFields } from './Entity.js';
import { relatedField } from './related-field.js';

/** Work fields: the shared entity fields, authors and outlets. */
export const Work: WorkResolvers = {
  ...entityFields,
  authors: relatedField('authored', 'IN'),
  publishedIn: relatedField('published_in', 'OUT'),
};
