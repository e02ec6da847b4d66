import type { DocumentNode, ExecutionArgs, ExecutionResult } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { ServerLogger } from '../logger.js';
import { jitCompiled, runCompiled, type JitStates } from '../../graphql/jit-compiled.js';

/**
 * Executes operations compiled by graphql-jit from their second run, logged at debug level (see
 * `jitCompiled`: compiled once per document, never for input-object variables), on graphql-js
 * before that. An answer with errors is recomputed by graphql-js (`runCompiled`), so errors, their
 * messages, paths and masking are exactly graphql-js's; only error-free answers come from the
 * compiled code.
 *
 * Must come before `useExecutionBudget`, which wraps whatever executor is set before it: the
 * budget's resolvers wrappers charge it under both executors, and an exhausted budget makes every
 * further field throw, so a compiled run stops early too and the budget plugin reports it.
 */
export function useJitExecution(logger?: ServerLogger): Plugin {
  const states = new WeakMap<DocumentNode, JitStates>();
  return {
    onExecute({ args, executeFn, setExecuteFn }) {
      const { schema, document } = args as ExecutionArgs;
      let known = states.get(document);
      if (!known) states.set(document, (known = new Map() as JitStates));
      const operationName = (args as ExecutionArgs).operationName ?? undefined;
      const before = known.get(operationName ?? '');
      const started = performance.now();
      const jit = jitCompiled(schema, document, known, operationName);
      // Decided now: runs were being counted, and now the outcome is stored.
      if (typeof before === 'number' && typeof known.get(operationName ?? '') !== 'number') {
        logger?.debug({
          msg: jit ? 'graphql-jit compiled an operation' : 'graphql-jit left an operation to graphql-js',
          operationName: operationName ?? null,
          ms: Math.round(performance.now() - started),
        });
      }
      if (!jit) return;
      const graphqlJs = executeFn;
      setExecuteFn((execution: ExecutionArgs) =>
        runCompiled(jit, execution.rootValue, execution.contextValue, execution.variableValues, () =>
          Promise.resolve(graphqlJs(execution) as ExecutionResult | Promise<ExecutionResult>),
        ),
      );
    },
  };
}
