import type { NodeModel } from '../../graph/resolve-node.js';
import type { NodeResolvers } from '../generated/resolvers-types.js';
import { entityTypeName } from './Entity.js';

/** The GraphQL type of a node model, told apart by the fields only that model has. */
function nodeTypeName(node: NodeModel): 'Statement' | 'Position' | 'Document' | 'Predicate' | ReturnType<typeof entityTypeName> {
  if ('holder' in node) return 'Position';
  if ('subject' in node) return 'Statement';
  if ('sha256' in node) return 'Document';
  if ('inverse' in node) return 'Predicate';
  return entityTypeName(node);
}

/** The Relay Node interface: entities, statements, positions, documents and predicates. */
export const Node: NodeResolvers = {
  __resolveType: nodeTypeName,
};
