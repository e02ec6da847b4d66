import {
  getNamedType,
  getNullableType,
  getOperationAST,
  isEnumType,
  isInputObjectType,
  isListType,
  parse,
  typeFromAST,
  type DocumentNode,
  type GraphQLSchema,
} from 'graphql';
import { UsageError } from './usage-error.js';

function parseJson(name: string, text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new UsageError(`--var ${name}: expected JSON for this variable's type, got ${text}`);
  }
}

/**
 * Turns `--var name=value` pairs into variable values, typed by the operation's variable
 * definitions: String, ID and enums take the text as it is; Int, Float and Boolean are parsed;
 * lists and input objects are read as JSON. A variable the operation does not declare, or a
 * value that does not fit, is a {@link UsageError}. When the document does not parse, or names
 * no single operation, the texts are passed as strings and the server reports the problem.
 */
export function coerceVariables(
  schema: GraphQLSchema,
  source: string,
  pairs: readonly string[],
  operationName: string | undefined,
): Record<string, unknown> {
  const raw: Array<[string, string]> = pairs.map((pair) => {
    const eq = pair.indexOf('=');
    if (eq <= 0) throw new UsageError(`--var expects name=value, got "${pair}"`);
    return [pair.slice(0, eq).replace(/^\$/, ''), pair.slice(eq + 1)];
  });
  let document: DocumentNode;
  try {
    document = parse(source);
  } catch {
    return Object.fromEntries(raw);
  }
  const operation = getOperationAST(document, operationName);
  if (operation === null || operation === undefined) return Object.fromEntries(raw);
  const definitions = new Map((operation.variableDefinitions ?? []).map((d) => [d.variable.name.value, d]));
  const values: Record<string, unknown> = {};
  for (const [name, text] of raw) {
    const definition = definitions.get(name);
    if (definition === undefined) {
      const declared = [...definitions.keys()].map((n) => `$${n}`).join(', ') || 'none';
      throw new UsageError(`--var ${name}: the operation declares no variable $${name} (declared: ${declared})`);
    }
    const type = typeFromAST(schema, definition.type);
    if (type === undefined) {
      values[name] = text;
      continue;
    }
    const named = getNamedType(type);
    if (isListType(getNullableType(type)) || isInputObjectType(named)) values[name] = parseJson(name, text);
    else if (isEnumType(named)) values[name] = text;
    else if (named.name === 'Int') {
      if (!/^-?\d+$/.test(text)) throw new UsageError(`--var ${name}: expected an integer, got ${text}`);
      values[name] = Number(text);
    } else if (named.name === 'Float') {
      const value = Number(text);
      if (text.trim() === '' || !Number.isFinite(value)) throw new UsageError(`--var ${name}: expected a number, got ${text}`);
      values[name] = value;
    } else if (named.name === 'Boolean') {
      if (text !== 'true' && text !== 'false') throw new UsageError(`--var ${name}: expected true or false, got ${text}`);
      values[name] = text === 'true';
    } else values[name] = text;
  }
  return values;
}
