import type { OrganizationResolvers } from '../generated/resolvers-types.js';
import { entityFields } from './Entity.js';
import { relatedField } from './related-field.js';

/** Organization fields: the shared entity fields, acronym, members, memberships and chairs. */
export const Organization: OrganizationResolvers = {
  ...entityFields,
  acronym: (e) => e.attributes['acronym'] ?? null,
  members: relatedField('member_of', 'IN'),
  memberOf: relatedField('member_of', 'OUT'),
  chairedBy: relatedField('chairs', 'IN'),
  initiatedBy: relatedField('initiated', 'IN'),
  engagedBy: relatedField('engages_with', 'IN'),
  partyTo: relatedField('party_to', 'OUT'),
  participatesIn: relatedField('participates_in', 'OUT'),
};
