import { type DocumentNode, type ExecutionResult, execute, parse, validate } from 'graphql';
import type { GraphQLContext } from './context.js';
import { createSchema } from './create-schema.js';
import { withDatasetVersion } from './with-dataset-version.js';

/**
 * Runs a GraphQL operation in-process against the knowledge graph in `context` (no HTTP). Parse
 * and validation errors come back as `errors`, as over HTTP; the result carries the dataset version.
 */
export async function executeQuery(
  context: GraphQLContext,
  source: string | DocumentNode,
  variables?: Record<string, unknown> | null,
  operationName?: string | null,
): Promise<ExecutionResult> {
  const schema = createSchema();
  let document: DocumentNode;
  try {
    document = typeof source === 'string' ? parse(source) : source;
  } catch (error) {
    return withDatasetVersion({ errors: [error as never] }, context.kg.dataset.version);
  }
  const errors = validate(schema, document);
  if (errors.length > 0) return withDatasetVersion({ errors }, context.kg.dataset.version);
  const result = await execute({
    schema,
    document,
    variableValues: variables ?? undefined,
    operationName: operationName ?? undefined,
    contextValue: context,
  });
  return withDatasetVersion(result, context.kg.dataset.version);
}
