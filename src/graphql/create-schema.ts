import { makeExecutableSchema } from '@graphql-tools/schema';
import type { GraphQLSchema } from 'graphql';
import { typeDefs } from './generated/type-defs.js';
import { resolvers } from './resolvers/index.js';

let cached: GraphQLSchema | null = null;

/** The executable schema (SDL from schema/*.graphql + typed resolvers). Built once per process. */
export function createSchema(): GraphQLSchema {
  // In place: the schema built from the SDL is this function's own, so attaching the resolvers to it
  // needs no copy of every type (mapSchema), which is most of the start-up cost of the schema.
  cached ??= makeExecutableSchema({ typeDefs, resolvers, updateResolversInPlace: true });
  return cached;
}
