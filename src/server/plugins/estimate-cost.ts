import {
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLSchema,
  type SelectionSetNode,
  type ValueNode,
  getNamedType,
  getNullableType,
  getOperationAST,
  isAbstractType,
  isCompositeType,
  isInterfaceType,
  isListType,
  isObjectType,
  Kind,
  valueFromASTUntyped,
} from 'graphql';

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
  readonly fieldCosts?: Readonly<Record<string, (argument: (name: string) => unknown) => number>>;
  /**
   * Fields of a connection that describe its whole list, not its page, so the page size does not
   * multiply them (and a page of 0 does not make them free). Default `aggregate`.
   */
  readonly wholeListFields?: readonly string[];
}

const DEFAULT_SIZE_ARGUMENTS = ['first', 'last', 'limit'] as const;
const DEFAULT_LIST_ARGUMENTS = ['ids'] as const;
const DEFAULT_WHOLE_LIST_FIELDS = ['aggregate'] as const;

/** The cost of a selection set: what its parent's size multiplies, and what a connection's whole-list fields add once. */
interface SetCost {
  readonly scaled: number;
  readonly once: number;
}

/**
 * Estimates what an operation will resolve, before it runs, from the document **and the
 * variables**: every field costs 1 (introspection fields and `__typename` cost nothing), and a
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
  const sizeArguments = new Set<string>(options.sizeArguments ?? DEFAULT_SIZE_ARGUMENTS);
  const listArguments = new Set<string>(options.listArguments ?? DEFAULT_LIST_ARGUMENTS);
  const wholeListFields = new Set<string>(options.wholeListFields ?? DEFAULT_WHOLE_LIST_FIELDS);
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const variableDefaults = new Map<string, ValueNode>();
  for (const definition of operation.variableDefinitions ?? []) {
    if (definition.defaultValue) variableDefaults.set(definition.variable.name.value, definition.defaultValue);
  }

  /** An integer from a value node; variables are looked up, then their default. */
  const intOf = (node: ValueNode | undefined): number | null => {
    if (!node) return null;
    if (node.kind === Kind.INT) return Number.parseInt(node.value, 10);
    if (node.kind === Kind.VARIABLE) {
      const value = variables?.[node.name.value];
      if (typeof value === 'number' && Number.isFinite(value)) return value;
      if (value === undefined) return intOf(variableDefaults.get(node.name.value));
    }
    return null;
  };

  /** The length of a list value node; variables are looked up, then their default. */
  const lengthOf = (node: ValueNode | undefined): number | null => {
    if (!node) return null;
    if (node.kind === Kind.LIST) return node.values.length;
    if (node.kind === Kind.VARIABLE) {
      const value = variables?.[node.name.value];
      if (Array.isArray(value)) return value.length;
      if (value === undefined) return lengthOf(variableDefaults.get(node.name.value));
      return value === null ? 0 : 1;
    }
    return node.kind === Kind.NULL ? 0 : 1;
  };

  /** The list size a field asks for with its size or list arguments, or null when it has none. */
  const requestedSize = (
    field: GraphQLField<unknown, unknown>,
    args: readonly { name: { value: string }; value: ValueNode }[],
  ): number | null => {
    let hasSizeArgument = false;
    let given: number | null = null;
    let fallback: number | null = null;
    for (const definition of field.args) {
      const isSize = sizeArguments.has(definition.name);
      if (!isSize && !listArguments.has(definition.name)) continue;
      hasSizeArgument = true;
      const node = args.find((a) => a.name.value === definition.name)?.value;
      const value = isSize ? intOf(node) : lengthOf(node);
      if (value !== null) given = Math.max(given ?? 0, value);
      else if (isSize && typeof definition.defaultValue === 'number') fallback = Math.max(fallback ?? 0, definition.defaultValue);
    }
    if (!hasSizeArgument) return null;
    return Math.max(0, given ?? fallback ?? options.defaultListSize);
  };

  /** The value of a field's argument: literal, variable (or its default), or the argument's default. */
  const argumentValue = (
    field: GraphQLField<unknown, unknown>,
    args: readonly { name: { value: string }; value: ValueNode }[],
    name: string,
  ): unknown => {
    const node = args.find((a) => a.name.value === name)?.value;
    if (node?.kind === Kind.VARIABLE) {
      const value = variables?.[node.name.value];
      if (value !== undefined) return value;
      const fallback = variableDefaults.get(node.name.value);
      if (fallback) return valueFromASTUntyped(fallback);
    } else if (node) {
      return valueFromASTUntyped(node, variables ?? undefined);
    }
    return field.args.find((a) => a.name === name)?.defaultValue;
  };

  const fragmentCosts = new Map<string, SetCost>();
  const inProgress = new Set<string>();

  const selectionSetCost = (set: SelectionSetNode, parent: GraphQLCompositeType, sizedParent: boolean): SetCost => {
    let direct = 0;
    let once = 0;
    const conditional: Array<{ condition: GraphQLCompositeType; cost: SetCost }> = [];
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        const name = selection.name.value;
        if (name === '__typename') {
          direct += 1;
          continue;
        }
        if (name.startsWith('__')) continue;
        const field = isObjectType(parent) || isInterfaceType(parent) ? parent.getFields()[name] : undefined;
        if (!field) {
          direct += 1;
          continue;
        }
        const type = getNullableType(field.type);
        const size = requestedSize(field, selection.arguments ?? []);
        const returnsList = isListType(type);
        const multiplier = size ?? (returnsList ? (sizedParent ? 1 : options.defaultListSize) : 1);
        const named = getNamedType(field.type);
        const children =
          selection.selectionSet && isCompositeType(named)
            ? selectionSetCost(selection.selectionSet, named, size !== null && !returnsList)
            : { scaled: 0, once: 0 };
        const extra = options.fieldCosts?.[`${parent.name}.${name}`];
        const own = extra ? extra((argument) => argumentValue(field, selection.arguments ?? [], argument)) : 0;
        const fieldCost = multiplier * (1 + children.scaled) + children.once + own;
        if (sizedParent && wholeListFields.has(name)) once += fieldCost;
        else direct += fieldCost;
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const conditionName = selection.typeCondition?.name.value;
        const condition = conditionName ? schema.getType(conditionName) : parent;
        if (!condition || !isCompositeType(condition)) continue;
        conditional.push({ condition, cost: selectionSetCost(selection.selectionSet, condition, sizedParent) });
      } else {
        const name = selection.name.value;
        const fragment = fragments.get(name);
        const condition = fragment ? schema.getType(fragment.typeCondition.name.value) : undefined;
        if (!fragment || !condition || !isCompositeType(condition) || inProgress.has(name)) continue;
        const key = `${name}\u0000${sizedParent}`;
        let cost: SetCost | undefined = fragmentCosts.get(key);
        if (cost === undefined) {
          inProgress.add(name);
          cost = selectionSetCost(fragment.selectionSet, condition, sizedParent);
          inProgress.delete(name);
          fragmentCosts.set(key, cost);
        }
        conditional.push({ condition, cost });
      }
    }
    if (conditional.length === 0) return { scaled: direct, once };
    const targets = isAbstractType(parent) ? schema.getPossibleTypes(parent) : [parent];
    let worst: SetCost = { scaled: 0, once: 0 };
    for (const target of targets) {
      let scaled = 0;
      let extra = 0;
      for (const { condition, cost } of conditional) {
        if (condition === target || (isAbstractType(condition) && isObjectType(target) && schema.isSubType(condition, target))) {
          scaled += cost.scaled;
          extra += cost.once;
        }
      }
      if (scaled + extra > worst.scaled + worst.once) worst = { scaled, once: extra };
    }
    return { scaled: direct + worst.scaled, once: once + worst.once };
  };

  const total = selectionSetCost(operation.selectionSet, root, false);
  return total.scaled + total.once;
}
