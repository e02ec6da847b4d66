import { DataFactory, Parser, Store, type Quad } from 'n3';
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

const RDF = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#';
const RDF_TYPE = `${RDF}type`;
const RDFS_LABEL = 'http://www.w3.org/2000/01/rdf-schema#label';
const PROV = 'http://www.w3.org/ns/prov#';
const OA = 'http://www.w3.org/ns/oa#';

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
  // Evidence: the Web Annotations whose body is the record, in dgo:index order.
  const evidenceOf = (record: string): EvidenceRef[] =>
    store
      .getSubjects(`${OA}hasBody`, record, null)
      .map((a) => a.value)
      .sort((a, b) => Number(one(a, o('index'))) - Number(one(b, o('index'))))
      .map((a) => {
        const target = one(a, `${OA}hasTarget`);
        const position = store
          .getObjects(target, `${OA}hasSelector`, null)
          .map((t) => t.value)
          .find((sel) =>
            store.has(
              DataFactory.quad(
                DataFactory.namedNode(sel),
                DataFactory.namedNode(RDF_TYPE),
                DataFactory.namedNode(`${OA}TextPositionSelector`),
              ),
            ),
          )!;
        return {
          document: idOfIri(ns, one(target, `${OA}hasSource`))!,
          quote: one(a, o('quote')),
          start: Number(one(position, o('start'))),
          end: Number(one(position, o('end'))),
        };
      });
  return {
    ns,
    store,
    entities: subjectsOf('Entity').map((s) => ({ id: one(s, o('id')), kind: one(s, o('kind')), name: one(s, RDFS_LABEL), iri: s })),
    statements: subjectsOf('Statement').map((s) => ({
      id: one(s, o('id')),
      subject: idOfIri(ns, one(s, `${RDF}subject`)),
      predicate: one(s, `${RDF}predicate`).slice(ns.predicate.length),
      object: store.getObjects(s, `${RDF}object`, null).map((t) => (t.termType === 'NamedNode' ? idOfIri(ns, t.value) : null))[0] ?? null,
      evidence: evidenceOf(s),
    })),
    positions: subjectsOf('Position').map((s) => ({
      id: one(s, o('id')),
      holder: idOfIri(ns, one(s, `${PROV}wasAttributedTo`)),
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
    byId(kg.dataset.entities.map((e) => ({ id: e.id, kind: e.kind.toUpperCase(), name: e.name }))),
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
      kg.dataset.positions.map((p) => ({
        id: p.id,
        holder: p.holder,
        topic: p.topic,
        stance: p.stance.toUpperCase(),
        evidence: evidence(p.evidence),
      })),
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
    const amount = store.getObjects(count, `${RDF}object`, null)[0]!;
    expect([amount.value, amount.termType === 'Literal' ? amount.datatype.value : '']).toEqual([
      '19',
      'http://www.w3.org/2001/XMLSchema#double',
    ]);
    const start = store.getObjects(iriOfId(ns, 'statement:kz-member-of-board-of-peace'), `${ns.ontology}startTime`, null)[0]!.value;
    expect(store.getObjects(start, `${ns.ontology}value`, null)[0]!.value).toBe('--01-22');
    expect(store.getObjects(start, `${ns.ontology}precision`, null)[0]!.value).toBe('MONTH_DAY');
    expect(store.getObjects(start, `${ns.ontology}source`, null)[0]!.value).toBe('INFERRED');
    const position = `${iriOfId(ns, 'statement:kz-member-of-board-of-peace')}/evidence/0/target/position`;
    const start0 = store.getObjects(position, `${ns.ontology}start`, null)[0]!;
    expect(start0.termType === 'Literal' ? start0.datatype.value : '').toBe('http://www.w3.org/2001/XMLSchema#integer');
    expect(store.getObjects(iriOfId(ns, 'country:kz'), `${ns.ontology}iso2`, null)[0]!.value).toBe('KZ');
    expect(store.getObjects(`${ns.id}dataset`, 'http://www.w3.org/2002/07/owl#versionInfo', null)[0]!.value).toBe(mini.dataset.version);
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

describe('W3C vocabularies and no duplicate triples', () => {
  it('writes each triple once: the set of N-Triples lines equals their list, and Turtle holds as many', () => {
    const lines = toNTriples(seeds).trim().split('\n');
    expect(new Set(lines).size).toBe(lines.length);
    // Tokayev signed the charter twice (Jan. 22; Davos): one direct triple.
    const signed = lines.filter((l) =>
      l.startsWith('<https://diplomacy-graph.example/id/person/kassym-jomart-tokayev> <https://diplomacy-graph.example/predicate/signed> '),
    );
    expect(signed).toHaveLength(1);
    expect(new Store(new Parser({ format: 'Turtle' }).parse(toTurtle(seeds))).size).toBe(lines.length);
  });

  it('evidence is a Web Annotation with quote and position selectors; records are prov:wasDerivedFrom their documents', () => {
    const { ns, store } = readBack(new Parser({ format: 'N-Triples' }).parse(toNTriples(seeds)));
    const id = 'statement:kz-member-of-board-of-peace';
    const record = iriOfId(ns, id);
    const statement = seeds.statementById.get(id)!;
    const e = statement.evidence[1]!;
    const annotation = `${record}/evidence/1`;
    const objects = (s: string, p: string) => store.getObjects(s, p, null).map((t) => t.value);
    expect(objects(annotation, RDF_TYPE)).toEqual([`${OA}Annotation`]);
    expect(objects(annotation, `${OA}hasBody`)).toEqual([record]);
    const target = `${annotation}/target`;
    expect(objects(target, `${OA}hasSource`)).toEqual([iriOfId(ns, e.document)]);
    expect(objects(`${target}/quote`, RDF_TYPE)).toEqual([`${OA}TextQuoteSelector`]);
    expect([`${OA}exact`, `${OA}prefix`, `${OA}suffix`].map((p) => objects(`${target}/quote`, p)[0])).toEqual([
      e.exact,
      e.prefix,
      e.suffix,
    ]);
    expect(objects(`${target}/position`, RDF_TYPE)).toEqual([`${OA}TextPositionSelector`]);
    // The seeds' documents have no characters outside the BMP: code points and UTF-16 units agree.
    expect([`${OA}start`, `${OA}end`].map((p) => Number(objects(`${target}/position`, p)[0]))).toEqual([e.start, e.end]);
    expect(objects(record, `${PROV}wasDerivedFrom`).sort()).toEqual(
      [...new Set(statement.evidence.map((x) => iriOfId(ns, x.document)))].sort(),
    );
  });

  it('a derived date names its record, an inferred statement the act it rests on and the state it was for', () => {
    const { ns, store } = readBack(new Parser({ format: 'N-Triples' }).parse(toNTriples(seeds)));
    const objects = (s: string, p: string) => store.getObjects(s, p, null).map((t) => t.value);
    const date = `${iriOfId(ns, 'position:tokayev-stability-rare-strategic-resource')}/date`;
    expect(objects(date, `${ns.ontology}source`)).toEqual(['DERIVED']);
    expect(objects(date, `${PROV}wasDerivedFrom`)).toEqual([
      iriOfId(ns, 'statement:reliability-is-the-new-power-published-in-the-national-interest'),
    ]);
    const kzSigned = iriOfId(ns, 'statement:kz-signed-board-of-peace-charter');
    expect(objects(kzSigned, `${PROV}wasDerivedFrom`)).toContain(iriOfId(ns, 'statement:tokayev-signed-board-of-peace-charter'));
    expect(objects(kzSigned, `${ns.ontology}inferred`)).toHaveLength(1);
    expect(objects(iriOfId(ns, 'statement:tokayev-signed-board-of-peace-charter'), `${ns.ontology}onBehalfOf`)).toEqual([
      iriOfId(ns, 'country:kz'),
    ]);
    expect(objects(iriOfId(ns, 'position:tokayev-stability-rare-strategic-resource'), `${PROV}wasAttributedTo`)).toEqual([
      iriOfId(ns, 'person:kassym-jomart-tokayev'),
    ]);
  });
});
