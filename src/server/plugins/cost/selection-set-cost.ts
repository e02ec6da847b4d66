import { type GraphQLCompositeType, type SelectionSetNode, Kind } from 'graphql';
import type { CostContext, SetCost } from './cost-context.js';
import { fieldCost } from './field-cost.js';
import { type ConditionalCost, fragmentSpreadCost, inlineFragmentCost } from './fragment-cost.js';
import { worstPossibleTypeCost } from './worst-possible-type-cost.js';

/**
 * The cost of a selection set under `parent`: its fields' costs ({@link fieldCost}) plus, for its
 * fragments, the most expensive type `parent` can be ({@link worstPossibleTypeCost}).
 * `sizedParent` when the field that selects it was given a size (a connection's page).
 */
export function selectionSetCost(context: CostContext, set: SelectionSetNode, parent: GraphQLCompositeType, sizedParent: boolean): SetCost {
  let scaled = 0;
  let once = 0;
  const conditional: ConditionalCost[] = [];
  for (const selection of set.selections) {
    if (selection.kind === Kind.FIELD) {
      const cost = fieldCost(context, selection, parent, sizedParent, selectionSetCost);
      scaled += cost.scaled;
      once += cost.once;
      continue;
    }
    const fragment =
      selection.kind === Kind.INLINE_FRAGMENT
        ? inlineFragmentCost(context, selection, parent, sizedParent, selectionSetCost)
        : fragmentSpreadCost(context, selection, sizedParent, selectionSetCost);
    if (fragment) conditional.push(fragment);
  }
  if (conditional.length === 0) return { scaled, once };
  const worst = worstPossibleTypeCost(context, parent, conditional);
  return { scaled: scaled + worst.scaled, once: once + worst.once };
}
