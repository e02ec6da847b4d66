import type { EgoNetworkResolvers } from '../generated/resolvers-types.js';
import { entityRef } from './lookup.js';

/** An entity's neighbourhood. */
export const EgoNetwork: EgoNetworkResolvers = {
  center: (ego, _args, { kg }) => entityRef(kg, ego.center),
};
