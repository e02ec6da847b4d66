import type { GraphQLSchema } from 'graphql';
import { buildExecutableSchema } from '../graphql/create-schema.js';
import { addExecutionBudget } from './plugins/index.js';

let served: GraphQLSchema | null = null;

/**
 * The schema the HTTP server executes: the executable schema with every object field charging the
 * execution budget (`withExecutionBudget`). Built once per process and shared by every yoga
 * instance (a reload's included); its own copy, so the wrapping is done in place, and
 * `createSchema()` (in-process queries) stays unwrapped.
 */
export function servedSchema(): GraphQLSchema {
  served ??= addExecutionBudget(buildExecutableSchema());
  return served;
}
