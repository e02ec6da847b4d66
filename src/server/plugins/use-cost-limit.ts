import { type DocumentNode, type ExecutionArgs, GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { estimateCost } from './estimate-cost.js';
import { searchCost } from './search-cost.js';

/** Options of {@link useCostLimit}. */
export interface CostLimitOptions {
  readonly maxCost: number;
  readonly defaultListSize: number;
}

/** Estimates remembered per document, at most, by operation name and variables (the oldest goes first). */
const COSTS_PER_DOCUMENT = 64;
/** Variables whose JSON is longer than this are not remembered (their estimate runs every time). */
const MAX_KEY_CHARS = 2048;

/** The key of an estimate among a document's: operation name and variables as JSON, or null when not kept. */
function costKey(operationName: string | null | undefined, variables: unknown): string | null {
  let json: string | undefined;
  try {
    json = JSON.stringify(variables ?? null);
  } catch {
    return null;
  }
  return json === undefined || json.length > MAX_KEY_CHARS ? null : `${operationName ?? ''}\u0000${json}`;
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
  // The estimate depends on nothing but the schema (one per server), the document, the operation
  // name and the variables: a repeated request finds it here (documents are yoga's cached ones).
  const known = new WeakMap<DocumentNode, Map<string, number>>();
  const costOf = ({ schema, document, operationName, variableValues }: ExecutionArgs): number => {
    const key = costKey(operationName, variableValues);
    const costs = known.get(document);
    const cached = key === null ? undefined : costs?.get(key);
    if (cached !== undefined) return cached;
    const cost = estimateCost(schema, document, operationName, variableValues, {
      defaultListSize: options.defaultListSize,
      fieldCosts: { 'Query.search': searchCost },
    });
    if (key === null) return cost;
    if (!costs) known.set(document, new Map([[key, cost]]));
    else {
      costs.set(key, cost);
      if (costs.size > COSTS_PER_DOCUMENT) costs.delete(costs.keys().next().value as string);
    }
    return cost;
  };
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const cost = costOf(args);
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
