import {
  getNamedType,
  isAbstractType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  Kind,
  type FieldNode,
  type GraphQLField,
  type GraphQLObjectType,
  type GraphQLOutputType,
  type GraphQLResolveInfo,
  type SelectionNode,
  type SelectionSetNode,
} from 'graphql';
import type { ExecutionBudget } from './execution-budget.js';

/**
 * A field that `withExecutionBudget` leaves unwrapped: it has no resolver of its own (the value is
 * the parent's property) and a scalar or enum type (or a list of them). Wrapping such fields
 * would cost a function call, and under graphql-jit a resolve-info object, per field of the
 * result, instead of an inlined property read; the object they belong to charges them instead
 * ({@link chargeLeaves}).
 */
export function isPlainLeaf(field: GraphQLField<unknown, unknown>): boolean {
  return field.resolve === undefined && isLeafType(getNamedType(field.type));
}

/**
 * The plain leaves a selection resolves on an object of one type: their number (one per result
 * field), and the properties whose values may be text (all but Int, Float and Boolean leaves).
 */
interface LeafPlan {
  readonly fields: number;
  readonly textProperties: readonly string[];
}

/** Leaf types whose values are never strings, so whose characters need no counting. */
const NON_TEXT_SCALARS: ReadonlySet<string> = new Set(['Int', 'Float', 'Boolean']);

/**
 * Per field node (the first of the field whose value holds the objects): whether its selection
 * uses @skip / @include (then it is planned afresh each time, with the variables), else its plans
 * by object type.
 */
const plans = new WeakMap<FieldNode, { readonly dynamic: boolean; readonly byType: Map<string, LeafPlan> }>();

function hasDirectives(set: SelectionSetNode | undefined, info: GraphQLResolveInfo): boolean {
  return (set?.selections ?? []).some(
    (s) =>
      (s.directives?.length ?? 0) > 0 ||
      (s.kind === Kind.INLINE_FRAGMENT && hasDirectives(s.selectionSet, info)) ||
      (s.kind === Kind.FRAGMENT_SPREAD && hasDirectives(info.fragments[s.name.value]?.selectionSet, info)),
  );
}

/** `@skip(if:)` / `@include(if:)` of a selection, with the operation's variables. */
function included(selection: SelectionNode, info: GraphQLResolveInfo): boolean {
  for (const directive of selection.directives ?? []) {
    const name = directive.name.value;
    if (name !== 'skip' && name !== 'include') continue;
    const argument = directive.arguments?.find((a) => a.name.value === 'if')?.value;
    const value =
      argument?.kind === Kind.BOOLEAN
        ? argument.value
        : argument?.kind === Kind.VARIABLE
          ? info.variableValues[argument.name.value] === true
          : false;
    if (name === 'skip' ? value : !value) return false;
  }
  return true;
}

/** Whether a fragment with type condition `condition` applies to objects of `type`. */
function applies(info: GraphQLResolveInfo, condition: string, type: GraphQLObjectType): boolean {
  if (condition === type.name) return true;
  const conditionType = info.schema.getType(condition);
  return conditionType !== undefined && isAbstractType(conditionType) && info.schema.isSubType(conditionType, type);
}

/** The plain leaves the current field's selection set resolves on an object of `type`, fragments expanded, one per response key. */
function computePlan(info: GraphQLResolveInfo, type: GraphQLObjectType): LeafPlan {
  const fields = type.getFields();
  const keys = new Set<string>();
  const fragments = new Set<string>();
  const textProperties: string[] = [];
  const visit = (set: SelectionSetNode | undefined): void => {
    for (const selection of set?.selections ?? []) {
      if (!included(selection, info)) continue;
      if (selection.kind === Kind.FIELD) {
        const key = selection.alias?.value ?? selection.name.value;
        // `__typename` resolves without a resolver too: it counts like any other field of the result.
        if (selection.name.value === '__typename') {
          keys.add(key);
          continue;
        }
        const field = fields[selection.name.value];
        if (!field || !isPlainLeaf(field) || keys.has(key)) continue;
        keys.add(key);
        if (!NON_TEXT_SCALARS.has(getNamedType(field.type).name)) textProperties.push(field.name);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        if (!selection.typeCondition || applies(info, selection.typeCondition.name.value, type)) visit(selection.selectionSet);
      } else if (!fragments.has(selection.name.value)) {
        fragments.add(selection.name.value);
        const fragment = info.fragments[selection.name.value];
        if (fragment && applies(info, fragment.typeCondition.name.value, type)) visit(fragment.selectionSet);
      }
    }
  };
  for (const node of info.fieldNodes) visit(node.selectionSet);
  return { fields: keys.size, textProperties };
}

function planOf(info: GraphQLResolveInfo, type: GraphQLObjectType): LeafPlan {
  const node = info.fieldNodes[0] as FieldNode;
  let known = plans.get(node);
  if (!known) plans.set(node, (known = { dynamic: info.fieldNodes.some((n) => hasDirectives(n.selectionSet, info)), byType: new Map() }));
  if (known.dynamic) return computePlan(info, type);
  let plan = known.byType.get(type.name);
  if (!plan) known.byType.set(type.name, (plan = computePlan(info, type)));
  return plan;
}

/**
 * Charges `budget` for the plain leaves (see {@link isPlainLeaf}) that the current field's
 * selection will resolve on the object(s) in `value`, the field's resolved value: one field each,
 * and the characters of those that are strings. So every field of the result is charged once,
 * wrapped or not, as it was when every field was wrapped.
 */
export function chargeLeaves(budget: ExecutionBudget, value: unknown, info: GraphQLResolveInfo, context: unknown): void {
  walk(budget, value, info.returnType, info, context);
}

/** Charges `budget` for the plain leaves of one object that `plan` resolves on it. */
function chargeObject(budget: ExecutionBudget, source: Record<string, unknown>, plan: LeafPlan): void {
  budget.chargeFields(plan.fields);
  const properties = plan.textProperties;
  for (let i = 0; i < properties.length; i++) {
    const leaf = source[properties[i] as string];
    if (typeof leaf === 'string') budget.chargeText(leaf);
    else if (Array.isArray(leaf)) for (const element of leaf) if (typeof element === 'string') budget.chargeText(element);
  }
}

/** Each element of a list value (an array or another iterable). */
function forEachElement(items: unknown, visit: (item: unknown) => void): void {
  if (Array.isArray(items)) for (let i = 0; i < items.length; i++) visit(items[i]);
  else if (typeof items === 'object' && items !== null && Symbol.iterator in items)
    for (const item of items as Iterable<unknown>) visit(item);
}

/**
 * A list's elements: when they are objects of one type (most lists), that type's plan is looked
 * up once for the whole list rather than once per element.
 */
function walkList(budget: ExecutionBudget, items: unknown, type: GraphQLOutputType, info: GraphQLResolveInfo, context: unknown): void {
  const element = isNonNullType(type) ? type.ofType : type;
  if (isLeafType(element)) return;
  if (isObjectType(element)) {
    const plan = planOf(info, element);
    forEachElement(items, (item) => {
      if (item !== null && item !== undefined) chargeObject(budget, item as Record<string, unknown>, plan);
    });
    return;
  }
  forEachElement(items, (item) => walk(budget, item, type, info, context));
}

function walk(budget: ExecutionBudget, item: unknown, type: GraphQLOutputType, info: GraphQLResolveInfo, context: unknown): void {
  if (item === null || item === undefined) return;
  if (isNonNullType(type)) return walk(budget, item, type.ofType, info, context);
  if (isListType(type)) return walkList(budget, item, type.ofType, info, context);
  if (isLeafType(type)) return;
  let objectType: GraphQLObjectType | undefined;
  if (isObjectType(type)) objectType = type;
  else {
    const name = type.resolveType?.(item, context, info, type);
    const resolved = typeof name === 'string' ? info.schema.getType(name) : undefined;
    if (!isObjectType(resolved)) return;
    objectType = resolved;
  }
  chargeObject(budget, item as Record<string, unknown>, planOf(info, objectType));
}
