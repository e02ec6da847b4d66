import { type DocumentNode, type ExecutionResult, execute } from 'graphql';
import type { GraphQLContext } from './context.js';
import { createSchema } from './create-schema.js';
import { jitCompiled, runCompiled } from './jit-compiled.js';
import { prepareOperation, type PreparedOperations } from './prepared-operations.js';
import { withDatasetVersion } from './with-dataset-version.js';

/**
 * Runs a GraphQL operation in-process against the knowledge graph in `context` (no HTTP). Parse
 * and validation errors come back as `errors`, as over HTTP; the result carries the dataset version.
 * With `operations`, a repeated document is parsed and validated once, and runs compiled by
 * graphql-jit from its second run (see `jitCompiled`); without, each call prepares it afresh.
 */
export function executeQuery(
  context: GraphQLContext,
  source: string | DocumentNode,
  variables?: Record<string, unknown> | null,
  operationName?: string | null,
  operations?: PreparedOperations,
): Promise<ExecutionResult> {
  const version = context.kg.dataset.version;
  const prepared = operations ? operations.prepare(source) : prepareOperation(source);
  if (!('states' in prepared)) return Promise.resolve(withDatasetVersion(prepared, version));
  const { document } = prepared;
  const schema = createSchema();
  const graphqlJs = (): ExecutionResult | Promise<ExecutionResult> =>
    execute({ schema, document, variableValues: variables ?? undefined, operationName: operationName ?? undefined, contextValue: context });
  const jit = jitCompiled(schema, document, prepared.states, operationName ?? undefined);
  const answer = jit ? runCompiled(jit, undefined, context, variables, graphqlJs) : graphqlJs();
  // A synchronous answer is stamped at once: no extra turn of the event loop.
  return answer instanceof Promise
    ? answer.then((a) => withDatasetVersion(a, version))
    : Promise.resolve(withDatasetVersion(answer, version));
}
