import type { PersonResolvers } from '../generated/resolvers-types.js';
import { entityFields } from './Entity.js';
import { relatedField } from './related-field.js';

/** Person fields: the shared entity fields and the person's offices, memberships and participations. */
export const Person: PersonResolvers = {
  ...entityFields,
  offices: relatedField('holds_office', 'OUT'),
  memberOf: relatedField('member_of', 'OUT'),
  participatesIn: relatedField('participates_in', 'OUT'),
  signed: relatedField('signed', 'OUT'),
  chairs: relatedField('chairs', 'OUT'),
  initiated: relatedField('initiated', 'OUT'),
};
