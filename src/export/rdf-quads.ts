import { DataFactory, type Quad, type Quad_Object } from 'n3';
import type {
  DocumentRecord,
  Entity,
  EntityKind,
  Evidence,
  MetaField,
  Position,
  Predicate,
  Statement,
  TimeValue,
} from '../dataset/model.js';
import type { KnowledgeGraph } from '../graph/knowledge-graph.js';
import { timeSource } from '../graph/time-source.js';
import { graphqlEnumValue } from './export-graph.js';
import { iriOfId, rdfNamespaces, type RdfNamespaces } from './rdf-namespaces.js';
import type { RdfOptions } from './rdf-options.js';

const namedNode = (iri: string) => DataFactory.namedNode(iri);
const literal = (value: string, datatype?: ReturnType<typeof namedNode>) => DataFactory.literal(value, datatype);
const quad = (subject: Quad['subject'], predicate: Quad['predicate'], object: Quad_Object) => DataFactory.quad(subject, predicate, object);

const RDF = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#';
const RDFS = 'http://www.w3.org/2000/01/rdf-schema#';
const SKOS = 'http://www.w3.org/2004/02/skos/core#';
const XSD = 'http://www.w3.org/2001/XMLSchema#';
const OWL = 'http://www.w3.org/2002/07/owl#';
/** PROV-O: provenance (what a record was derived from, whom it is attributed to). */
const PROV = 'http://www.w3.org/ns/prov#';
/** W3C Web Annotation vocabulary: evidence as annotations with text selectors. */
const OA = 'http://www.w3.org/ns/oa#';
const WIKIDATA_ENTITY = 'http://www.wikidata.org/entity/';

/** Entity kinds that act (say, sign, publish): typed `prov:Agent` so `prov:wasAttributedTo` reads right. */
const AGENT_KINDS: ReadonlySet<EntityKind> = new Set(['person', 'country', 'organization', 'company', 'outlet']);

/** The prefixes the Turtle export declares. */
export function rdfPrefixes(ns: RdfNamespaces): Record<string, string> {
  return { dg: ns.id, dgo: ns.ontology, dgp: ns.predicate, rdf: RDF, rdfs: RDFS, skos: SKOS, xsd: XSD, owl: OWL, prov: PROV, oa: OA };
}

const pascal = (word: string): string => (word[0] ?? '').toUpperCase() + word.slice(1);

/** Collects triples in order, each once (two statements with the same direct triple give it once). */
class TripleSink {
  readonly quads: Quad[] = [];
  readonly #seen = new Set<string>();
  constructor(readonly ns: RdfNamespaces) {}
  entity = (id: string) => namedNode(iriOfId(this.ns, id));
  add(subject: string, predicate: string, object: Quad_Object | null | undefined): void {
    if (object === null || object === undefined) return;
    const key = `${subject} ${predicate} ${object.termType === 'Literal' ? JSON.stringify([object.value, object.datatype.value, object.language]) : object.value}`;
    if (this.#seen.has(key)) return;
    this.#seen.add(key);
    this.quads.push(quad(namedNode(subject), namedNode(predicate), object));
  }
  /** `subject dgo:<property> object`. */
  set(subject: string, property: string, object: Quad_Object | null | undefined): void {
    this.add(subject, `${this.ns.ontology}${property}`, object);
  }
  text(subject: string, property: string, value: string | null | undefined): void {
    if (value !== null && value !== undefined) this.set(subject, property, literal(value));
  }
  integer(subject: string, property: string, value: number, type = 'integer'): void {
    this.set(subject, property, literal(String(value), namedNode(`${XSD}${type}`)));
  }
  /** `rdf:type dgo:<class>` for each class. */
  type(subject: string, ...classes: string[]): void {
    for (const c of classes) this.add(subject, `${RDF}type`, namedNode(`${this.ns.ontology}${c}`));
  }
  /** `rdf:type` a class of another vocabulary (full IRI). */
  typeIri(subject: string, iri: string): void {
    this.add(subject, `${RDF}type`, namedNode(iri));
  }
  /** `prov:wasDerivedFrom` the record with id `id`. */
  derivedFrom(subject: string, id: string): void {
    this.add(subject, `${PROV}wasDerivedFrom`, this.entity(id));
  }
}

function writeTime(sink: TripleSink, owner: string, property: string, time: TimeValue | null): string | null {
  if (time === null) return null;
  const node = `${owner}/${property}`;
  sink.set(owner, property, namedNode(node));
  sink.type(node, 'Time');
  sink.text(node, 'value', time.value);
  sink.text(node, 'precision', graphqlEnumValue(time.precision));
  if (time.earliest !== null) sink.set(node, 'earliest', literal(time.earliest, namedNode(`${XSD}date`)));
  if (time.latest !== null) sink.set(node, 'latest', literal(time.latest, namedNode(`${XSD}date`)));
  sink.text(node, 'source', graphqlEnumValue(timeSource(time)));
  sink.text(node, 'inferred', time.inferred);
  if (time.derivedFrom !== null) sink.derivedFrom(node, time.derivedFrom);
  return node;
}

/** Code points before UTF-16 offset `offset` of `text` (Web Annotation positions count code points). */
function codePointOffset(text: string, offset: number): number {
  let count = 0;
  for (let i = 0; i < offset; i++) {
    const code = text.charCodeAt(i);
    if (code < 0xd800 || code > 0xdbff || i + 1 >= offset) count++;
  }
  return count;
}

/**
 * Each piece of evidence as a Web Annotation: `oa:hasBody` the record it supports, `oa:hasTarget`
 * the quoted span of the document (`oa:hasSource`), selected by an `oa:TextQuoteSelector` (exact,
 * prefix, suffix) and an `oa:TextPositionSelector` (start, end in code points; `dgo:start` /
 * `dgo:end` give the same span in UTF-16 code units, as the API does). The record is
 * `prov:wasDerivedFrom` each document.
 */
function writeEvidence(sink: TripleSink, kg: KnowledgeGraph, owner: string, evidence: readonly Evidence[]): void {
  evidence.forEach((e, index) => {
    const node = `${owner}/evidence/${index}`;
    const target = `${node}/target`;
    const text = kg.documentById.get(e.document)?.text ?? '';
    sink.derivedFrom(owner, e.document);
    sink.typeIri(node, `${OA}Annotation`);
    sink.add(node, `${OA}motivatedBy`, namedNode(`${OA}describing`));
    sink.add(node, `${OA}hasBody`, namedNode(owner));
    sink.add(node, `${OA}hasTarget`, namedNode(target));
    sink.integer(node, 'index', index);
    sink.text(node, 'quote', e.quote);
    sink.text(node, 'sentence', e.sentence);
    sink.integer(node, 'paragraph', e.paragraph);
    sink.typeIri(target, `${OA}SpecificResource`);
    sink.add(target, `${OA}hasSource`, sink.entity(e.document));
    sink.add(target, `${OA}hasSelector`, namedNode(`${target}/quote`));
    sink.add(target, `${OA}hasSelector`, namedNode(`${target}/position`));
    sink.typeIri(`${target}/quote`, `${OA}TextQuoteSelector`);
    sink.add(`${target}/quote`, `${OA}exact`, literal(e.exact));
    sink.add(`${target}/quote`, `${OA}prefix`, literal(e.prefix));
    sink.add(`${target}/quote`, `${OA}suffix`, literal(e.suffix));
    const position = `${target}/position`;
    sink.typeIri(position, `${OA}TextPositionSelector`);
    sink.add(position, `${OA}start`, literal(String(codePointOffset(text, e.start)), namedNode(`${XSD}nonNegativeInteger`)));
    sink.add(position, `${OA}end`, literal(String(codePointOffset(text, e.end)), namedNode(`${XSD}nonNegativeInteger`)));
    sink.integer(position, 'start', e.start);
    sink.integer(position, 'end', e.end);
  });
}

function writeEntity(sink: TripleSink, e: Entity): void {
  const iri = iriOfId(sink.ns, e.id);
  sink.type(iri, 'Entity', pascal(e.kind));
  if (AGENT_KINDS.has(e.kind)) sink.typeIri(iri, `${PROV}Agent`);
  sink.text(iri, 'id', e.id);
  sink.text(iri, 'kind', graphqlEnumValue(e.kind));
  sink.add(iri, `${RDFS}label`, literal(e.name));
  for (const alias of e.aliases) sink.add(iri, `${SKOS}altLabel`, literal(alias));
  for (const alias of e.lookupAliases) sink.add(iri, `${SKOS}hiddenLabel`, literal(alias));
  if (e.description !== null) sink.add(iri, `${RDFS}comment`, literal(e.description));
  // The attributes the model defines (the ontology declares them); others stay in the graph exports.
  sink.text(iri, 'iso2', e.attributes['iso2']);
  sink.text(iri, 'acronym', e.attributes['acronym']);
}

function writePredicate(sink: TripleSink, p: Predicate): void {
  const iri = `${sink.ns.predicate}${encodeURIComponent(p.id)}`;
  sink.add(iri, `${RDF}type`, namedNode(`${RDF}Property`));
  sink.text(iri, 'id', p.id);
  sink.add(iri, `${RDFS}label`, literal(p.label));
  sink.text(iri, 'inverseLabel', p.inverse);
  if (p.description !== null) sink.add(iri, `${RDFS}comment`, literal(p.description));
  sink.set(iri, 'symmetric', literal(String(p.symmetric), namedNode(`${XSD}boolean`)));
  for (const kind of p.subjectKinds) sink.text(iri, 'subjectKind', graphqlEnumValue(kind));
  for (const kind of p.objectKinds) sink.text(iri, 'objectKind', graphqlEnumValue(kind));
  sink.text(iri, 'valueType', p.valueType === null ? null : graphqlEnumValue(p.valueType));
  if (p.wikidata !== null) sink.add(iri, `${SKOS}closeMatch`, namedNode(`${WIKIDATA_ENTITY}${encodeURIComponent(p.wikidata)}`));
}

/** The statement's object: its entity, or its literal value (a time as its time node). */
function writeStatementObject(sink: TripleSink, iri: string, s: Statement): void {
  if (s.object !== null) sink.add(iri, `${RDF}object`, sink.entity(s.object));
  const value = s.value;
  if (value === null) return;
  sink.text(iri, 'valueType', graphqlEnumValue(value.type));
  if (value.type === 'quantity') {
    sink.add(iri, `${RDF}object`, literal(String(value.amount), namedNode(`${XSD}double`)));
    sink.text(iri, 'unit', value.unit);
    sink.text(iri, 'comparator', graphqlEnumValue(value.comparator));
  } else if (value.type === 'string') sink.add(iri, `${RDF}object`, literal(value.text));
  else {
    const node = writeTime(sink, iri, 'timeValue', value.time);
    if (node !== null) sink.add(iri, `${RDF}object`, namedNode(node));
  }
}

function writeStatement(sink: TripleSink, kg: KnowledgeGraph, s: Statement): void {
  const iri = iriOfId(sink.ns, s.id);
  const predicate = namedNode(`${sink.ns.predicate}${encodeURIComponent(s.predicate)}`);
  sink.typeIri(iri, `${RDF}Statement`);
  sink.type(iri, 'Statement');
  sink.typeIri(iri, `${PROV}Entity`);
  sink.text(iri, 'id', s.id);
  sink.add(iri, `${RDF}subject`, sink.entity(s.subject));
  sink.add(iri, `${RDF}predicate`, predicate);
  writeStatementObject(sink, iri, s);
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
  if (s.onBehalfOf !== null) {
    sink.set(iri, 'onBehalfOf', sink.entity(s.onBehalfOf.entity));
    sink.text(iri, 'onBehalfOfInferred', s.onBehalfOf.inferred);
  }
  sink.text(iri, 'inferred', s.inferred);
  if (s.inferredFrom !== null) sink.derivedFrom(iri, s.inferredFrom);
  writeEvidence(sink, kg, iri, s.evidence);
  // The direct ("truthy") triple, for queries that need no reification.
  if (s.object !== null) sink.add(iriOfId(sink.ns, s.subject), predicate.value, sink.entity(s.object));
}

function writePosition(sink: TripleSink, kg: KnowledgeGraph, p: Position): void {
  const iri = iriOfId(sink.ns, p.id);
  sink.type(iri, 'Position');
  sink.typeIri(iri, `${PROV}Entity`);
  sink.text(iri, 'id', p.id);
  sink.add(iri, `${PROV}wasAttributedTo`, sink.entity(p.holder));
  if (p.onBehalfOf !== null) sink.set(iri, 'onBehalfOf', sink.entity(p.onBehalfOf));
  sink.set(iri, 'topic', sink.entity(p.topic));
  for (const about of p.about) sink.set(iri, 'about', sink.entity(about));
  sink.text(iri, 'stance', graphqlEnumValue(p.stance));
  sink.text(iri, 'polarity', graphqlEnumValue(p.polarity));
  sink.text(iri, 'speech', graphqlEnumValue(p.speech));
  sink.add(iri, `${RDFS}comment`, literal(p.summary));
  if (p.venue !== null) sink.set(iri, 'venue', sink.entity(p.venue));
  writeTime(sink, iri, 'date', p.date);
  writeEvidence(sink, kg, iri, p.evidence);
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
  sink.typeIri(iri, `${PROV}Entity`);
  sink.text(iri, 'id', d.id);
  sink.text(iri, 'file', d.file);
  sink.text(iri, 'sha256', d.sha256);
  sink.integer(iri, 'length', d.text.length);
  sink.integer(iri, 'paragraphCount', d.paragraphs.length);
  // A translation or summary of an article or interview is derived from it.
  if (d.reports !== null) sink.derivedFrom(iri, d.reports);
  for (const field of META_FIELDS) writeMetaField(sink, iri, field, d[field]);
  writeTime(sink, iri, 'publishedTime', d.publishedTime);
}

/**
 * The knowledge graph as RDF triples (see `DEFAULT_RDF_BASE` for the IRIs), in W3C vocabularies
 * where one exists and the project's ontology (`dgo:`, `ontology/diplomacy-graph.ttl`) for the
 * rest. A statement is an `rdf:Statement` (`rdf:subject`, `rdf:predicate`, `rdf:object`: an entity
 * or a literal value) with its qualifiers; a position is attributed to its holder
 * (`prov:wasAttributedTo`). Both are `prov:wasDerivedFrom` their documents (and an inferred
 * statement from the record it rests on), and each piece of evidence is a Web Annotation
 * (`oa:Annotation` with `oa:TextQuoteSelector` and `oa:TextPositionSelector`). A statement with an
 * entity object also gives the direct triple `subject dgp:<predicate> object`. Enumerated values
 * are spelt as in GraphQL (SUPPORTS, MONTH_DAY). Every triple is written once.
 */
export function rdfQuads(kg: KnowledgeGraph, options: RdfOptions = {}): Quad[] {
  const sink = new TripleSink(rdfNamespaces(options.base));
  const dataset = `${sink.ns.id}dataset`;
  sink.typeIri(dataset, `${PROV}Entity`);
  sink.add(dataset, `${RDFS}label`, literal('diplomacy-graph dataset'));
  sink.add(dataset, `${OWL}versionInfo`, literal(kg.dataset.version));
  for (const d of kg.dataset.documents) writeDocument(sink, d);
  for (const p of kg.dataset.predicates) writePredicate(sink, p);
  for (const e of kg.dataset.entities) writeEntity(sink, e);
  for (const s of kg.dataset.statements) writeStatement(sink, kg, s);
  for (const p of kg.dataset.positions) writePosition(sink, kg, p);
  return sink.quads;
}
