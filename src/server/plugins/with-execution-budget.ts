import { addResolversToSchema } from '@graphql-tools/schema';
import { defaultFieldResolver, type GraphQLFieldResolver, type GraphQLSchema, isObjectType } from 'graphql';
import { budgetOf } from './execution-budget.js';

const wrapped = new WeakMap<GraphQLSchema, GraphQLSchema>();

function isPromiseLike(value: unknown): value is PromiseLike<unknown> {
  return typeof (value as { then?: unknown } | null)?.then === 'function';
}

/**
 * A copy of `schema` whose every object field (default resolvers included, introspection types
 * excluded) charges the `ExecutionBudget` attached to the execution's context before it resolves
 * and with the value it returns. Without a budget (e.g. in-process library queries) the original
 * resolver runs untouched. The original schema is not modified; copies are cached per schema.
 */
export function withExecutionBudget(schema: GraphQLSchema): GraphQLSchema {
  const cached = wrapped.get(schema);
  if (cached) return cached;
  const resolvers: Record<string, Record<string, GraphQLFieldResolver<unknown, unknown>>> = {};
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    const fields: Record<string, GraphQLFieldResolver<unknown, unknown>> = {};
    for (const field of Object.values(type.getFields())) {
      const resolve = field.resolve ?? defaultFieldResolver;
      fields[field.name] = (source, args, context, info) => {
        const budget = budgetOf(context);
        if (!budget) return resolve(source, args, context, info);
        budget.enterField();
        const value = resolve(source, args, context, info);
        if (isPromiseLike(value)) {
          return Promise.resolve(value).then((resolved) => {
            budget.chargeValue(resolved);
            return resolved;
          });
        }
        budget.chargeValue(value);
        return value;
      };
    }
    resolvers[type.name] = fields;
  }
  const result = addResolversToSchema({ schema, resolvers, updateResolversInPlace: false });
  wrapped.set(schema, result);
  return result;
}
