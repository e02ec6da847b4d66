import {
  type DocumentNode,
  type ExecutionResult,
  type GraphQLSchema,
  Kind,
  type TypeNode,
  getOperationAST,
  isInputObjectType,
} from 'graphql';
import type * as GraphqlJitModule from 'graphql-jit';
import type { CompiledQuery } from 'graphql-jit';

/**
 * What is known of one document's operations, per operation name ('' for the default): the number
 * of runs so far until it is compiled, then the compiled query (or null when it is not compiled).
 */
export type JitStates = Map<string, CompiledQuery | null | number>;

/**
 * graphql-jit compiles a valid document (per operation name) into a specialised function that
 * executes several times faster than graphql-js here (see bench/results.md). Compiling costs far
 * more than one execution, so an operation is compiled on its second execution (a one-off query
 * never pays for it, and a client sending ever new documents never makes the server compile).
 */
const JIT_AFTER_RUNS = 2;

type GraphqlJit = typeof GraphqlJitModule;
let graphqlJit: GraphqlJit | null = null;
let loading: Promise<void> | null = null;

/**
 * Loads graphql-jit (about 0.2 s), once. {@link jitCompiled} starts it the first time an operation
 * is due for compiling and runs operations on graphql-js until it is there, so neither a server's
 * cold start nor a notebook's first query waits for it. Await it to make compiling deterministic.
 */
export function loadJit(): Promise<void> {
  loading ??= import('graphql-jit').then((module) => {
    graphqlJit = module;
  });
  return loading;
}

function namedType(type: TypeNode): string {
  return type.kind === Kind.NAMED_TYPE ? type.name.value : namedType(type.type);
}

/**
 * Not when the operation declares a variable of an input object type: graphql-jit generates
 * coercion code for the whole recursive `where` filter types, which took 10–13 s per document.
 */
function worthCompiling(schema: GraphQLSchema, document: DocumentNode, operationName: string | undefined): boolean {
  const operation = getOperationAST(document, operationName);
  if (!operation) return false;
  return (operation.variableDefinitions ?? []).every((v) => !isInputObjectType(schema.getType(namedType(v.type))));
}

/**
 * The compiled form of a valid `document`'s operation to run now, or null to run it on graphql-js:
 * before its {@link JIT_AFTER_RUNS}th run, while graphql-jit is loading (see {@link loadJit}), when
 * it is not worth compiling, or when graphql-jit cannot compile it. `states` remembers the runs
 * and the outcome (see {@link JitStates}).
 */
export function jitCompiled(
  schema: GraphQLSchema,
  document: DocumentNode,
  states: JitStates,
  operationName: string | undefined,
): CompiledQuery | null {
  const key = operationName ?? '';
  const state = states.get(key) ?? 0;
  if (typeof state !== 'number') return state;
  if (state + 1 < JIT_AFTER_RUNS) {
    states.set(key, state + 1);
    return null;
  }
  let query: CompiledQuery | null = null;
  if (worthCompiling(schema, document, operationName)) {
    if (!graphqlJit) {
      void loadJit();
      return null;
    }
    const result = graphqlJit.compileQuery(schema, document, operationName);
    query = graphqlJit.isCompiledQuery(result) ? result : null;
  }
  states.set(key, query);
  return query;
}

function isPromiseLike<T>(value: T | PromiseLike<T>): value is PromiseLike<T> {
  return typeof (value as { then?: unknown } | null)?.then === 'function';
}

/**
 * Runs a compiled operation; an answer with errors (bad variables, a resolver's error), or a throw,
 * is recomputed by `graphqlJs`, so errors, their messages and paths are exactly graphql-js's. Sound
 * because the resolvers only read the immutable graph: running them twice changes nothing. A
 * synchronous compiled run answers synchronously (no extra turn of the event loop).
 */
export function runCompiled(
  jit: CompiledQuery,
  rootValue: unknown,
  contextValue: unknown,
  variables: Record<string, unknown> | null | undefined,
  graphqlJs: () => ExecutionResult | Promise<ExecutionResult>,
): ExecutionResult | Promise<ExecutionResult> {
  const answer = (fast: ExecutionResult): ExecutionResult | Promise<ExecutionResult> =>
    fast.errors === undefined || fast.errors.length === 0 ? fast : graphqlJs();
  try {
    const fast = jit.query(rootValue, contextValue, variables ?? undefined);
    return isPromiseLike(fast) ? Promise.resolve(fast).then(answer) : answer(fast);
  } catch {
    return graphqlJs();
  }
}
