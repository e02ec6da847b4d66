import { type FragmentSpreadNode, type GraphQLCompositeType, type InlineFragmentNode, isCompositeType } from 'graphql';
import type { CostContext, SelectionSetCoster, SetCost } from './cost-context.js';

/** The cost of a fragment's selections and the type they apply to. */
export interface ConditionalCost {
  readonly condition: GraphQLCompositeType;
  readonly cost: SetCost;
}

/** The cost of an inline fragment under `parent` (its type condition, or `parent` without one); null when its condition is not a composite type. */
export function inlineFragmentCost(
  context: CostContext,
  selection: InlineFragmentNode,
  parent: GraphQLCompositeType,
  sizedParent: boolean,
  selectionSetCost: SelectionSetCoster,
): ConditionalCost | null {
  const conditionName = selection.typeCondition?.name.value;
  const condition = conditionName ? context.schema.getType(conditionName) : parent;
  if (!condition || !isCompositeType(condition)) return null;
  return { condition, cost: selectionSetCost(context, selection.selectionSet, condition, sizedParent) };
}

/**
 * The cost of a named fragment's spread, computed once per fragment and sizing of its parent; null
 * when the fragment or its type is unknown, or the spread is inside the fragment itself.
 */
export function fragmentSpreadCost(
  context: CostContext,
  selection: FragmentSpreadNode,
  sizedParent: boolean,
  selectionSetCost: SelectionSetCoster,
): ConditionalCost | null {
  const name = selection.name.value;
  const fragment = context.fragments.get(name);
  const condition = fragment ? context.schema.getType(fragment.typeCondition.name.value) : undefined;
  if (!fragment || !condition || !isCompositeType(condition) || context.inProgress.has(name)) return null;
  const key = `${name}\u0000${sizedParent}`;
  let cost = context.fragmentCosts.get(key);
  if (cost === undefined) {
    context.inProgress.add(name);
    cost = selectionSetCost(context, fragment.selectionSet, condition, sizedParent);
    context.inProgress.delete(name);
    context.fragmentCosts.set(key, cost);
  }
  return { condition, cost };
}
