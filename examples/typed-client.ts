/**
 * Typed client example: runs named operations from operations/*.graphql against a running
 * diplomacy-graph server. Every result below is typed by codegen: rename a field in an operation
 * or misuse a result and `npm test` (tsc) fails.
 *
 *   npm start                                   # in one terminal
 *   npx tsx examples/typed-client.ts [URL]      # in another; URL defaults to http://127.0.0.1:4000/graphql
 *
 * In your own project, import from 'diplomacy-graph' instead of '../src/index.js'.
 */
import { pathToFileURL } from 'node:url';
import { createClient, GraphQLRequestError, operations } from '../src/index.js';

/** What the example found, returned for tests and printed by the CLI entry point. */
export interface TypedClientSummary {
  readonly version: string;
  readonly entity: { readonly id: string; readonly name: string; readonly aliases: readonly string[] };
  readonly relations: readonly string[];
  readonly stances: Readonly<Record<string, number>>;
  readonly rejected: { readonly code: string; readonly message: string };
}

type Statement = NonNullable<operations.EntityRelationsQuery['entity']>['statements'][number];

/** A statement's object, or its literal value, as text. */
function objectText(statement: Statement): string {
  if (statement.object) return statement.object.name;
  const value = statement.value;
  switch (value?.__typename) {
    case 'Quantity':
      return `${value.comparator.toLowerCase()} ${value.amount} ${value.unit}`;
    case 'StringValue':
      return `"${value.text}"`;
    case 'TimeValue':
      return value.value;
    default:
      return '?';
  }
}

/** Runs the example against the GraphQL endpoint at `url`, writing a report to `out`. */
export async function main(url: string, out: { write(text: string): unknown } = process.stdout): Promise<TypedClientSummary> {
  const client = createClient({ url });

  // 1. Dataset info: cite the version with any result.
  const { dataset } = await client.request(operations.DatasetInfoDocument);
  out.write(
    `dataset ${dataset.version}: ${dataset.entityCount} entities, ${dataset.statementCount} statements, ${dataset.positionCount} positions\n`,
  );

  // 2. Entity lookup by an alias ("Tokaev" is a spelling the texts use for Tokayev).
  const { entity } = await client.request(operations.EntityByAliasDocument, { alias: 'Tokaev' });
  if (entity === null) throw new Error('"Tokaev" did not resolve');
  out.write(`\n"Tokaev" → ${entity.id} (${entity.__typename}) ${entity.name}; aliases: ${entity.aliases.join(', ')}\n`);

  // 3. Relations with evidence: every statement carries verbatim quotes with offsets.
  const board = await client.request(operations.EntityRelationsDocument, { alias: 'Council for Peace', direction: 'BOTH' });
  const relations: string[] = [];
  out.write(`\nStatements about ${board.entity?.name ?? '?'}:\n`);
  for (const statement of board.entity?.statements ?? []) {
    const line = `${statement.subject.name} —${statement.predicate.label}→ ${objectText(statement)}`;
    relations.push(line);
    out.write(`  ${line}\n`);
    for (const evidence of statement.evidence) {
      out.write(`      “${evidence.quote}” (${evidence.document.id} ${evidence.start}–${evidence.end})\n`);
    }
  }

  // 4. Positions of a holder, counted by stance.
  const positions = await client.request(operations.EntityPositionsDocument, { alias: entity.id });
  const stances: Record<string, number> = {};
  for (const position of positions.entity?.positions ?? []) stances[position.stance] = (stances[position.stance] ?? 0) + 1;
  out.write(`\n${entity.name} stated ${positions.entity?.positions.length ?? 0} positions: ${JSON.stringify(stances)}\n`);

  // 5. Errors are typed: a bad cursor is rejected with extensions.code BAD_USER_INPUT.
  let rejected = { code: '', message: '' };
  try {
    await client.request(operations.EntitiesDocument, { first: 5, after: 'not-a-cursor' });
  } catch (error) {
    if (!(error instanceof GraphQLRequestError)) throw error;
    rejected = { code: error.code, message: error.errors[0]?.message ?? '' };
    out.write(`\nRejected as expected: ${error.code} (HTTP ${error.status}): ${rejected.message}\n`);
  }

  return { version: dataset.version, entity: { id: entity.id, name: entity.name, aliases: entity.aliases }, relations, stances, rejected };
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await main(process.argv[2] ?? process.env['DIPLOMACY_GRAPH_URL'] ?? 'http://127.0.0.1:4000/graphql');
}
