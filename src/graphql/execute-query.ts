import {
  type DocumentNode,
  type ExecutionResult,
  Kind,
  type TypeNode,
  execute,
  getOperationAST,
  isInputObjectType,
  parse,
  validate,
} from 'graphql';
import { type CompiledQuery, compileQuery, isCompiledQuery } from 'graphql-jit';
import type { GraphQLContext } from './context.js';
import { createSchema } from './create-schema.js';
import { withDatasetVersion } from './with-dataset-version.js';

/**
 * A valid document and what executing it has learnt: per operation name ('' for the default), the
 * number of runs so far until it is compiled, then the compiled query (or null if not compiled).
 */
interface Prepared {
  readonly document: DocumentNode;
  readonly states: Map<string, CompiledQuery | null | number>;
}

/**
 * Parsing and validating cost far more than executing a typical operation, and the schema never
 * changes in a process: valid documents are remembered by their source text (the oldest is
 * forgotten past {@link MAX_CACHED_DOCUMENTS}) and DocumentNodes (typed documents) once validated,
 * so a repeated operation costs one map lookup before it executes. Invalid ones are parsed and
 * validated again each time, so their errors are always fresh.
 */
const MAX_CACHED_DOCUMENTS = 1000;
const bySource = new Map<string, Prepared>();
const byDocument = new WeakMap<DocumentNode, Prepared>();

/**
 * graphql-jit compiles a valid document (per operation name) into a specialised function that
 * executes 3–10× faster than graphql-js here (see bench/results.md). Compiling costs far more than
 * one execution, so an operation is compiled on its second execution (a notebook's one-off query
 * never pays for it), and never when it declares a variable of an input object type: graphql-jit
 * generates coercion code for the whole recursive `where` filter types, which took 10–13 s per
 * document. Documents it cannot compile run on graphql-js.
 */
const JIT_AFTER_RUNS = 2;

function namedType(type: TypeNode): string {
  return type.kind === Kind.NAMED_TYPE ? type.name.value : namedType(type.type);
}

function worthCompiling(document: DocumentNode, operationName: string | undefined): boolean {
  const operation = getOperationAST(document, operationName);
  if (!operation) return false;
  const schema = createSchema();
  return (operation.variableDefinitions ?? []).every((v) => !isInputObjectType(schema.getType(namedType(v.type))));
}

function compiledQuery(prepared: Prepared, operationName: string | undefined): CompiledQuery | null {
  const key = operationName ?? '';
  const state = prepared.states.get(key) ?? 0;
  if (typeof state !== 'number') return state;
  if (state + 1 < JIT_AFTER_RUNS) {
    prepared.states.set(key, state + 1);
    return null;
  }
  let query: CompiledQuery | null = null;
  if (worthCompiling(prepared.document, operationName)) {
    const result = compileQuery(createSchema(), prepared.document, operationName);
    query = isCompiledQuery(result) ? result : null;
  }
  prepared.states.set(key, query);
  return query;
}

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

async function executeWithGraphqlJs(
  context: GraphQLContext,
  document: DocumentNode,
  variables: Record<string, unknown> | null | undefined,
  operationName: string | null | undefined,
): Promise<ExecutionResult> {
  const result = await execute({
    schema: createSchema(),
    document,
    variableValues: variables ?? undefined,
    operationName: operationName ?? undefined,
    contextValue: context,
  });
  return withDatasetVersion(result, context.kg.dataset.version);
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
  const prepared = prepare(source);
  if (!('states' in prepared)) return Promise.resolve(withDatasetVersion(prepared, context.kg.dataset.version));
  const { document } = prepared;
  // The compiled query answers; an answer with errors (bad variables, a resolver's error) is
  // recomputed by graphql-js, so errors, their messages and paths are exactly graphql-js's. The
  // resolvers only read the immutable graph, so running them twice is safe.
  const jit = compiledQuery(prepared, operationName ?? undefined);
  if (!jit) return executeWithGraphqlJs(context, document, variables, operationName);
  const answer = (fast: ExecutionResult): ExecutionResult | Promise<ExecutionResult> =>
    fast.errors === undefined || fast.errors.length === 0
      ? withDatasetVersion(fast, context.kg.dataset.version)
      : executeWithGraphqlJs(context, document, variables, operationName);
  try {
    const fast = jit.query(undefined, context, variables ?? undefined);
    // Synchronous resolvers give a synchronous answer: no extra turn of the event loop.
    return isPromiseLike(fast) ? Promise.resolve(fast).then(answer) : Promise.resolve(answer(fast));
  } catch {
    return executeWithGraphqlJs(context, document, variables, operationName);
  }
}

function isPromiseLike<T>(value: T | PromiseLike<T>): value is PromiseLike<T> {
  return typeof (value as { then?: unknown } | null)?.then === 'function';
}
