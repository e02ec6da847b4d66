import { type ExecutionArgs, GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { estimateCost } from './estimate-cost.js';
import { searchCost } from './search-cost.js';

/** Options of {@link useCostLimit}. */
export interface CostLimitOptions {
  readonly maxCost: number;
  readonly defaultListSize: number;
}

/**
 * Rejects an operation whose estimated cost ({@link estimateCost}) exceeds `maxCost`, before it
 * executes, with `COST_LIMIT_EXCEEDED` (HTTP 400 for `application/graphql-response+json`). The
 * estimate runs at execution time rather than as a validation rule because it needs the
 * variables: `entities(first: $n)` with `n = 1000000` costs what `entities(first: 1000000)` does
 * (graphql-armor's cost limit only reads literals, and yoga caches validation per document).
 * A search is charged by its terms and how they expand (`searchCost`), not only by its results.
 */
export function useCostLimit(options: CostLimitOptions): Plugin {
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const { schema, document, operationName, variableValues } = args as unknown as ExecutionArgs;
      const cost = estimateCost(schema, document, operationName, variableValues, {
        defaultListSize: options.defaultListSize,
        fieldCosts: { 'Query.search': searchCost },
      });
      if (cost <= options.maxCost) return;
      const shown = Number.isFinite(cost) ? String(cost) : 'unbounded';
      setResultAndStopExecution({
        errors: [
          new GraphQLError(
            `Query cost ${shown} exceeds the limit of ${options.maxCost}. Ask for fewer items (first/limit) or fewer nested lists.`,
            {
              extensions: {
                code: 'COST_LIMIT_EXCEEDED',
                cost: Number.isFinite(cost) ? cost : null,
                maxCost: options.maxCost,
                http: { status: 400, spec: true },
              },
            },
          ),
        ],
      });
    },
  };
}
