// Round trip: every row of every CSV that `diplomacy-graph tables` writes equals what GraphQL
// answers for the same facts. The expected rows are rebuilt here from GraphQL answers only (no
// table code), then compared cell by cell with the files parsed back.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeGraph } from '../../src/graph/knowledge-graph.js';
import { executeQuery } from '../../src/graphql/execute-query.js';
import { writeTables } from '../../src/library/tables/index.js';
import { parseCsv } from '../export/parse-csv.js';
import type { Json } from '../helpers/gql.js';
import { seedsGraph } from '../helpers/graphs.js';

let kg: KnowledgeGraph;
const dir = mkdtempSync(join(tmpdir(), 'diplomacy-graph-round-trip-'));

beforeAll(async () => {
  kg = await seedsGraph();
  await writeTables(kg, dir);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The cells of a CSV file written by writeTables (header row first). */
const csv = (table: string): string[][] => parseCsv(readFileSync(join(dir, `${table}.csv`), 'utf8'));
/** A GraphQL value as the CSV cell it should be. */
const cell = (value: unknown): string =>
  value === null || value === undefined ? '' : typeof value === 'string' ? value : JSON.stringify(value);
const row = (...values: unknown[]): string[] => values.map(cell);

async function query(document: string, variables: Record<string, unknown> = {}): Promise<Json> {
  const result = await executeQuery({ kg }, document, variables);
  expect(result.errors).toBeUndefined();
  return result.data;
}

/** Every node of a root connection, page by page (100 per page). */
async function all(field: string, selection: string): Promise<Json[]> {
  const nodes: Json[] = [];
  let after: string | null = null;
  for (;;) {
    const data: Json = await query(
      `query($after: String) { ${field}(first: 100, after: $after) { nodes { ${selection} } pageInfo { hasNextPage endCursor } } }`,
      {
        after,
      },
    );
    nodes.push(...(data[field].nodes as Json[]));
    if (!data[field].pageInfo.hasNextPage) return nodes;
    after = data[field].pageInfo.endCursor as string;
  }
}

const TIME = 'value precision earliest latest inferred source derivedFrom { id }';
const time = (t: Json): unknown[] => [t?.value, t?.precision, t?.earliest, t?.latest, t?.inferred, t?.source, t?.derivedFrom?.id];
const EVIDENCE = 'document { id } quote exact start end sentence paragraph';
const evidence = (all: Json[], i: number): unknown[] => {
  const e = all[i];
  return [i, all.length, e.document.id, e.quote, e.exact, e.start, e.end, e.sentence, e.paragraph];
};
const ENTITY_SELECTION = `id kind name description attributes { key value } aliases lookupAliases statementCount
  positions { id } positionsAbout { id } mentions { document { id } alias start end paragraph } mentionedIn { id }`;

describe('tables round-trip through GraphQL', () => {
  it('entities, aliases and entity_attributes', async () => {
    const entities = await all('entities', ENTITY_SELECTION);
    const attr = (e: Json, key: string): unknown => (e.attributes as Json[]).find((a) => a.key === key)?.value as unknown;
    expect(csv('entities').slice(1)).toEqual(
      entities.map((e) =>
        row(
          e.id,
          e.kind,
          e.name,
          e.description,
          attr(e, 'iso2'),
          attr(e, 'acronym'),
          e.statementCount,
          e.positions.length,
          e.positionsAbout.length,
          e.mentions.length,
          e.mentionedIn.length,
        ),
      ),
    );
    expect(csv('aliases').slice(1)).toEqual(
      entities.flatMap((e) => [
        ...(e.aliases as string[]).map((a, i) => row(e.id, a, false, i)),
        ...(e.lookupAliases as string[]).map((a, i) => row(e.id, a, true, i)),
      ]),
    );
    expect(csv('entity_attributes').slice(1)).toEqual(
      entities.flatMap((e) => (e.attributes as Json[]).map((a) => row(e.id, a.key, a.value))),
    );
    const mentions = entities.flatMap((e) =>
      (e.mentions as Json[]).map((m) => row(e.id, e.name, e.kind, m.document.id, m.alias, m.start, m.end, m.paragraph)),
    );
    const byPlace = (r: string[]) => `${r[3]} ${r[5]!.padStart(8, '0')} ${r[6]!.padStart(8, '0')} ${r[0]}`;
    expect(
      csv('mentions')
        .slice(1)
        .sort((x, y) => byPlace(x).localeCompare(byPlace(y))),
    ).toEqual(mentions.sort((x, y) => byPlace(x).localeCompare(byPlace(y))));
  });

  it('documents and document_metadata', async () => {
    const meta = 'value inferred evidence { quote start end }';
    const { documents } = await query(`{ documents { id file sha256 title { ${meta} } outlet { ${meta} } author { ${meta} }
      published { ${meta} } publishedTime { ${TIME} } url { ${meta} } sourceUrl { ${meta} } language { ${meta} } genre { ${meta} }
      reports { id } length paragraphCount } }`);
    expect(csv('documents').slice(1)).toEqual(
      (documents as Json[]).map((d) =>
        row(
          d.id,
          d.file,
          d.sha256,
          d.title?.value,
          d.outlet?.value,
          d.author?.value,
          d.published?.value,
          ...time(d.publishedTime).slice(1, 4),
          d.published?.inferred,
          // A document's date is stated by its quote or inferred; never derived.
          d.published === null ? null : d.published.inferred === null ? 'STATED' : 'INFERRED',
          null,
          d.url?.value,
          d.sourceUrl?.value,
          d.language?.value,
          d.genre?.value,
          d.reports?.id,
          d.length,
          d.paragraphCount,
        ),
      ),
    );
    const fields = ['title', 'outlet', 'author', 'published', 'url', 'sourceUrl', 'language', 'genre'];
    expect(csv('document_metadata').slice(1)).toEqual(
      (documents as Json[]).flatMap((d) =>
        fields
          .filter((f) => d[f] !== null)
          .map((f) => row(d.id, f, d[f].value, d[f].evidence?.quote, d[f].evidence?.start, d[f].evidence?.end, d[f].inferred)),
      ),
    );
  });

  it('statements × evidence and statement_areas', async () => {
    const named = 'id name';
    const statements = await all(
      'statements',
      `id subject { id name kind } predicate { id label } object { id name kind }
       value { __typename ... on Quantity { amount unit comparator } ... on StringValue { text } ... on TimeValue { ${TIME} } }
       qualifiers { pointInTime { ${TIME} } start { ${TIME} } end { ${TIME} } role characterization note areas
         location { ${named} } counterpart { ${named} } via { ${named} } }
       onBehalfOf { entity { id name } inferred } inferred inferredFrom { id }
       evidence { ${EVIDENCE} }`,
    );
    const valueText = (v: Json): unknown => {
      if (v === null) return null;
      if (v.__typename === 'Quantity') return `${(v.comparator as string).toLowerCase()} ${v.amount} ${v.unit}`;
      return v.__typename === 'StringValue' ? v.text : v.value;
    };
    const expected = statements.flatMap((s) => {
      const v = s.value;
      const q = s.qualifiers;
      const shared = [
        s.id,
        s.subject.id,
        s.subject.name,
        s.subject.kind,
        s.predicate.id,
        s.predicate.label,
        s.object?.id,
        s.object?.name,
        s.object?.kind,
        v === null ? null : (v.__typename as string).replace(/Value$/, '').toUpperCase(),
        valueText(v),
        v?.amount,
        v?.unit,
        v?.comparator,
        v?.text,
        v?.__typename === 'TimeValue' ? v.value : null,
        v?.__typename === 'TimeValue' ? v.precision : null,
        ...time(q.pointInTime),
        ...time(q.start),
        ...time(q.end),
        q.role,
        q.characterization,
        q.note,
        q.location?.id,
        q.location?.name,
        q.counterpart?.id,
        q.counterpart?.name,
        q.via?.id,
        q.via?.name,
        s.onBehalfOf?.entity.id,
        s.onBehalfOf?.entity.name,
        s.onBehalfOf?.inferred,
        s.inferred,
        s.inferredFrom?.id,
      ];
      return (s.evidence as Json[]).map((_, i) => row(...shared, ...evidence(s.evidence, i)));
    });
    expect(csv('statements').slice(1)).toEqual(expected);
    expect(csv('statement_areas').slice(1)).toEqual(
      statements.flatMap((s) => (s.qualifiers.areas as string[]).map((a, i) => row(s.id, a, i))),
    );
  });

  it('positions × evidence and position_about', async () => {
    const positions = await all(
      'positions',
      `id holder { id name kind } onBehalfOf { id name } topic { id name kind } about { id name kind } stance polarity speech summary
       venue { id name } date { ${TIME} } evidence { ${EVIDENCE} }`,
    );
    const expected = positions.flatMap((p) => {
      const shared = [
        p.id,
        p.holder.id,
        p.holder.name,
        p.holder.kind,
        p.onBehalfOf?.id,
        p.onBehalfOf?.name,
        p.topic.id,
        p.topic.name,
        p.topic.kind,
        p.stance,
        p.polarity,
        p.speech,
        p.summary,
        p.venue?.id,
        p.venue?.name,
        ...time(p.date),
      ];
      return (p.evidence as Json[]).map((_, i) => row(...shared, ...evidence(p.evidence, i)));
    });
    expect(csv('positions').slice(1)).toEqual(expected);
    expect(csv('position_about').slice(1)).toEqual(
      positions.flatMap((p) => (p.about as Json[]).map((e, i) => row(p.id, e.id, e.name, e.kind, i))),
    );
  });
});
