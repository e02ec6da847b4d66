import type { AgreementResolvers } from '../generated/resolvers-types.js';
import { entityFields } from './Entity.js';
import { relatedField } from './related-field.js';

/** Agreement fields: the shared entity fields, parties and signatories. */
export const Agreement: AgreementResolvers = {
  ...entityFields,
  parties: relatedField('party_to', 'IN'),
  signatories: relatedField('signed', 'IN'),
  initiatedBy: relatedField('initiated', 'IN'),
};
