import {
  type FieldNode,
  type GraphQLCompositeType,
  getNamedType,
  getNullableType,
  isCompositeType,
  isInterfaceType,
  isListType,
  isObjectType,
} from 'graphql';
import { argumentValue } from './argument-values.js';
import type { CostContext, SelectionSetCoster, SetCost } from './cost-context.js';
import { requestedSize } from './requested-size.js';

const FREE: SetCost = { scaled: 0, once: 0 };
const ONE: SetCost = { scaled: 1, once: 0 };

/**
 * The cost of one field selection under `parent`, its subtree included: 1 (`__typename` too;
 * other introspection fields nothing) plus its own extra cost (`fieldCosts`), its subtree
 * multiplied by the size of the list it returns (see {@link requestedSize}; a list directly under a
 * sized field counts once). A whole-list field (`aggregate`) under a sized field is counted `once`,
 * apart from what the page size multiplies.
 */
export function fieldCost(
  context: CostContext,
  selection: FieldNode,
  parent: GraphQLCompositeType,
  sizedParent: boolean,
  selectionSetCost: SelectionSetCoster,
): SetCost {
  const name = selection.name.value;
  if (name === '__typename') return ONE;
  if (name.startsWith('__')) return FREE;
  const field = isObjectType(parent) || isInterfaceType(parent) ? parent.getFields()[name] : undefined;
  if (!field) return ONE;
  const args = selection.arguments ?? [];
  const size = requestedSize(context, field, args);
  const returnsList = isListType(getNullableType(field.type));
  const multiplier = size ?? (returnsList ? (sizedParent ? 1 : context.defaultListSize) : 1);
  const named = getNamedType(field.type);
  const children =
    selection.selectionSet && isCompositeType(named)
      ? selectionSetCost(context, selection.selectionSet, named, size !== null && !returnsList)
      : FREE;
  const extra = context.fieldCosts[`${parent.name}.${name}`];
  const own = extra ? extra((argument) => argumentValue(context, field, args, argument)) : 0;
  const cost = multiplier * (1 + children.scaled) + children.once + own;
  return sizedParent && context.wholeListFields.has(name) ? { scaled: 0, once: cost } : { scaled: cost, once: 0 };
}
