import { addResolversToSchema } from '@graphql-tools/schema';
import {
  defaultFieldResolver,
  getNamedType,
  isLeafType,
  isObjectType,
  type GraphQLField,
  type GraphQLFieldResolver,
  type GraphQLObjectType,
  type GraphQLResolveInfo,
  type GraphQLSchema,
} from 'graphql';
import { budgetOf, type ExecutionBudget } from './execution-budget.js';
import { chargeLeaves, isPlainLeaf } from './leaf-charges.js';

const wrapped = new WeakMap<GraphQLSchema, GraphQLSchema>();

function isPromiseLike(value: unknown): value is PromiseLike<unknown> {
  return typeof (value as { then?: unknown } | null)?.then === 'function';
}

/**
 * A copy of `schema` whose object fields (default resolvers included, introspection types
 * excluded) charge the `ExecutionBudget` attached to the execution's context before they resolve
 * and with the value they return. Plain leaves (see {@link isPlainLeaf}: the scalar properties of
 * an object, most of a result) are not wrapped: the field that returns their object charges them
 * ({@link chargeLeaves}), so every field of the result is still charged once. Without a budget
 * (e.g. in-process library queries) the original resolver runs untouched. The original schema is
 * not modified; copies are cached per schema.
 */
export function withExecutionBudget(schema: GraphQLSchema): GraphQLSchema {
  const cached = wrapped.get(schema);
  if (cached) return cached;
  const result = addResolversToSchema({ schema, resolvers: budgetResolvers(schema), updateResolversInPlace: false });
  wrapped.set(schema, result);
  return result;
}

/**
 * {@link withExecutionBudget} in place: `schema`'s own fields charge the budget, no copy made (a
 * copy of every type is most of the cost of wrapping). For a schema the caller owns and shares
 * with no one that must run unwrapped, such as a new `buildExecutableSchema()`. Returns `schema`.
 */
export function addExecutionBudget(schema: GraphQLSchema): GraphQLSchema {
  // Only field resolvers change (no enum or scalar): set them directly, without graphql-tools'
  // walks of every default value and its healing of the type references, which change nothing here.
  for (const [typeName, fields] of Object.entries(budgetResolvers(schema))) {
    const typeFields = (schema.getType(typeName) as GraphQLObjectType).getFields();
    for (const [fieldName, resolve] of Object.entries(fields)) (typeFields[fieldName] as GraphQLField<unknown, unknown>).resolve = resolve;
  }
  return schema;
}

/** For every object field of `schema` but the plain leaves, its resolver charging the budget. */
function budgetResolvers(schema: GraphQLSchema): Record<string, Record<string, GraphQLFieldResolver<unknown, unknown>>> {
  const resolvers: Record<string, Record<string, GraphQLFieldResolver<unknown, unknown>>> = {};
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    const fields: Record<string, GraphQLFieldResolver<unknown, unknown>> = {};
    for (const field of Object.values(type.getFields())) {
      if (isPlainLeaf(field)) continue;
      const resolve = field.resolve ?? defaultFieldResolver;
      const composite = !isLeafType(getNamedType(field.type));
      const charge = (budget: ExecutionBudget, value: unknown, context: unknown, info: GraphQLResolveInfo): void => {
        budget.chargeValue(value);
        if (composite) chargeLeaves(budget, value, info, context);
      };
      fields[field.name] = (source, args, context, info) => {
        const budget = budgetOf(context);
        if (!budget) return resolve(source, args, context, info);
        budget.enterField();
        const value = resolve(source, args, context, info);
        if (isPromiseLike(value)) {
          return Promise.resolve(value).then((resolved) => {
            charge(budget, resolved, context, info);
            return resolved;
          });
        }
        charge(budget, value, context, info);
        return value;
      };
    }
    resolvers[type.name] = fields;
  }
  return resolvers;
}
