import { ENUM_VALUES } from '../../graphql/enum-values.js';

/** A GraphQL enum whose values differ from the model's (see `ENUM_VALUES`). */
export type GraphqlEnumName = keyof typeof ENUM_VALUES;

/** The GraphQL spelling of a model value of an enum: `monthDay` → `MONTH_DAY`, `supports` → `SUPPORTS`. */
export type GraphqlEnumValue<E extends GraphqlEnumName> = keyof (typeof ENUM_VALUES)[E] & string;

const inverted = new Map<GraphqlEnumName, ReadonlyMap<string, string>>(
  (Object.keys(ENUM_VALUES) as GraphqlEnumName[]).map((name) => [
    name,
    new Map(Object.entries(ENUM_VALUES[name]).map(([graphql, model]) => [model as string, graphql])),
  ]),
);

/**
 * The value of a model enum as GraphQL spells it (`graphqlEnum('TimePrecision', 'monthDay')` is
 * `MONTH_DAY`); null stays null. Throws on a value the enum does not have.
 */
export function graphqlEnum<E extends GraphqlEnumName>(name: E, value: string): GraphqlEnumValue<E>;
export function graphqlEnum<E extends GraphqlEnumName>(name: E, value: string | null): GraphqlEnumValue<E> | null;
export function graphqlEnum<E extends GraphqlEnumName>(name: E, value: string | null): GraphqlEnumValue<E> | null {
  if (value === null) return null;
  const spelled = inverted.get(name)?.get(value);
  if (spelled === undefined) throw new TypeError(`graphqlEnum: "${value}" is not a value of ${name}`);
  return spelled as GraphqlEnumValue<E>;
}

/** Every value of a GraphQL enum, in schema order (for `constraints.enum` in a table schema). */
export function graphqlEnumValues(name: GraphqlEnumName): string[] {
  return Object.keys(ENUM_VALUES[name]);
}
