import { Parser, Store, type Quad } from 'n3';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_RDF_BASE, idOfIri, iriOfId, rdfNamespaces, toNTriples, toTurtle } from '../../src/export/index.js';
import { InvalidArgumentError } from '../../src/errors.js';
import type { KnowledgeGraph } from '../../src/graph/knowledge-graph.js';
import { miniGraph, seedsGraph } from '../helpers/graphs.js';
import type { EvidenceRef } from './expected-graph.js';

let seeds: KnowledgeGraph;
let mini: KnowledgeGraph;

beforeAll(async () => {
  seeds = await seedsGraph();
  mini = await miniGraph();
});

const RDF_TYPE = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type';
const RDFS_LABEL = 'http://www.w3.org/2000/01/rdf-schema#label';

/** What the RDF says about records, read back through an n3 Store. */
function readBack(quads: Quad[], base = DEFAULT_RDF_BASE) {
  const ns = rdfNamespaces(base);
  const store = new Store(quads);
  const o = (term: string) => `${ns.ontology}${term}`;
  const one = (subject: string, predicate: string): string => {
    const objects = store.getObjects(subject, predicate, null);
    if (objects.length !== 1) throw new Error(`${subject} ${predicate}: ${objects.length} values`);
    return objects[0]!.value;
  };
  const subjectsOf = (type: string) => store.getSubjects(RDF_TYPE, o(type), null).map((s) => s.value);
  const evidenceOf = (record: string): EvidenceRef[] =>
    store
      .getObjects(record, o('evidence'), null)
      .map((e) => e.value)
      .sort((a, b) => Number(one(a, o('index'))) - Number(one(b, o('index'))))
      .map((e) => ({
        document: idOfIri(ns, one(e, o('document')))!,
        quote: one(e, o('quote')),
        start: Number(one(e, o('start'))),
        end: Number(one(e, o('end'))),
      }));
  return {
    ns,
    store,
    entities: subjectsOf('Entity').map((s) => ({ id: one(s, o('id')), kind: one(s, o('kind')), name: one(s, RDFS_LABEL), iri: s })),
    statements: subjectsOf('Statement').map((s) => ({
      id: one(s, o('id')),
      subject: idOfIri(ns, one(s, o('subject'))),
      predicate: one(s, o('predicate')).slice(ns.predicate.length),
      object: store.getObjects(s, o('object'), null).map((t) => idOfIri(ns, t.value))[0] ?? null,
      evidence: evidenceOf(s),
    })),
    positions: subjectsOf('Position').map((s) => ({
      id: one(s, o('id')),
      holder: idOfIri(ns, one(s, o('holder'))),
      topic: idOfIri(ns, one(s, o('topic'))),
      stance: one(s, o('stance')),
      evidence: evidenceOf(s),
    })),
    documents: subjectsOf('Document').map((s) => one(s, o('id'))),
  };
}

const evidence = (list: readonly { document: string; quote: string; start: number; end: number }[]): EvidenceRef[] =>
  list.map((e) => ({ document: e.document, quote: e.quote, start: e.start, end: e.end }));

function expectLossless(kg: KnowledgeGraph, quads: Quad[]): void {
  const back = readBack(quads);
  const byId = <T extends { id: string }>(list: T[]) => [...list].sort((a, b) => a.id.localeCompare(b.id));
  expect(byId(back.entities).map(({ id, kind, name }) => ({ id, kind, name }))).toEqual(
    byId(kg.dataset.entities.map((e) => ({ id: e.id, kind: e.kind, name: e.name }))),
  );
  expect(byId(back.statements)).toEqual(
    byId(
      kg.dataset.statements.map((s) => ({
        id: s.id,
        subject: s.subject,
        predicate: s.predicate,
        object: s.object,
        evidence: evidence(s.evidence),
      })),
    ),
  );
  expect(byId(back.positions)).toEqual(
    byId(
      kg.dataset.positions.map((p) => ({ id: p.id, holder: p.holder, topic: p.topic, stance: p.stance, evidence: evidence(p.evidence) })),
    ),
  );
  expect(back.documents.sort()).toEqual(kg.dataset.documents.map((d) => d.id).sort());
  for (const e of back.entities) expect(e.iri).toBe(iriOfId(back.ns, e.id));
}

describe('N-Triples', () => {
  it('parses back with the n3 Parser without loss of ids, kinds, predicates or evidence', () => {
    for (const kg of [mini, seeds]) expectLossless(kg, new Parser({ format: 'N-Triples' }).parse(toNTriples(kg)));
  });
});

describe('Turtle', () => {
  it('parses back with the n3 Parser without loss of ids, kinds, predicates or evidence', () => {
    for (const kg of [mini, seeds]) expectLossless(kg, new Parser({ format: 'Turtle' }).parse(toTurtle(kg)));
  });

  it('declares the dg:, dgo:, dgp: prefixes and holds the same triples as N-Triples', () => {
    const turtle = toTurtle(mini);
    expect(turtle).toContain('@prefix dg: <https://diplomacy-graph.example/id/>.');
    expect(turtle).toContain('@prefix dgo: <https://diplomacy-graph.example/ontology#>.');
    expect(turtle).toContain('@prefix dgp: <https://diplomacy-graph.example/predicate/>.');
    const a = new Store(new Parser({ format: 'Turtle' }).parse(turtle));
    const b = new Parser({ format: 'N-Triples' }).parse(toNTriples(mini));
    expect(a.size).toBe(b.length);
    for (const q of b) expect(a.has(q)).toBe(true);
  });
});

describe('RDF model', () => {
  it('writes the direct triple of a statement and typed values, times and qualifiers', () => {
    const back = readBack(new Parser({ format: 'N-Triples' }).parse(toNTriples(mini)));
    const { ns, store } = back;
    const kz = iriOfId(ns, 'country:kz');
    expect(kz).toBe('https://diplomacy-graph.example/id/country/kz');
    expect(store.getQuads(kz, `${ns.predicate}member_of`, iriOfId(ns, 'organization:board-of-peace'), null)).toHaveLength(1);
    expect(store.getQuads(kz, `${ns.predicate}member_of`, null, null)).toHaveLength(1);
    const count = iriOfId(ns, 'statement:board-founding-count');
    const amount = store.getObjects(count, `${ns.ontology}amount`, null)[0]!;
    expect([amount.value, amount.termType === 'Literal' ? amount.datatype.value : '']).toEqual([
      '19',
      'http://www.w3.org/2001/XMLSchema#double',
    ]);
    const start = store.getObjects(iriOfId(ns, 'statement:kz-member-of-board-of-peace'), `${ns.ontology}startTime`, null)[0]!.value;
    expect(store.getObjects(start, `${ns.ontology}value`, null)[0]!.value).toBe('--01-22');
    expect(store.getObjects(start, `${ns.ontology}precision`, null)[0]!.value).toBe('monthDay');
    const evidence = `${iriOfId(ns, 'statement:kz-member-of-board-of-peace')}/evidence/0`;
    const start0 = store.getObjects(evidence, `${ns.ontology}start`, null)[0]!;
    expect(start0.termType === 'Literal' ? start0.datatype.value : '').toBe('http://www.w3.org/2001/XMLSchema#integer');
    expect(store.getObjects(iriOfId(ns, 'country:kz'), `${ns.ontology}iso2`, null)[0]!.value).toBe('KZ');
    expect(store.getObjects(`${ns.id}dataset`, `${ns.ontology}version`, null)[0]!.value).toBe(mini.dataset.version);
  });

  it('mints every IRI under the base option and maps ids both ways', () => {
    const base = 'https://data.example.org/diplomacy';
    const quads = new Parser({ format: 'N-Triples' }).parse(toNTriples(mini, { base }));
    for (const q of quads) {
      expect(q.subject.value.startsWith('https://data.example.org/diplomacy/')).toBe(true);
      expect(q.predicate.value).toMatch(/^(https:\/\/data\.example\.org\/diplomacy\/|http:\/\/www\.w3\.org\/)/);
    }
    const ns = rdfNamespaces(base);
    expect(ns.id).toBe('https://data.example.org/diplomacy/id/');
    expect(idOfIri(ns, iriOfId(ns, 'statement:kz-member-of-board-of-peace'))).toBe('statement:kz-member-of-board-of-peace');
    expect(idOfIri(ns, 'https://elsewhere.example/x')).toBeNull();
    expect(() => rdfNamespaces('not an iri')).toThrow(InvalidArgumentError);
    expect(() => rdfNamespaces('ftp://example.org/')).toThrow(InvalidArgumentError);
  });
});
