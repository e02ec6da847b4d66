import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeExecutableSchema } from '@graphql-tools/schema';
import {
  getIntrospectionQuery,
  graphqlSync,
  lexicographicSortSchema,
  parse,
  printSchema,
  validateSchema,
  buildASTSchema,
  isObjectType,
  type GraphQLSchema,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { buildExecutableSchema, createSchema } from '../../src/graphql/create-schema.js';
import { schemaDocument } from '../../src/graphql/generated/schema-document.js';
import { typeDefs } from '../../src/graphql/generated/type-defs.js';
import { resolvers } from '../../src/graphql/resolvers/index.js';
import { REPO } from '../cli/fake-io.js';

const introspection = (schema: GraphQLSchema): unknown =>
  graphqlSync({ schema, source: getIntrospectionQuery({ descriptions: true, inputValueDeprecation: true }) });

describe('the schema built ahead of time (generated/schema-document.ts)', () => {
  it('is the parse of the merged SDL, without locations', () => {
    expect(schemaDocument).toEqual(JSON.parse(JSON.stringify(parse(typeDefs, { noLocation: true }))));
  });

  it('builds the schema makeExecutableSchema builds from the SDL: same printed SDL, same introspection', () => {
    const reference = makeExecutableSchema({ typeDefs, resolvers, updateResolversInPlace: true });
    const built = buildExecutableSchema();
    expect(printSchema(built)).toBe(printSchema(reference));
    expect(introspection(built)).toEqual(introspection(reference));
    expect(printSchema(createSchema())).toBe(printSchema(reference));
  });

  it('is valid (it is built without validating), and equal to the one from schema/*.graphql', () => {
    expect(validateSchema(buildASTSchema(schemaDocument))).toEqual([]);
    const folder = join(REPO, 'schema');
    const sources = readdirSync(folder)
      .filter((name) => name.endsWith('.graphql'))
      .map((name) => readFileSync(join(folder, name), 'utf8'));
    const fromFiles = makeExecutableSchema({ typeDefs: sources, resolvers });
    expect(validateSchema(fromFiles)).toEqual([]);
    expect(printSchema(lexicographicSortSchema(buildExecutableSchema()))).toBe(printSchema(lexicographicSortSchema(fromFiles)));
  });

  it('attaches every resolver as makeExecutableSchema did (on every field, the same resolver bound)', () => {
    const reference = makeExecutableSchema({ typeDefs, resolvers, updateResolversInPlace: true });
    // graphql-tools binds each resolver to its type's resolver object: compare the bound functions' names.
    const resolversOf = (schema: GraphQLSchema): string[] =>
      Object.values(schema.getTypeMap())
        .filter(isObjectType)
        .flatMap((type) =>
          Object.values(type.getFields()).map((field) => `${type.name}.${field.name}: ${field.resolve?.name ?? 'default'}`),
        );
    const expected = resolversOf(reference);
    expect(expected.filter((line) => !line.endsWith(': default')).length).toBeGreaterThan(100);
    expect(resolversOf(buildExecutableSchema())).toEqual(expected);
  });
});
