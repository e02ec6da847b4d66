import { addResolversToSchema } from '@graphql-tools/schema';
import { buildASTSchema, type GraphQLSchema } from 'graphql';
import { schemaDocument } from './generated/schema-document.js';
import { resolvers } from './resolvers/index.js';

let cached: GraphQLSchema | null = null;

/**
 * A new executable schema (SDL from schema/*.graphql + typed resolvers), owned by the caller, who
 * may change its resolvers in place. Built from the SDL parsed at codegen time
 * (generated/schema-document.ts), without validating it again: codegen validated it, and
 * tests/graphql/schema-document.test.ts checks that it is valid and equal to the schema built
 * from schema/*.graphql. The same schema `makeExecutableSchema({ typeDefs, resolvers })` builds,
 * without its start-up cost (parsing and merging the SDL, validating it and the schema).
 */
export function buildExecutableSchema(): GraphQLSchema {
  const schema = buildASTSchema(schemaDocument, { assumeValidSDL: true, assumeValid: true });
  // In place: the schema is this function's own, so attaching the resolvers needs no copy of every type.
  return addResolversToSchema({ schema, resolvers, updateResolversInPlace: true });
}

/** The executable schema (SDL from schema/*.graphql + typed resolvers). Built once per process. */
export function createSchema(): GraphQLSchema {
  cached ??= buildExecutableSchema();
  return cached;
}
