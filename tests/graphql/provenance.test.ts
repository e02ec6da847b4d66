import { describe, expect, it } from 'vitest';
import { normalizeQuote } from '../../src/dataset/normalized-text.js';
import type { KnowledgeGraph } from '../../src/graph/knowledge-graph.js';
import { gql, type Json } from '../helpers/gql.js';
import { seedsGraph } from '../helpers/graphs.js';

const SOURCES = 'sourceCount singleSource sources { document { id } evidence { quote exact start end document { id } } }';

/** Every evidence entry of a source lies in its document at its offsets. */
function expectLocated(kg: KnowledgeGraph, sources: Json[]): void {
  for (const source of sources) {
    for (const e of source.evidence) {
      expect(e.document.id).toBe(source.document.id);
      expect(kg.documentById.get(e.document.id)!.text.slice(e.start, e.end)).toBe(e.exact);
      expect(normalizeQuote(e.exact)).toBe(normalizeQuote(e.quote));
    }
  }
}

const distinctDocuments = (evidence: ReadonlyArray<{ document: string }>): number => new Set(evidence.map((e) => e.document)).size;

describe('Query.singleSourceStatements', () => {
  it('lists exactly the statements with one distinct supporting document, page by page', async () => {
    const kg = await seedsGraph();
    const expected = kg.dataset.statements.filter((s) => distinctDocuments(s.evidence) === 1).map((s) => s.id);
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(kg.dataset.statements.length);
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const result: Json = await gql(
        kg,
        `query($after: String) { singleSourceStatements(first: 40, after: $after) {
            totalCount pageInfo { hasNextPage endCursor } nodes { statement { id } position { id } ${SOURCES} } } }`,
        { after },
      );
      expect(result.errors).toBeUndefined();
      const page = result.data.singleSourceStatements;
      expect(page.totalCount).toBe(expected.length);
      for (const node of page.nodes) {
        expect(node.position).toBeNull();
        expect(node.sourceCount).toBe(1);
        expect(node.singleSource).toBe(true);
        expect(node.sources).toHaveLength(1);
        expectLocated(kg, node.sources);
        seen.push(node.statement.id);
      }
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen).toEqual(expected);
  });

  it('narrows to the statements resting on one document', async () => {
    const kg = await seedsGraph();
    const document = kg.dataset.documents[0]!.id;
    const result = await gql(
      kg,
      `query($document: ID) { singleSourceStatements(document: $document, first: 100) { totalCount nodes { statement { id } sources { document { id } } } } }`,
      { document },
    );
    const expected = kg.dataset.statements.filter((s) => s.evidence.every((e) => e.document === document)).map((s) => s.id);
    expect(result.data.singleSourceStatements.nodes.map((n: Json) => n.statement.id as string)).toEqual(expected.slice(0, 100));
    expect(result.data.singleSourceStatements.totalCount).toBe(expected.length);
    for (const node of result.data.singleSourceStatements.nodes) expect(node.sources).toEqual([{ document: { id: document } }]);
  });

  it('rejects an unknown predicate', async () => {
    const kg = await seedsGraph();
    const result = await gql(kg, '{ singleSourceStatements(predicate: "no_such") { totalCount } }');
    expect(result.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
  });
});

describe('Query.singleSourcePositions', () => {
  it('lists exactly the positions with one distinct supporting document', async () => {
    const kg = await seedsGraph();
    const expected = kg.dataset.positions.filter((p) => distinctDocuments(p.evidence) === 1).map((p) => p.id);
    const result = await gql(kg, '{ singleSourcePositions(first: 100) { totalCount nodes { position { id } sourceCount } } }');
    expect(result.data.singleSourcePositions.totalCount).toBe(expected.length);
    expect(result.data.singleSourcePositions.nodes.map((n: Json) => n.position.id as string)).toEqual(expected.slice(0, 100));
  });
});

describe('Query.provenance', () => {
  it('names every document supporting Kazakhstan’s Board of Peace membership, with quotes at their offsets', async () => {
    const kg = await seedsGraph();
    const statement = kg.dataset.statements.find(
      (s) => s.subject === 'country:kz' && s.predicate === 'member_of' && s.object === 'organization:board-of-peace',
    )!;
    const result = await gql(kg, `query($id: ID!) { provenance(id: $id) { statement { id } position { id } ${SOURCES} } }`, {
      id: statement.id,
    });
    expect(result.errors).toBeUndefined();
    const found = result.data.provenance;
    expect(found.statement.id).toBe(statement.id);
    expect(found.position).toBeNull();
    expect(found.sourceCount).toBe(distinctDocuments(statement.evidence));
    expect(found.singleSource).toBe(found.sourceCount === 1);
    expect(found.sources.map((s: Json) => s.document.id as string)).toEqual([...new Set(statement.evidence.map((e) => e.document))]);
    expect(found.sources.flatMap((s: Json): unknown[] => s.evidence as unknown[])).toHaveLength(statement.evidence.length);
    expectLocated(kg, found.sources);
  });

  it('groups a multi-source fact by document', async () => {
    const kg = await seedsGraph();
    const statement = kg.dataset.statements.find((s) => distinctDocuments(s.evidence) > 1)!;
    const result = await gql(kg, `query($id: ID!) { provenance(id: $id) { ${SOURCES} } }`, { id: statement.id });
    expect(result.data.provenance.sourceCount).toBe(distinctDocuments(statement.evidence));
    expect(result.data.provenance.singleSource).toBe(false);
    expectLocated(kg, result.data.provenance.sources);
  });

  it('covers positions and is null for other ids', async () => {
    const kg = await seedsGraph();
    const position = kg.dataset.positions[0]!;
    const found = await gql(kg, `query($id: ID!) { provenance(id: $id) { statement { id } position { id } sourceCount } }`, {
      id: position.id,
    });
    expect(found.data.provenance).toEqual({
      statement: null,
      position: { id: position.id },
      sourceCount: distinctDocuments(position.evidence),
    });
    expect((await gql(kg, '{ provenance(id: "country:kz") { sourceCount } }')).data).toEqual({ provenance: null });
  });
});

describe('Query.documentsMentioning and Query.documentsSupporting', () => {
  it('lists the documents mentioning Putin with every mention at its offsets', async () => {
    const kg = await seedsGraph();
    const result = await gql(
      kg,
      '{ documentsMentioning(entity: "Putin") { document { id } count paragraphs mentions { alias start end paragraph entity { id } } } }',
    );
    expect(result.errors).toBeUndefined();
    const found = result.data.documentsMentioning;
    const all = kg.mentionsByEntity.get('person:vladimir-putin') ?? [];
    expect(found.map((d: Json) => d.count as number).reduce((a: number, b: number) => a + b, 0)).toBe(all.length);
    expect(found.map((d: Json) => d.document.id as string).sort()).toEqual([...new Set(all.map((m) => m.document))].sort());
    for (let i = 1; i < found.length; i++) expect(found[i].count).toBeLessThanOrEqual(found[i - 1].count);
    for (const d of found) {
      expect(d.mentions).toHaveLength(d.count);
      expect(d.paragraphs).toEqual(
        [...new Set(d.mentions.map((m: Json) => m.paragraph as number))].sort((a, b) => (a as number) - (b as number)),
      );
      const text = kg.documentById.get(d.document.id)!.text;
      for (const m of d.mentions) {
        expect(m.entity.id).toBe('person:vladimir-putin');
        expect(normalizeQuote(text.slice(m.start, m.end))).toBe(normalizeQuote(m.alias));
      }
    }
  });

  it('lists the documents supporting facts about Kazakhstan, each with facts it quotes', async () => {
    const kg = await seedsGraph();
    const result = await gql(kg, '{ documentsSupporting(entity: "country:kz") { document { id } statements { id } positions { id } } }');
    expect(result.errors).toBeUndefined();
    const found = result.data.documentsSupporting;
    expect(found.length).toBeGreaterThan(0);
    for (const d of found) {
      for (const { id } of d.statements) {
        const s = kg.statementById.get(id)!;
        expect(s.evidence.some((e) => e.document === d.document.id)).toBe(true);
        expect([s.subject, s.object, s.qualifiers.location, s.qualifiers.counterpart, s.qualifiers.via]).toContain('country:kz');
      }
      for (const { id } of d.positions) expect(kg.positionById.get(id)!.evidence.some((e) => e.document === d.document.id)).toBe(true);
    }
    const memberOf = kg.dataset.statements.find((s) => s.subject === 'country:kz' && s.object === 'organization:board-of-peace')!;
    for (const document of new Set(memberOf.evidence.map((e) => e.document))) {
      expect(found.find((d: Json) => d.document.id === document).statements.map((s: Json) => s.id as string)).toContain(memberOf.id);
    }
  });

  it('rejects an unknown entity, suggesting the closest ones', async () => {
    const kg = await seedsGraph();
    const result = await gql(kg, '{ documentsMentioning(entity: "Tokaiev") { count } }');
    expect(result.data).toBeNull();
    expect(result.errors).toEqual([
      {
        message:
          'entity: no entity is named "Tokaiev" — did you mean Kassym-Jomart Tokayev (person:kassym-jomart-tokayev), ' +
          "Kassym-Jomart Tokayev's interview to Ana tili (work:ana-tili-interview) or " +
          "Tokayev's interview with The News International (work:news-international-interview)?",
        locations: [{ line: 1, column: 3 }],
        path: ['documentsMentioning'],
        extensions: {
          code: 'BAD_USER_INPUT',
          reason: 'UNKNOWN_ENTITY',
          argument: 'entity',
          value: 'Tokaiev',
          suggestions: [
            { id: 'person:kassym-jomart-tokayev', name: 'Kassym-Jomart Tokayev', kind: 'PERSON', matchedBy: 'ALIAS', alias: 'Tokayev' },
            {
              id: 'work:ana-tili-interview',
              name: "Kassym-Jomart Tokayev's interview to Ana tili",
              kind: 'WORK',
              matchedBy: 'SEARCH',
              alias: null,
            },
            {
              id: 'work:news-international-interview',
              name: "Tokayev's interview with The News International",
              kind: 'WORK',
              matchedBy: 'SEARCH',
              alias: null,
            },
          ],
        },
      },
    ]);
    const supporting = await gql(kg, '{ documentsSupporting(entity: "Atlantis") { document { id } } }');
    expect(supporting.errors?.map((e) => e.extensions?.['reason'])).toEqual(['UNKNOWN_ENTITY']);
  });
});

describe('Query.coMentions', () => {
  it('lists entities mentioned in the same paragraphs as Putin, Tokayev among them, with the shared paragraphs', async () => {
    const kg = await seedsGraph();
    const result = await gql(
      kg,
      '{ coMentions(entity: "Putin", first: 100) { entity { id aliases } count mentionCount contexts { document { id } paragraph start end text } } }',
    );
    expect(result.errors).toBeUndefined();
    const found = result.data.coMentions;
    expect(found.map((c: Json) => c.entity.id as string)).toContain('person:kassym-jomart-tokayev');
    const putin = kg.mentionsByEntity.get('person:vladimir-putin') ?? [];
    for (const c of found) {
      expect(c.contexts).toHaveLength(c.count);
      expect(c.mentionCount).toBeGreaterThanOrEqual(c.count);
      for (const context of c.contexts) {
        const document = kg.documentById.get(context.document.id)!;
        expect(document.text.slice(context.start, context.end)).toBe(context.text);
        expect(putin.some((m) => m.document === context.document.id && m.paragraph === context.paragraph)).toBe(true);
        const other = kg.mentionsByEntity.get(c.entity.id) ?? [];
        expect(other.some((m) => m.document === context.document.id && m.paragraph === context.paragraph)).toBe(true);
      }
    }
    for (let i = 1; i < found.length; i++) expect(found[i].count).toBeLessThanOrEqual(found[i - 1].count);
  });

  it('counts documents with the DOCUMENT scope and filters by kind', async () => {
    const kg = await seedsGraph();
    const result = await gql(
      kg,
      '{ coMentions(entity: "Putin", scope: DOCUMENT, kinds: [PERSON]) { entity { id kind } count contexts { paragraph text } } }',
    );
    expect(result.errors).toBeUndefined();
    const found = result.data.coMentions;
    expect(found.every((c: Json) => c.entity.kind === 'PERSON')).toBe(true);
    expect(found.flatMap((c: Json): unknown[] => c.contexts as unknown[]).every((x: Json) => x.paragraph === null && x.text === null)).toBe(
      true,
    );
    expect((await gql(kg, '{ coMentions(entity: "Atlantis") { count } }')).errors?.[0]?.message).toBe(
      'entity: no entity is named "Atlantis"',
    );
  });
});
