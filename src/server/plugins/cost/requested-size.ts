import type { ArgumentNode, GraphQLField } from 'graphql';
import { intValue, listLength } from './argument-values.js';
import type { CostContext } from './cost-context.js';

/**
 * The list size a field asks for with its size arguments (`first`, `last`, `limit`: their value)
 * or list arguments (`ids`: their length), the largest if several are given; else the largest
 * default of its size arguments, else `defaultListSize`. Null when the field has no such argument.
 */
export function requestedSize(context: CostContext, field: GraphQLField<unknown, unknown>, args: readonly ArgumentNode[]): number | null {
  let hasSizeArgument = false;
  let given: number | null = null;
  let fallback: number | null = null;
  for (const definition of field.args) {
    const isSize = context.sizeArguments.has(definition.name);
    if (!isSize && !context.listArguments.has(definition.name)) continue;
    hasSizeArgument = true;
    const node = args.find((a) => a.name.value === definition.name)?.value;
    const value = isSize ? intValue(context, node) : listLength(context, node);
    if (value !== null) given = Math.max(given ?? 0, value);
    else if (isSize && typeof definition.defaultValue === 'number') fallback = Math.max(fallback ?? 0, definition.defaultValue);
  }
  if (!hasSizeArgument) return null;
  return Math.max(0, given ?? fallback ?? context.defaultListSize);
}
