import { type DocumentNode, type GraphQLSchema, getOperationAST } from 'graphql';
import { createCostContext, type FieldCostRule } from './cost/cost-context.js';
import { selectionSetCost } from './cost/selection-set-cost.js';

/** Options of {@link estimateCost}. */
export interface CostEstimateOptions {
  /** Size assumed for a list field without a size argument. */
  readonly defaultListSize: number;
  /** Integer arguments that give a list's (or connection's) size. Default `first`, `last`, `limit`. */
  readonly sizeArguments?: readonly string[];
  /** List arguments whose length gives the size of the list returned. Default `ids`. */
  readonly listArguments?: readonly string[];
  /**
   * Extra cost of one call of a field, beside its 1, by schema coordinate (`Query.search`), from
   * its arguments' values (literal, variable, variable default or argument default; undefined when
   * none is given): for fields whose work grows with an argument, not with what they return.
   */
  readonly fieldCosts?: Readonly<Record<string, FieldCostRule>>;
  /**
   * Fields of a connection that describe its whole list, not its page, so the page size does not
   * multiply them (and a page of 0 does not make them free). Default `aggregate`.
   */
  readonly wholeListFields?: readonly string[];
}

const DEFAULT_SIZE_ARGUMENTS = ['first', 'last', 'limit'] as const;
const DEFAULT_LIST_ARGUMENTS = ['ids'] as const;
const DEFAULT_WHOLE_LIST_FIELDS = ['aggregate'] as const;

/**
 * Estimates what an operation will resolve, before it runs, from the document **and the
 * variables**: every field costs 1, `__typename` too (other introspection fields cost nothing), and a
 * field's cost, its subtree included, is multiplied by the size of the list it returns:
 *
 * - a field with a size argument (`first`, `last`, `limit`) multiplies by that argument's value,
 *   whether written literally, passed as a variable, or left to the variable's or the
 *   argument's default (the largest, if several are given; `defaultListSize` if none is given
 *   and none has a default); a connection's `edges`/`nodes` directly under it then count once,
 *   and its whole-list fields (`aggregate`) are not multiplied by the page size at all;
 * - a field with a list argument (`ids`) multiplies by the list's length;
 * - any other list field multiplies by `defaultListSize`.
 *
 * Type-conditioned fragments on an abstract type count for the most expensive possible type, not
 * for all of them. The result may be `Infinity`; it is 0 when the operation does not exist (the
 * executor reports that). Run it on a validated document.
 */
export function estimateCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
  variables: Readonly<Record<string, unknown>> | null | undefined,
  options: CostEstimateOptions,
): number {
  const operation = getOperationAST(document, operationName ?? undefined);
  if (!operation) return 0;
  const root = schema.getRootType(operation.operation);
  if (!root) return 0;
  const context = createCostContext(schema, document, operation, variables, {
    defaultListSize: options.defaultListSize,
    sizeArguments: options.sizeArguments ?? DEFAULT_SIZE_ARGUMENTS,
    listArguments: options.listArguments ?? DEFAULT_LIST_ARGUMENTS,
    wholeListFields: options.wholeListFields ?? DEFAULT_WHOLE_LIST_FIELDS,
    fieldCosts: options.fieldCosts ?? {},
  });
  const total = selectionSetCost(context, operation.selectionSet, root, false);
  return total.scaled + total.once;
}
