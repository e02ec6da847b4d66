import type { CountryResolvers } from '../generated/resolvers-types.js';
import { entityFields } from './Entity.js';
import { relatedField } from './related-field.js';

/** Country fields: the shared entity fields, ISO code, memberships, chairs, agreements, offices and bilateral relations. */
export const Country: CountryResolvers = {
  ...entityFields,
  iso2: (e) => e.attributes['iso2'] ?? '',
  memberOf: relatedField('member_of', 'OUT'),
  chairs: relatedField('chairs', 'OUT'),
  partyTo: relatedField('party_to', 'OUT'),
  offices: relatedField('office_of', 'IN'),
  bilateralRelations: relatedField('relation_with', 'BOTH'),
  signed: relatedField('signed', 'OUT'),
  participatesIn: relatedField('participates_in', 'OUT'),
  engagesWith: relatedField('engages_with', 'OUT'),
  initiated: relatedField('initiated', 'OUT'),
};
