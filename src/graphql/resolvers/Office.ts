import type { OfficeResolvers } from '../generated/resolvers-types.js';
import { entityFields } from './Entity.js';
import { relatedField } from './related-field.js';

/** Office fields: the shared entity fields, holders and the state or organization of the office. */
export const Office: OfficeResolvers = {
  ...entityFields,
  holders: relatedField('holds_office', 'IN'),
  officeOf: relatedField('office_of', 'OUT'),
};
