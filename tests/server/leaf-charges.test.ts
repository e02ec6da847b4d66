import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { addResolversToSchema } from '@graphql-tools/schema';
import {
  defaultFieldResolver,
  execute,
  isObjectType,
  parse,
  type ExecutionResult,
  type GraphQLFieldResolver,
  type GraphQLSchema,
} from 'graphql';
import { compileQuery, isCompiledQuery } from 'graphql-jit';
import { beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeGraph } from '../../src/graph/knowledge-graph.js';
import { createSchema } from '../../src/graphql/create-schema.js';
import { attachBudget, budgetOf, ExecutionBudget } from '../../src/server/plugins/execution-budget.js';
import { withExecutionBudget } from '../../src/server/plugins/with-execution-budget.js';
import { seedsGraph } from '../helpers/graphs.js';

/** Every client operation (operations/*.graphql) in one document, fragments included. */
const OPERATIONS_DIR = fileURLToPath(new URL('../../operations', import.meta.url));
const OPERATIONS = readdirSync(OPERATIONS_DIR)
  .filter((f) => f.endsWith('.graphql'))
  .sort()
  .map((f) => readFileSync(`${OPERATIONS_DIR}/${f}`, 'utf8'))
  .join('\n');

/** Operations of every shape: aliases, fragments on interfaces and unions, @skip / @include, lists of scalars. */
const RUNS: ReadonlyArray<readonly [document: string, operationName: string | undefined, variables: Record<string, unknown>]> = [
  [OPERATIONS, 'DatasetInfo', {}],
  [OPERATIONS, 'Documents', {}],
  [OPERATIONS, 'EntityByAlias', { alias: 'Tokaev' }],
  [OPERATIONS, 'EntityRelations', { alias: 'Kazakhstan' }],
  [OPERATIONS, 'EntityPositions', { alias: 'Tokayev' }],
  [OPERATIONS, 'EntityMentions', { alias: 'Council for Peace' }],
  [OPERATIONS, 'Entities', { kind: 'COUNTRY', first: 5 }],
  [OPERATIONS, 'ShortestPath', { from: 'Donald Trump', to: 'Central Asia', includePositions: true }],
  [OPERATIONS, 'EgoNetwork', { entity: 'Board of Peace', depth: 2, limit: 30 }],
  [OPERATIONS, 'Timeline', { entity: 'Tokayev' }],
  [OPERATIONS, 'Search', { query: 'peace in the Middle East', first: 5 }],
  [OPERATIONS, 'Statements', { where: { predicate: { eq: 'member_of' } }, first: 5 }],
  [OPERATIONS, 'Relationship', { a: 'Kazakhstan', b: 'Pakistan' }],
  [OPERATIONS, 'PositionCounts', { where: { holder: { is: 'Tokayev' } }, by: 'DOCUMENT' }],
  [OPERATIONS, 'StatementCounts', { where: null, by: 'PREDICATE', limit: 10 }],
  [OPERATIONS, 'DatedEntities', { first: 10 }],
  [OPERATIONS, 'Memberships', { alias: 'Board of Peace', direction: 'IN' }],
  [
    `query($withText: Boolean!, $noAliases: Boolean!) {
      a: entity(id: "Tokaev") { id n1: name n2: name kind aliases @skip(if: $noAliases) ... on Person { description } ...E }
      documents { nodes { id text @include(if: $withText) title { value } } }
      search(query: "peace", first: 4) { __typename score ... on EntityHit { entity { id name } } ... on StatementHit { statement { id evidence { quote start end } } } }
    }
    fragment E on Entity { id name lookupAliases }`,
    undefined,
    { withText: true, noAliases: false },
  ],
];

/** Fields of a result: every key of every object, `__typename` aside (or only `__typename`). */
function countFields(value: unknown, typenames = false): number {
  if (Array.isArray(value)) return value.reduce((sum: number, item) => sum + countFields(item, typenames), 0);
  if (value === null || typeof value !== 'object') return 0;
  return Object.entries(value).reduce(
    (sum, [key, item]) => sum + ((key === '__typename') === typenames ? 1 : 0) + countFields(item, typenames),
    0,
  );
}

/** The reference: every field wrapped, charging one field and its value's strings as it resolves (how the budget worked before plain leaves were charged by their objects). */
function wrapEveryField(schema: GraphQLSchema): GraphQLSchema {
  const resolvers: Record<string, Record<string, GraphQLFieldResolver<unknown, unknown>>> = {};
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    resolvers[type.name] = Object.fromEntries(
      Object.values(type.getFields()).map((field) => {
        const resolve = field.resolve ?? defaultFieldResolver;
        const wrapper: GraphQLFieldResolver<unknown, unknown> = async (source, args, context, info) => {
          const budget = budgetOf(context) as ExecutionBudget;
          budget.enterField();
          const value: unknown = await resolve(source, args, context, info);
          budget.chargeValue(value);
          return value;
        };
        return [field.name, wrapper];
      }),
    );
  }
  return addResolversToSchema({ schema, resolvers, updateResolversInPlace: false });
}

const LIMITS = { executionTimeoutMs: 60_000, maxResultFields: 10_000_000, maxResultChars: 100_000_000 };

describe('the execution budget charges every field of the result once, wrapped or not', () => {
  let kg: KnowledgeGraph;
  beforeAll(async () => {
    kg = await seedsGraph();
  });

  it.each(RUNS.map((run, i) => [run[1] ?? `ad-hoc ${i}`, ...run] as const))(
    '%s: the same fields and characters as wrapping every field (plus each __typename), on graphql-js and graphql-jit',
    async (_name, source, operationName, variables) => {
      const document = parse(source);
      const charged = async (run: (context: object) => Promise<ExecutionResult> | ExecutionResult) => {
        const context = { kg };
        const budget = new ExecutionBudget(LIMITS);
        attachBudget(context, budget);
        const result = await run(context);
        expect(result.errors).toBeUndefined();
        return { fields: budget.fieldsCharged, chars: budget.charsCharged, data: result.data };
      };
      const reference = await charged((contextValue) =>
        execute({ schema: wrapEveryField(createSchema()), document, operationName, variableValues: variables, contextValue }),
      );
      expect(reference.fields).toBe(countFields(reference.data));
      // The budget also charges every `__typename`, which the reference cannot wrap (no resolver).
      const expected = { ...reference, fields: reference.fields + countFields(reference.data, true) };
      const schema = withExecutionBudget(createSchema());
      const js = await charged((contextValue) => execute({ schema, document, operationName, variableValues: variables, contextValue }));
      expect(js).toEqual(expected);
      // Operations with input-object variables stay on graphql-js (see jit-compiled.ts).
      if (source === OPERATIONS && 'where' in variables) return;
      const compiled = compileQuery(schema, document, operationName);
      if (!isCompiledQuery(compiled)) throw new Error('graphql-jit could not compile the operation');
      const jit = await charged((contextValue) => compiled.query(undefined, contextValue, variables));
      expect(jit).toEqual(expected);
    },
  );
});
