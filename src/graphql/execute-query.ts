import { type DocumentNode, type ExecutionResult, execute, parse, validate } from 'graphql';
import type { GraphQLContext } from './context.js';
import { createSchema } from './create-schema.js';
import { jitCompiled, runCompiled, type JitStates } from './jit-compiled.js';
import { withDatasetVersion } from './with-dataset-version.js';

/** A valid document and what is known of running it (see {@link JitStates}). */
interface Prepared {
  readonly document: DocumentNode;
  readonly states: JitStates;
}

/**
 * Parsing and validating cost far more than executing a typical operation, and the schema never
 * changes in a process: valid documents are remembered by their source text (the oldest is
 * forgotten past {@link MAX_CACHED_DOCUMENTS}) and DocumentNodes (typed documents) once validated,
 * so a repeated operation costs one map lookup before it executes. Invalid ones are parsed and
 * validated again each time, so their errors are always fresh. Operations run compiled by
 * graphql-jit from their second run (see {@link jitCompiled}).
 */
const MAX_CACHED_DOCUMENTS = 1000;
const bySource = new Map<string, Prepared>();
const byDocument = new WeakMap<DocumentNode, Prepared>();

/** The prepared form of a valid `source`, or the parse or validation errors of an invalid one. */
function prepare(source: string | DocumentNode): Prepared | ExecutionResult {
  const known = typeof source === 'string' ? bySource.get(source) : byDocument.get(source);
  if (known) return known;
  let document: DocumentNode;
  try {
    document = typeof source === 'string' ? parse(source) : source;
  } catch (error) {
    return { errors: [error as never] };
  }
  const errors = validate(createSchema(), document);
  if (errors.length > 0) return { errors };
  const prepared: Prepared = { document, states: new Map() };
  byDocument.set(document, prepared);
  if (typeof source === 'string') {
    bySource.set(source, prepared);
    if (bySource.size > MAX_CACHED_DOCUMENTS) bySource.delete(bySource.keys().next().value as string);
  }
  return prepared;
}

/**
 * Runs a GraphQL operation in-process against the knowledge graph in `context` (no HTTP). Parse
 * and validation errors come back as `errors`, as over HTTP; the result carries the dataset version.
 */
export function executeQuery(
  context: GraphQLContext,
  source: string | DocumentNode,
  variables?: Record<string, unknown> | null,
  operationName?: string | null,
): Promise<ExecutionResult> {
  const version = context.kg.dataset.version;
  const prepared = prepare(source);
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
