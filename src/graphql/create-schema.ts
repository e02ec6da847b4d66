import { makeExecutableSchema } from '@graphql-tools/schema';
import type { GraphQLSchema } from 'graphql';
import { typeDefs } from './generated/type-defs.js';
import { resolvers } from './resolvers/index.js';

let cached: GraphQLSchema | null = null;

/** The executable schema (SDL from schema/*.graphql + typed resolvers). Built once per process. */
export function createSchema(): GraphQLSchema {
  cached ??= makeExecutableSchema({ typeDefs, resolvers });
  return cached;
}
