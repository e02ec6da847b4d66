import type { ExecutionArgs, ExecutionResult } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { attachShouldStop, detachShouldStop } from '../../graphql/should-stop.js';
import { attachBudget, detachBudget, ExecutionBudget, type ExecutionBudgetLimits } from './execution-budget.js';

/**
 * `args` with the budget's abort signal as `signal`, made only if the executor reads it
 * (graphql-js's executor does; graphql-jit's compiled code does not, and an AbortSignal costs
 * microseconds to make).
 */
function withSignal(args: ExecutionArgs, budget: ExecutionBudget): ExecutionArgs {
  const execution = { ...args };
  Object.defineProperty(execution, 'signal', { get: () => budget.signal, enumerable: true, configurable: true });
  return execution;
}

/**
 * Gives every execution an {@link ExecutionBudget} (deadline, field and text limits) and runs it
 * with the budget's abort signal, which the executor checks before every field. When the budget
 * runs out the operation ends with `data: null` and one error coded `EXECUTION_TIMEOUT` or
 * `RESULT_TOO_LARGE`. Requires the schema to be wrapped by `withExecutionBudget`, whose resolvers
 * charge the budget (that is what stops synchronous work, which no timer can interrupt).
 */
export function useExecutionBudget(limits: ExecutionBudgetLimits): Plugin {
  return {
    onExecute({ executeFn, setExecuteFn }) {
      setExecuteFn(async (args: ExecutionArgs) => {
        const context = args.contextValue as object;
        const budget = new ExecutionBudget(limits);
        attachBudget(context, budget);
        // Long graph work (search) asks this between its steps: the deadline stops it too.
        attachShouldStop(context, () => budget.pastDeadline());
        const timer = setTimeout(() => budget.expire(), limits.executionTimeoutMs);
        timer.unref();
        try {
          const result = (await executeFn(withSignal(args, budget))) as ExecutionResult;
          // An executor that turned the abort into field errors (graphql-jit) still ends the same way.
          return budget.reason ? { data: null, errors: [budget.reason] } : result;
        } catch (error) {
          if (budget.reason && error === budget.reason) return { data: null, errors: [budget.reason] };
          throw error;
        } finally {
          clearTimeout(timer);
          detachBudget(context);
          detachShouldStop(context);
        }
      });
    },
  };
}
