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
 * Parsing and validating cost far more than executing a typical operation, and the schema never
 * changes in a process: valid documents are remembered by their source text (the oldest is
 * forgotten past {@link MAX_CACHED_DOCUMENTS}) and DocumentNodes (typed documents) once validated.
 * Invalid ones are parsed and validated again each time, so their errors are always fresh.
 */
const MAX_CACHED_DOCUMENTS = 1000;
const validDocuments = new Map<string, DocumentNode>();
const validated = new WeakSet<DocumentNode>();

/**
 * graphql-jit compiles a valid document (per operation name) into a specialised function that
 * executes 3–10× faster than graphql-js here (see bench/results.md). Compiling costs far more than
 * one execution, so an operation is compiled on its second execution (a notebook's one-off query
 * never pays for it), and never when it declares a variable of an input object type: graphql-jit
 * generates coercion code for the whole recursive `where` filter types, which took 10–13 s per
 * document. Documents it cannot compile run on graphql-js.
 */
const JIT_AFTER_RUNS = 2;
const compiled = new WeakMap<DocumentNode, Map<string, CompiledQuery | null | number>>();

function namedType(type: TypeNode): string {
  return type.kind === Kind.NAMED_TYPE ? type.name.value : namedType(type.type);
}

function worthCompiling(document: DocumentNode, operationName: string | undefined): boolean {
  const operation = getOperationAST(document, operationName);
  if (!operation) return false;
  const schema = createSchema();
  return (operation.variableDefinitions ?? []).every((v) => !isInputObjectType(schema.getType(namedType(v.type))));
}

function compiledQuery(document: DocumentNode, operationName: string | undefined): CompiledQuery | null {
  let byName = compiled.get(document);
  if (!byName) compiled.set(document, (byName = new Map<string, CompiledQuery | null | number>()));
  const key = operationName ?? '';
  const state = byName.get(key) ?? 0;
  if (typeof state !== 'number') return state;
  if (state + 1 < JIT_AFTER_RUNS) {
    byName.set(key, state + 1);
    return null;
  }
  let query: CompiledQuery | null = null;
  if (worthCompiling(document, operationName)) {
    const result = compileQuery(createSchema(), document, operationName);
    query = isCompiledQuery(result) ? result : null;
  }
  byName.set(key, query);
  return query;
}

function remember(source: string, document: DocumentNode): void {
  validDocuments.delete(source);
  validDocuments.set(source, document);
  if (validDocuments.size > MAX_CACHED_DOCUMENTS) validDocuments.delete(validDocuments.keys().next().value as string);
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
  const schema = createSchema();
  let document: DocumentNode;
  const cached = typeof source === 'string' ? validDocuments.get(source) : undefined;
  if (cached) document = cached;
  else {
    try {
      document = typeof source === 'string' ? parse(source) : source;
    } catch (error) {
      return Promise.resolve(withDatasetVersion({ errors: [error as never] }, version));
    }
    if (!validated.has(document)) {
      const errors = validate(schema, document);
      if (errors.length > 0) return Promise.resolve(withDatasetVersion({ errors }, version));
      validated.add(document);
    }
    if (typeof source === 'string') remember(source, document);
  }
  const slow = async (): Promise<ExecutionResult> =>
    withDatasetVersion(
      await execute({
        schema,
        document,
        variableValues: variables ?? undefined,
        operationName: operationName ?? undefined,
        contextValue: context,
      }),
      version,
    );
  // The compiled query answers; an answer with errors (bad variables, a resolver's error) is
  // recomputed by graphql-js, so errors, their messages and paths are exactly graphql-js's. The
  // resolvers only read the immutable graph, so running them twice is safe.
  const jit = compiledQuery(document, operationName ?? undefined);
  if (!jit) return slow();
  const answer = (fast: ExecutionResult): ExecutionResult | Promise<ExecutionResult> =>
    fast.errors === undefined || fast.errors.length === 0 ? withDatasetVersion(fast, version) : slow();
  try {
    const fast = jit.query(undefined, context, variables ?? undefined);
    // Synchronous resolvers give a synchronous answer: no extra turn of the event loop.
    return isPromiseLike(fast) ? Promise.resolve(fast).then(answer) : Promise.resolve(answer(fast));
  } catch {
    return slow();
  }
}

function isPromiseLike<T>(value: T | PromiseLike<T>): value is PromiseLike<T> {
  return typeof (value as { then?: unknown } | null)?.then === 'function';
}
