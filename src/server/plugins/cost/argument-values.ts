import { type ArgumentNode, type GraphQLField, type ValueNode, Kind, valueFromASTUntyped } from 'graphql';
import type { CostContext } from './cost-context.js';

/** An integer from a value node; variables are looked up, then their default. Null when it is none. */
export function intValue(context: CostContext, node: ValueNode | undefined): number | null {
  if (!node) return null;
  if (node.kind === Kind.INT) return Number.parseInt(node.value, 10);
  if (node.kind === Kind.VARIABLE) {
    const value = context.variables?.[node.name.value];
    if (typeof value === 'number' && Number.isFinite(value)) return value;
    if (value === undefined) return intValue(context, context.variableDefaults.get(node.name.value));
  }
  return null;
}

/** The length of a list value node (a single value counts 1, null 0); variables are looked up, then their default. */
export function listLength(context: CostContext, node: ValueNode | undefined): number | null {
  if (!node) return null;
  if (node.kind === Kind.LIST) return node.values.length;
  if (node.kind === Kind.VARIABLE) {
    const value = context.variables?.[node.name.value];
    if (Array.isArray(value)) return value.length;
    if (value === undefined) return listLength(context, context.variableDefaults.get(node.name.value));
    return value === null ? 0 : 1;
  }
  return node.kind === Kind.NULL ? 0 : 1;
}

/** The value of a field's argument: literal, variable (or its default), or the argument's default. */
export function argumentValue(
  context: CostContext,
  field: GraphQLField<unknown, unknown>,
  args: readonly ArgumentNode[],
  name: string,
): unknown {
  const node = args.find((a) => a.name.value === name)?.value;
  if (node?.kind === Kind.VARIABLE) {
    const value = context.variables?.[node.name.value];
    if (value !== undefined) return value;
    const fallback = context.variableDefaults.get(node.name.value);
    if (fallback) return valueFromASTUntyped(fallback);
  } else if (node) {
    return valueFromASTUntyped(node, context.variables ?? undefined);
  }
  return field.args.find((a) => a.name === name)?.defaultValue;
}
