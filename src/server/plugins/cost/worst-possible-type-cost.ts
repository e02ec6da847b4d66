import { type GraphQLCompositeType, isAbstractType, isObjectType } from 'graphql';
import type { CostContext, SetCost } from './cost-context.js';
import type { ConditionalCost } from './fragment-cost.js';

/**
 * The cost of the type-conditioned fragments of a selection set for the most expensive type its
 * `parent` can be (each possible type of an abstract parent, summing the fragments that apply to
 * it), not for all of them.
 */
export function worstPossibleTypeCost(
  context: CostContext,
  parent: GraphQLCompositeType,
  conditional: readonly ConditionalCost[],
): SetCost {
  const { schema } = context;
  const targets = isAbstractType(parent) ? schema.getPossibleTypes(parent) : [parent];
  let worst: SetCost = { scaled: 0, once: 0 };
  for (const target of targets) {
    let scaled = 0;
    let once = 0;
    for (const { condition, cost } of conditional) {
      if (condition === target || (isAbstractType(condition) && isObjectType(target) && schema.isSubType(condition, target))) {
        scaled += cost.scaled;
        once += cost.once;
      }
    }
    if (scaled + once > worst.scaled + worst.once) worst = { scaled, once };
  }
  return worst;
}
