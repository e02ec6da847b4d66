import {
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
  Kind,
} from 'graphql';

/** The cost of a selection set: what its parent's size multiplies, and what a connection's whole-list fields add once. */
export interface SetCost {
  readonly scaled: number;
  readonly once: number;
}

/** The extra cost of one call of a field, from its arguments' values (undefined when none is given). */
export type FieldCostRule = (argument: (name: string) => unknown) => number;

/** The cost of a selection set under `parent`; `sizedParent` when the parent field was given a size. */
export type SelectionSetCoster = (
  context: CostContext,
  set: SelectionSetNode,
  parent: GraphQLCompositeType,
  sizedParent: boolean,
) => SetCost;

/** How fields are charged, the options of `estimateCost` with their defaults applied. */
export interface CostRules {
  readonly defaultListSize: number;
  readonly sizeArguments: readonly string[];
  readonly listArguments: readonly string[];
  readonly wholeListFields: readonly string[];
  readonly fieldCosts: Readonly<Record<string, FieldCostRule>>;
}

/** What the cost rules read while they walk one operation, and the memo of its named fragments. */
export interface CostContext {
  readonly schema: GraphQLSchema;
  readonly variables: Readonly<Record<string, unknown>> | null | undefined;
  /** The operation's variables' default values, by variable name. */
  readonly variableDefaults: ReadonlyMap<string, ValueNode>;
  readonly fragments: ReadonlyMap<string, FragmentDefinitionNode>;
  readonly defaultListSize: number;
  readonly sizeArguments: ReadonlySet<string>;
  readonly listArguments: ReadonlySet<string>;
  readonly wholeListFields: ReadonlySet<string>;
  readonly fieldCosts: Readonly<Record<string, FieldCostRule>>;
  /** Costs of named fragments already walked, by name and whether their parent is sized. */
  readonly fragmentCosts: Map<string, SetCost>;
  /** Named fragments being walked now: a spread of one inside itself counts nothing. */
  readonly inProgress: Set<string>;
}

/** The context in which the cost of `operation` (of `document`) is estimated. */
export function createCostContext(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Readonly<Record<string, unknown>> | null | undefined,
  rules: CostRules,
): CostContext {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const variableDefaults = new Map<string, ValueNode>();
  for (const definition of operation.variableDefinitions ?? []) {
    if (definition.defaultValue) variableDefaults.set(definition.variable.name.value, definition.defaultValue);
  }
  return {
    schema,
    variables,
    variableDefaults,
    fragments,
    defaultListSize: rules.defaultListSize,
    sizeArguments: new Set(rules.sizeArguments),
    listArguments: new Set(rules.listArguments),
    wholeListFields: new Set(rules.wholeListFields),
    fieldCosts: rules.fieldCosts,
    fragmentCosts: new Map(),
    inProgress: new Set(),
  };
}
