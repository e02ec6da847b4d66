import { describe, expect, it } from 'vitest';
import { gql } from '../helpers/gql.js';
import { seedsGraph } from '../helpers/graphs.js';

const kg = await seedsGraph();

interface EvidenceJson {
  readonly quote?: string;
  readonly exact: string;
  readonly start: number;
  readonly end: number;
  readonly document: { readonly id: string };
}
interface Ref {
  readonly id: string;
}

/**
 * Facts of the seeds, looked up by meaning (subject, predicate, object), never by statement id:
 * curators may merge duplicate statements. Each answer of the query API is checked against the
 * same fact computed directly from the dataset.
 */
describe('query API on the seeds', () => {
  it('lists the members of the OTS, Kazakhstan among them, with evidence', async () => {
    const result = await gql(
      kg,
      `{ entity(id: "OTS") { id ... on Organization { members { entity { id } label evidence { exact start end document { id } } } } }
         countries(where: { memberOf: { some: { entity: { is: "Organization of Turkic States" } } } }) { nodes { id } } }`,
    );
    expect(result.errors).toBeUndefined();
    const expected = [
      ...new Set(kg.dataset.statements.filter((s) => s.predicate === 'member_of' && s.object === 'organization:ots').map((s) => s.subject)),
    ];
    const members = result.data.entity.members as Array<{ entity: Ref; label: string; evidence: EvidenceJson[] }>;
    expect(members.map((m) => m.entity.id)).toEqual(expected);
    expect(members.map((m) => m.entity.id)).toContain('country:kz');
    expect(new Set(members.map((m) => m.label))).toEqual(new Set(['has member']));
    for (const m of members) {
      for (const e of m.evidence) expect(kg.documentById.get(e.document.id)!.text.slice(e.start, e.end)).toBe(e.exact);
    }
    expect((result.data.countries.nodes as Ref[]).map((n) => n.id)).toEqual(expected.filter((id) => id.startsWith('country:')));
  });

  it('finds the countries that are founding members of the Board of Peace', async () => {
    const result = await gql(
      kg,
      `{ countries(where: { memberOf: { some: { entity: { is: "Board of Peace" }, role: { eq: "founding member" } } } }, sort: [{ name: ASC }]) {
           totalCount nodes { id name } } }`,
    );
    expect(result.errors).toBeUndefined();
    const expected = new Set(
      kg.dataset.statements
        .filter((s) => s.predicate === 'member_of' && s.object === 'organization:board-of-peace' && s.qualifiers.role === 'founding member')
        .map((s) => s.subject)
        .filter((id) => id.startsWith('country:')),
    );
    const countries = result.data.countries.nodes as Array<{ id: string; name: string }>;
    const ids = countries.map((n) => n.id);
    expect(ids).toContain('country:kz');
    expect(new Set(ids)).toEqual(expected);
    expect(result.data.countries.totalCount).toBe(expected.size);
    const names = countries.map((n) => n.name);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en')));
  });

  it("gives Tokayev's positions on the two-state solution with verbatim quotes", async () => {
    const result = await gql(
      kg,
      `{ positions(where: { holder: { is: "Tokaev" }, concerns: { is: "two-state solution" } }, sort: [{ sourceCount: DESC }]) {
           totalCount nodes { id stance polarity summary sourceCount topic { id } about { id }
             evidence { quote exact start end document { id } } } } }`,
    );
    expect(result.errors).toBeUndefined();
    const expected = kg.dataset.positions.filter(
      (p) =>
        p.holder === 'person:kassym-jomart-tokayev' &&
        (p.topic === 'topic:two-state-solution' || p.about.includes('topic:two-state-solution')),
    );
    const nodes = result.data.positions.nodes as Array<{
      id: string;
      stance: string;
      sourceCount: number;
      topic: Ref;
      evidence: EvidenceJson[];
    }>;
    expect(result.data.positions.totalCount).toBe(expected.length);
    expect(new Set(nodes.map((n) => n.id))).toEqual(new Set(expected.map((p) => p.id)));
    expect(nodes.some((n) => n.topic.id === 'topic:two-state-solution' && n.stance === 'SUPPORTS')).toBe(true);
    const counts = nodes.map((n) => n.sourceCount);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    for (const node of nodes) {
      expect(node.evidence.length).toBeGreaterThan(0);
      for (const e of node.evidence) expect(kg.documentById.get(e.document.id)!.text.slice(e.start, e.end)).toBe(e.exact);
    }
  });

  it("finds Putin's 33 visits to Kazakhstan by a statement filter on a literal value", async () => {
    const result = await gql(
      kg,
      `{ statements(where: { subject: { is: "Putin" }, predicate: { eq: "visit_count" }, qualifiers: { counterpart: { is: "Kazakhstan" } } }) {
           nodes { value { ... on Quantity { amount unit } } evidence { quote } } } }`,
    );
    expect(result.errors).toBeUndefined();
    const amounts = (result.data.statements.nodes as Array<{ value: { amount: number } }>).map((n) => n.value.amount);
    expect(amounts.length).toBeGreaterThan(0);
    expect(new Set(amounts)).toEqual(new Set([33]));
  });

  it('sorts statements by number of sources, the best-supported first', async () => {
    const result = await gql(
      kg,
      '{ statements(sort: [{ sourceCount: DESC }], first: 10) { totalCount nodes { sourceCount documents { id } } } }',
    );
    expect(result.errors).toBeUndefined();
    const nodes = result.data.statements.nodes as Array<{ sourceCount: number; documents: Ref[] }>;
    const max = Math.max(...kg.dataset.statements.map((s) => new Set(s.evidence.map((e) => e.document)).size));
    expect(nodes[0]!.sourceCount).toBe(max);
    for (const n of nodes) expect(n.sourceCount).toBe(n.documents.length);
    expect(nodes.map((n) => n.sourceCount)).toEqual([...nodes.map((n) => n.sourceCount)].sort((a, b) => b - a));
    expect(result.data.statements.totalCount).toBe(kg.dataset.statements.length);
  });

  it("orders Kazakhstan's timeline by time, year-unknown items after dated ones", async () => {
    const result = await gql(kg, '{ timeline(entity: "Kazakhstan") { items { yearKnown time { earliest } } } }');
    expect(result.errors).toBeUndefined();
    const items = result.data.timeline.items as Array<{ yearKnown: boolean; time: { earliest: string | null } }>;
    expect(items.length).toBeGreaterThan(0);
    const firstYearless = items.findIndex((i) => !i.yearKnown);
    const dated = firstYearless === -1 ? items : items.slice(0, firstYearless);
    expect(items.slice(dated.length).every((i) => !i.yearKnown)).toBe(true);
    const days = dated.map((i) => i.time.earliest);
    expect(days).toEqual([...days].sort());
  });
});
