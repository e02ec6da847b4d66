import type { CompanyResolvers } from '../generated/resolvers-types.js';
import { entityFields } from './Entity.js';
import { relatedField } from './related-field.js';

/** Company fields: the shared entity fields, acronym and participations. */
export const Company: CompanyResolvers = {
  ...entityFields,
  acronym: (e) => e.attributes['acronym'] ?? null,
  participatesIn: relatedField('participates_in', 'OUT'),
};
