import { DataFactory, type Quad, type Quad_Object } from 'n3';
import type { DocumentRecord, Entity, Evidence, MetaField, Position, Predicate, Statement, TimeValue } from '../dataset/model.js';
import type { KnowledgeGraph } from '../graph/knowledge-graph.js';
import { iriOfId, rdfNamespaces, type RdfNamespaces } from './rdf-namespaces.js';
import type { RdfOptions } from './rdf-options.js';

const namedNode = (iri: string) => DataFactory.namedNode(iri);
const literal = (value: string, datatype?: ReturnType<typeof namedNode>) => DataFactory.literal(value, datatype);
const quad = (subject: Quad['subject'], predicate: Quad['predicate'], object: Quad_Object) => DataFactory.quad(subject, predicate, object);

const RDF = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#';
const RDFS = 'http://www.w3.org/2000/01/rdf-schema#';
const SKOS = 'http://www.w3.org/2004/02/skos/core#';
const XSD = 'http://www.w3.org/2001/XMLSchema#';
const WIKIDATA_ENTITY = 'http://www.wikidata.org/entity/';

/** The prefixes the Turtle export declares. */
export function rdfPrefixes(ns: RdfNamespaces): Record<string, string> {
  return { dg: ns.id, dgo: ns.ontology, dgp: ns.predicate, rdf: RDF, rdfs: RDFS, skos: SKOS, xsd: XSD };
}

const pascal = (word: string): string => (word[0] ?? '').toUpperCase() + word.slice(1);

/** Collects the triples of one subject at a time, so writers can group them. */
class TripleSink {
  readonly quads: Quad[] = [];
  constructor(readonly ns: RdfNamespaces) {}
  term = (name: string) => namedNode(`${this.ns.ontology}${name}`);
  entity = (id: string) => namedNode(iriOfId(this.ns, id));
  add(subject: string, predicate: string, object: Quad_Object | null | undefined): void {
    if (object === null || object === undefined) return;
    this.quads.push(quad(namedNode(subject), namedNode(predicate), object));
  }
  /** `subject dgo:<property> object`. */
  set(subject: string, property: string, object: Quad_Object | null | undefined): void {
    this.add(subject, `${this.ns.ontology}${property}`, object);
  }
  text(subject: string, property: string, value: string | null | undefined): void {
    if (value !== null && value !== undefined) this.set(subject, property, literal(value));
  }
  integer(subject: string, property: string, value: number): void {
    this.set(subject, property, literal(String(value), namedNode(`${XSD}integer`)));
  }
  type(subject: string, ...classes: string[]): void {
    for (const c of classes) this.add(subject, `${RDF}type`, this.term(c));
  }
}

function writeTime(sink: TripleSink, owner: string, property: string, time: TimeValue | null): void {
  if (time === null) return;
  const node = `${owner}/${property}`;
  sink.set(owner, property, namedNode(node));
  sink.type(node, 'Time');
  sink.text(node, 'value', time.value);
  sink.text(node, 'precision', time.precision);
  if (time.earliest !== null) sink.set(node, 'earliest', literal(time.earliest, namedNode(`${XSD}date`)));
  if (time.latest !== null) sink.set(node, 'latest', literal(time.latest, namedNode(`${XSD}date`)));
  sink.text(node, 'inferred', time.inferred);
}

function writeEvidence(sink: TripleSink, owner: string, evidence: readonly Evidence[]): void {
  evidence.forEach((e, index) => {
    const node = `${owner}/evidence/${index}`;
    sink.set(owner, 'evidence', namedNode(node));
    sink.type(node, 'Evidence');
    sink.integer(node, 'index', index);
    sink.set(node, 'document', sink.entity(e.document));
    sink.text(node, 'quote', e.quote);
    sink.text(node, 'exact', e.exact);
    sink.integer(node, 'start', e.start);
    sink.integer(node, 'end', e.end);
    sink.text(node, 'prefix', e.prefix);
    sink.text(node, 'suffix', e.suffix);
    sink.text(node, 'sentence', e.sentence);
    sink.integer(node, 'paragraph', e.paragraph);
  });
}

function writeEntity(sink: TripleSink, e: Entity): void {
  const iri = iriOfId(sink.ns, e.id);
  sink.type(iri, 'Entity', pascal(e.kind));
  sink.text(iri, 'id', e.id);
  sink.text(iri, 'kind', e.kind);
  sink.add(iri, `${RDFS}label`, literal(e.name));
  for (const alias of e.aliases) sink.add(iri, `${SKOS}altLabel`, literal(alias));
  for (const alias of e.lookupAliases) sink.add(iri, `${SKOS}hiddenLabel`, literal(alias));
  if (e.description !== null) sink.add(iri, `${RDFS}comment`, literal(e.description));
  for (const [key, value] of Object.entries(e.attributes)) {
    if (/^[A-Za-z][A-Za-z0-9_]*$/.test(key)) sink.text(iri, key, value);
  }
}

function writePredicate(sink: TripleSink, p: Predicate): void {
  const iri = `${sink.ns.predicate}${encodeURIComponent(p.id)}`;
  sink.add(iri, `${RDF}type`, namedNode(`${RDF}Property`));
  sink.text(iri, 'id', p.id);
  sink.add(iri, `${RDFS}label`, literal(p.label));
  sink.text(iri, 'inverseLabel', p.inverse);
  if (p.description !== null) sink.add(iri, `${RDFS}comment`, literal(p.description));
  sink.set(iri, 'symmetric', literal(String(p.symmetric), namedNode(`${XSD}boolean`)));
  for (const kind of p.subjectKinds) sink.text(iri, 'subjectKind', kind);
  for (const kind of p.objectKinds) sink.text(iri, 'objectKind', kind);
  sink.text(iri, 'valueType', p.valueType);
  if (p.wikidata !== null) sink.set(iri, 'wikidata', namedNode(`${WIKIDATA_ENTITY}${encodeURIComponent(p.wikidata)}`));
}

function writeStatement(sink: TripleSink, s: Statement): void {
  const iri = iriOfId(sink.ns, s.id);
  const predicate = namedNode(`${sink.ns.predicate}${encodeURIComponent(s.predicate)}`);
  sink.type(iri, 'Statement');
  sink.text(iri, 'id', s.id);
  sink.set(iri, 'subject', sink.entity(s.subject));
  sink.set(iri, 'predicate', predicate);
  if (s.object !== null) sink.set(iri, 'object', sink.entity(s.object));
  const value = s.value;
  if (value !== null) {
    sink.text(iri, 'valueType', value.type);
    if (value.type === 'quantity') {
      sink.set(iri, 'amount', literal(String(value.amount), namedNode(`${XSD}double`)));
      sink.text(iri, 'unit', value.unit);
      sink.text(iri, 'comparator', value.comparator);
    } else if (value.type === 'string') sink.text(iri, 'text', value.text);
  }
  const q = s.qualifiers;
  sink.text(iri, 'role', q.role);
  sink.text(iri, 'characterization', q.characterization);
  sink.text(iri, 'note', q.note);
  for (const area of q.areas) sink.text(iri, 'area', area);
  if (q.location !== null) sink.set(iri, 'location', sink.entity(q.location));
  if (q.counterpart !== null) sink.set(iri, 'counterpart', sink.entity(q.counterpart));
  if (q.via !== null) sink.set(iri, 'via', sink.entity(q.via));
  writeTime(sink, iri, 'pointInTime', q.pointInTime);
  writeTime(sink, iri, 'startTime', q.start);
  writeTime(sink, iri, 'endTime', q.end);
  if (value?.type === 'time') writeTime(sink, iri, 'value', value.time);
  writeEvidence(sink, iri, s.evidence);
  // The direct ("truthy") triple, for queries that need no reification.
  if (s.object !== null) sink.add(iriOfId(sink.ns, s.subject), predicate.value, sink.entity(s.object));
}

function writePosition(sink: TripleSink, p: Position): void {
  const iri = iriOfId(sink.ns, p.id);
  sink.type(iri, 'Position');
  sink.text(iri, 'id', p.id);
  sink.set(iri, 'holder', sink.entity(p.holder));
  if (p.onBehalfOf !== null) sink.set(iri, 'onBehalfOf', sink.entity(p.onBehalfOf));
  sink.set(iri, 'topic', sink.entity(p.topic));
  for (const about of p.about) sink.set(iri, 'about', sink.entity(about));
  sink.text(iri, 'stance', p.stance);
  sink.text(iri, 'polarity', p.polarity);
  sink.text(iri, 'speech', p.speech);
  sink.text(iri, 'summary', p.summary);
  if (p.venue !== null) sink.set(iri, 'venue', sink.entity(p.venue));
  writeTime(sink, iri, 'date', p.date);
  writeEvidence(sink, iri, p.evidence);
}

const META_FIELDS = ['title', 'outlet', 'author', 'published', 'url', 'sourceUrl', 'language', 'genre'] as const;

function writeMetaField(sink: TripleSink, owner: string, property: string, field: MetaField | null): void {
  if (field === null) return;
  const node = `${owner}/${property}`;
  sink.set(owner, property, namedNode(node));
  sink.type(node, 'MetaField');
  sink.text(node, 'value', field.value);
  sink.text(node, 'inferred', field.inferred);
  if (field.evidence !== null) {
    sink.text(node, 'quote', field.evidence.quote);
    sink.integer(node, 'start', field.evidence.start);
    sink.integer(node, 'end', field.evidence.end);
  }
}

function writeDocument(sink: TripleSink, d: DocumentRecord): void {
  const iri = iriOfId(sink.ns, d.id);
  sink.type(iri, 'Document');
  sink.text(iri, 'id', d.id);
  sink.text(iri, 'file', d.file);
  sink.text(iri, 'sha256', d.sha256);
  sink.integer(iri, 'length', d.text.length);
  sink.integer(iri, 'paragraphCount', d.paragraphs.length);
  if (d.reports !== null) sink.set(iri, 'reports', sink.entity(d.reports));
  for (const field of META_FIELDS) writeMetaField(sink, iri, field, d[field]);
  writeTime(sink, iri, 'publishedTime', d.publishedTime);
}

/**
 * The knowledge graph as RDF triples (see `DEFAULT_RDF_BASE` for the IRIs). Statements and
 * positions are reified as resources (`dgo:Statement`: `dgo:subject`, `dgo:predicate`,
 * `dgo:object` or a typed value, qualifiers, `dgo:evidence`), so every quote survives; each piece
 * of evidence names its `dgo:document`, `dgo:quote`, `dgo:exact`, `dgo:start`, `dgo:end` (UTF-16
 * offsets), prefix, suffix and sentence. A statement with an entity object also gives the direct
 * triple `subject dgp:<predicate> object`. Documents carry their metadata (not their text),
 * predicates their labels and Wikidata property. Every record has `dgo:id`, its id as a string.
 */
export function rdfQuads(kg: KnowledgeGraph, options: RdfOptions = {}): Quad[] {
  const sink = new TripleSink(rdfNamespaces(options.base));
  const dataset = `${sink.ns.id}dataset`;
  sink.type(dataset, 'Dataset');
  sink.text(dataset, 'version', kg.dataset.version);
  for (const d of kg.dataset.documents) writeDocument(sink, d);
  for (const p of kg.dataset.predicates) writePredicate(sink, p);
  for (const e of kg.dataset.entities) writeEntity(sink, e);
  for (const s of kg.dataset.statements) writeStatement(sink, s);
  for (const p of kg.dataset.positions) writePosition(sink, p);
  return sink.quads;
}
