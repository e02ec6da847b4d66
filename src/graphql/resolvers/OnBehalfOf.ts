import type { OnBehalfOfResolvers } from '../generated/resolvers-types.js';
import { entityRef } from './lookup.js';

export const OnBehalfOf: OnBehalfOfResolvers = {
  entity: (o, _args, { kg }) => entityRef(kg, o.entity),
};
