import type { PathResolvers } from '../generated/resolvers-types.js';
import { entityRef } from './lookup.js';

/** A path between two entities. */
export const Path: PathResolvers = {
  length: (path) => path.hops.length,
  nodes: (path, _args, { kg }) => path.nodes.map((id) => entityRef(kg, id)),
};
