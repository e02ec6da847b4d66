import fc, { type GeneratorValue } from 'fast-check';
import {
  type GraphQLArgument,
  type GraphQLCompositeType,
  type GraphQLInputType,
  type GraphQLSchema,
  getNamedType,
  getNullableType,
  isAbstractType,
  isCompositeType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  isUnionType,
} from 'graphql';

/** A generated GraphQL request. */
export interface RandomOperation {
  readonly query: string;
  readonly variables: Record<string, unknown>;
  /** Whether the operation may contain deliberate mistakes. */
  readonly withMistakes: boolean;
}

/** Strings that mean something to the graph: ids, aliases, predicates, search terms. */
const KNOWN_STRINGS = [
  'Tokayev',
  'Tokaev',
  'country:kz',
  'Kazakhstan',
  'U.S.',
  'Council for Peace',
  'organization:board-of-peace',
  'company:cove-capital',
  'statement:kz-member-of-board-of-peace',
  'position:tokayev-two-state-solution',
  'document:tokayev-explains-board-of-peace',
  'member_of',
  'peace',
  '',
  'x',
];

/** What one operation is built with. */
interface Build {
  readonly g: GeneratorValue;
  readonly schema: GraphQLSchema;
  /** Whether this operation may contain deliberate mistakes (unknown fields, wrong types…). */
  readonly mistakes: boolean;
  readonly maxDepth: number;
  readonly variables: Map<string, { type: string; value: unknown }>;
  /** Response keys used so far: a field selected again anywhere gets a fresh alias, so no two can conflict. */
  readonly responseKeys: Set<string>;
}

/** True about once in `n` times, and only when the operation may contain mistakes. */
function mistake(build: Build, n: number): boolean {
  return build.mistakes && build.g(fc.integer, { min: 1, max: n }) === 1;
}

/** A value of `type` as JavaScript (for variables and literals); with mistakes, sometimes of the wrong type. */
function jsValue(build: Build, type: GraphQLInputType, depth: number, nonNull = false): unknown {
  const { g } = build;
  if (mistake(build, 10)) return g(fc.constantFrom, null, 'wrong', -1, 1e12, true, [], {});
  if (isNonNullType(type)) return jsValue(build, type.ofType, depth, true);
  if (!nonNull && g(fc.integer, { min: 0, max: 12 }) === 0) return null;
  if (isListType(type)) {
    const length = g(fc.integer, { min: 0, max: 3 });
    return Array.from({ length }, () => jsValue(build, type.ofType, depth + 1));
  }
  if (isEnumType(type)) return g(fc.constantFrom, ...type.getValues().map((v) => v.name));
  if (isInputObjectType(type)) {
    const out: Record<string, unknown> = {};
    const fields = Object.values(type.getFields());
    if (type.isOneOf) {
      const field = fields[g(fc.integer, { min: 0, max: fields.length - 1 })]!;
      out[field.name] = jsValue(build, field.type, depth + 1, true);
      return out;
    }
    for (const field of fields) {
      const wanted = isNonNullType(field.type) || (depth < 2 && g(fc.integer, { min: 0, max: fields.length }) === 0);
      if (wanted) out[field.name] = jsValue(build, field.type, depth + 1);
    }
    return out;
  }
  if (isScalarType(type)) {
    switch (type.name) {
      case 'Int':
        return g(() => fc.oneof(fc.integer({ min: -3, max: 150 }), fc.constantFrom(0, 2 ** 31 - 1, -(2 ** 31), 1_000_000)));
      case 'Float':
        return g(fc.double, { min: -2, max: 2, noNaN: true, noDefaultInfinity: true });
      case 'Boolean':
        return g(fc.boolean);
      default:
        return g(() => fc.oneof(fc.constantFrom(...KNOWN_STRINGS), fc.string({ maxLength: 12 })));
    }
  }
  return null;
}

/** A JavaScript input value as a GraphQL literal (enum values bare, strings quoted). */
function literal(value: unknown, type: GraphQLInputType): string {
  const named = getNamedType(type);
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) {
    const nullable = getNullableType(type);
    const item = isListType(nullable) ? nullable.ofType : type;
    return `[${value.map((v) => literal(v, item)).join(', ')}]`;
  }
  if (typeof value === 'object') {
    const fields = isInputObjectType(named) ? named.getFields() : {};
    const entries = Object.entries(value).map(([k, v]) => `${k}: ${literal(v, fields[k]?.type ?? named)}`);
    return `{ ${entries.join(', ')} }`;
  }
  if (typeof value === 'string') return isEnumType(named) && /^[A-Za-z_]\w*$/.test(value) ? value : JSON.stringify(value);
  return typeof value === 'number' || typeof value === 'boolean' ? String(value) : 'null';
}

/** Arguments for a field: literals or variables, all required ones (unless by mistake), some optional ones. */
function argumentsOf(build: Build, args: readonly GraphQLArgument[]): string {
  const { g, variables } = build;
  const parts: string[] = [];
  for (const arg of args) {
    if (isNonNullType(arg.type) ? mistake(build, 8) : g(fc.boolean)) continue;
    const value = jsValue(build, arg.type, 0);
    if (g(fc.boolean)) {
      const name = `v${variables.size}`;
      variables.set(name, { type: String(arg.type), value });
      parts.push(`${arg.name}: $${name}`);
    } else {
      parts.push(`${arg.name}: ${literal(value, arg.type)}`);
    }
  }
  if (mistake(build, 12)) parts.push('bogus: 1');
  return parts.length > 0 ? `(${parts.join(', ')})` : '';
}

function selectionSet(build: Build, type: GraphQLCompositeType, depth: number): string {
  const { g, schema, maxDepth } = build;
  const count = g(fc.integer, { min: 1, max: depth === 0 ? 3 : 4 });
  const selections: string[] = [];
  for (let i = 0; i < count; i++) {
    if (g(fc.integer, { min: 0, max: 19 }) === 0) {
      selections.push('__typename');
      continue;
    }
    if (mistake(build, 15)) {
      selections.push(g(fc.constantFrom, 'nope', 'id', 'name'));
      continue;
    }
    if (isAbstractType(type) && (isUnionType(type) || g(fc.integer, { min: 0, max: 9 }) === 0)) {
      const possible = schema.getPossibleTypes(type);
      const target = possible[g(fc.integer, { min: 0, max: possible.length - 1 })]!;
      selections.push(`... on ${target.name} { ${selectionSet(build, target, depth)} }`);
      continue;
    }
    if (!isObjectType(type) && !isInterfaceType(type)) {
      selections.push('__typename');
      continue;
    }
    const fields = Object.values(type.getFields());
    const field = fields[g(fc.integer, { min: 0, max: fields.length - 1 })]!;
    // A field selected twice at one level gets an alias, or differing arguments would conflict.
    const alias = build.responseKeys.has(field.name) || g(fc.integer, { min: 0, max: 6 }) === 0 ? `a${build.responseKeys.size}: ` : '';
    build.responseKeys.add(alias === '' ? field.name : alias.slice(0, -2));
    const directive =
      g(fc.integer, { min: 0, max: 15 }) === 0 ? ` @${g(fc.constantFrom, 'include', 'skip')}(if: ${String(g(fc.boolean))})` : '';
    const head = `${alias}${field.name}${argumentsOf(build, field.args)}${directive}`;
    const named = getNamedType(field.type);
    if (!isCompositeType(named)) selections.push(head);
    else if (depth + 1 >= maxDepth && g(fc.boolean)) selections.push(`${head} { __typename }`);
    else selections.push(`${head} { ${selectionSet(build, named, depth + 1)} }`);
  }
  return selections.join(' ');
}

/**
 * A random operation over `schema`'s real fields: random selections, arguments (literals and
 * variables), aliases, directives, fragments on possible types, nesting up to 14 levels (past the
 * depth limit). One operation in three may also contain mistakes: fields or arguments that do not
 * exist, values of the wrong type, required arguments left out.
 */
export function randomOperation(g: GeneratorValue, schema: GraphQLSchema): RandomOperation {
  const variables = new Map<string, { type: string; value: unknown }>();
  const mistakes = g(fc.integer, { min: 0, max: 2 }) === 0;
  const build: Build = { g, schema, variables, mistakes, maxDepth: g(fc.integer, { min: 1, max: 14 }), responseKeys: new Set() };
  const body = selectionSet(build, schema.getQueryType()!, 0);
  const declarations = [...variables].map(([name, { type }]) => `$${name}: ${type}`).join(', ');
  const name = g(fc.constantFrom, '', 'Q', 'Fuzz');
  const header = declarations === '' ? (name === '' ? '' : `query ${name} `) : `query ${name}(${declarations}) `;
  const values: Record<string, unknown> = {};
  for (const [key, { value }] of variables) {
    if (value !== undefined && !mistake(build, 10)) values[key] = value;
  }
  return { query: `${header}{ ${body} }`, variables: values, withMistakes: mistakes };
}

/** Tokens that GraphQL documents are made of, for token soup. */
export const GRAPHQL_TOKENS = [
  '{',
  '}',
  '(',
  ')',
  '[',
  ']',
  ':',
  '...',
  '@include(if: true)',
  '$v',
  '!',
  '=',
  'query',
  'fragment',
  'on',
  'entity',
  'entities',
  'statements',
  'subject',
  'id',
  'name',
  'first',
  '"Tokayev"',
  '"\\u00e9"',
  '1',
  '-1',
  '1e309',
  '0.5',
  'true',
  'null',
  '__schema',
  '__typename',
  '#',
  '"""',
  '\n',
  ',',
  '|',
  '&',
] as const;
