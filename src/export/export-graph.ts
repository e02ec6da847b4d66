import type { Evidence, Position, Statement, StatementValue, TimeValue } from '../dataset/model.js';
import type { KnowledgeGraph } from '../graph/knowledge-graph.js';
import { timeSource } from '../graph/time-source.js';

/**
 * Type of an attribute of the export graph. Formats without lists or objects (GEXF, GraphML, the
 * CSV property columns of type `string`) carry `string[]` and `json` values as JSON text.
 */
export type AttributeType = 'string' | 'int' | 'double' | 'boolean' | 'string[]' | 'json';

/** A JSON value (the `json` attribute type). */
export type JsonValue = string | number | boolean | null | readonly JsonValue[] | { readonly [key: string]: JsonValue };

/** The value of an attribute; null (or absent) means "no value". */
export type AttributeValue = readonly string[] | JsonValue;

/** A declared attribute of nodes or edges: its name, type and meaning. */
export interface AttributeSpec {
  readonly name: string;
  readonly type: AttributeType;
  readonly description: string;
}

/** A node: an entity, or a literal value of a statement (kind `value`). */
export interface ExportNode {
  readonly id: string;
  readonly attributes: Readonly<Record<string, AttributeValue>>;
}

/** A directed edge: a statement (id = statement id) or a position's link to what it is about. */
export interface ExportEdge {
  readonly id: string;
  readonly source: string;
  readonly target: string;
  readonly attributes: Readonly<Record<string, AttributeValue>>;
}

/** Graph-level metadata written by every format. */
export interface ExportMetadata {
  readonly name: string;
  readonly description: string;
  /** The dataset version (content hash): cite it. */
  readonly version: string;
}

/**
 * The format-neutral property graph every export writes: typed attribute declarations, nodes and
 * edges. Build it with {@link buildExportGraph}; filter its nodes and edges to export a subgraph.
 */
export interface ExportGraph {
  readonly metadata: ExportMetadata;
  readonly nodeAttributes: readonly AttributeSpec[];
  readonly edgeAttributes: readonly AttributeSpec[];
  readonly nodes: readonly ExportNode[];
  readonly edges: readonly ExportEdge[];
}

/** Node attributes, in output order. */
export const NODE_ATTRIBUTES: readonly AttributeSpec[] = Object.freeze([
  {
    name: 'kind',
    type: 'string',
    description: 'Entity kind as GraphQL spells it (PERSON, COUNTRY, ORGANIZATION, …), or VALUE for a literal value node',
  },
  { name: 'name', type: 'string', description: 'Canonical name; for a value node the value as text' },
  { name: 'description', type: 'string', description: 'One-line description of the entity' },
  { name: 'aliases', type: 'string[]', description: 'Surface forms the documents use' },
  { name: 'lookupAliases', type: 'string[]', description: 'Extra forms accepted for lookups' },
  { name: 'iso2', type: 'string', description: 'ISO 3166-1 alpha-2 code (countries)' },
  { name: 'acronym', type: 'string', description: 'Acronym (organizations, companies)' },
  { name: 'attributes', type: 'json', description: 'Every kind-specific attribute of the entity, as an object' },
  { name: 'statement', type: 'string', description: 'Value nodes: the id of the statement whose literal value this is' },
  { name: 'valueType', type: 'string', description: 'Value nodes: quantity, string or time' },
  { name: 'amount', type: 'double', description: 'Quantity: the amount' },
  { name: 'unit', type: 'string', description: 'Quantity: the unit (USD, visit, year, …)' },
  { name: 'comparator', type: 'string', description: 'Quantity: EXACT, ABOUT, MORE_THAN, EXCEEDED, REACHED, AT_LEAST, LESS_THAN' },
  { name: 'text', type: 'string', description: 'String value: the text' },
  { name: 'time', type: 'string', description: 'Time value: as curated (2025-01-03, 1990s, --01-22)' },
  { name: 'timePrecision', type: 'string', description: 'Time value: DAY, MONTH, YEAR, DECADE, MONTH_DAY, MONTH_ONLY' },
  { name: 'timeSource', type: 'string', description: 'Time value: STATED, DERIVED or INFERRED' },
] satisfies AttributeSpec[]);

/** The time attributes of an edge: value, precision, why inferred, how known, derived from what. */
function timeSpecs(name: string, what: string): AttributeSpec[] {
  return [
    { name, type: 'string', description: `${what}, as curated` },
    { name: `${name}Precision`, type: 'string', description: 'Its precision: DAY, MONTH, YEAR, DECADE, MONTH_DAY, MONTH_ONLY' },
    { name: `${name}Inferred`, type: 'string', description: 'Why it is inferred; absent when stated or derived' },
    {
      name: `${name}Source`,
      type: 'string',
      description: 'How it is known: STATED (in the evidence), DERIVED (from another record) or INFERRED',
    },
    { name: `${name}DerivedFrom`, type: 'string', description: 'The statement or document id a DERIVED time is taken from' },
  ];
}

/**
 * Edge attributes, in output order. Enumerated values are spelt as GraphQL spells them (SUPPORTS,
 * DIRECT, MONTH_DAY, STATEMENT); ids (predicates, records, entities) are kept as they are.
 */
export const EDGE_ATTRIBUTES: readonly AttributeSpec[] = Object.freeze([
  { name: 'kind', type: 'string', description: 'STATEMENT or POSITION (GraphQL GraphEdgeKind)' },
  { name: 'record', type: 'string', description: 'The statement or position id (one edge per record)' },
  { name: 'predicate', type: 'string', description: 'Predicate id from the vocabulary; `position_on` for positions' },
  { name: 'predicateLabel', type: 'string', description: 'Predicate label' },
  ...timeSpecs('pointInTime', 'Statement qualifier point in time (Wikidata P585)'),
  ...timeSpecs('startTime', 'Statement qualifier start time (Wikidata P580)'),
  ...timeSpecs('endTime', 'Statement qualifier end time (Wikidata P582)'),
  { name: 'role', type: 'string', description: 'Statement qualifier: role (founding member, chair, …)' },
  { name: 'characterization', type: 'string', description: 'Statement qualifier: how the text names the relation' },
  { name: 'note', type: 'string', description: 'Statement qualifier: curator note' },
  { name: 'areas', type: 'string[]', description: 'Statement qualifier: areas (e.g. of cooperation)' },
  { name: 'location', type: 'string', description: 'Statement qualifier: entity id of the place' },
  { name: 'counterpart', type: 'string', description: 'Statement qualifier: entity id of the counterpart' },
  { name: 'via', type: 'string', description: 'Statement qualifier: entity id of the outlet or event' },
  { name: 'inferred', type: 'string', description: 'Statements: why the statement is inferred; absent when its evidence states it' },
  { name: 'inferredFrom', type: 'string', description: 'Statements: the statement or position an inferred statement rests on' },
  {
    name: 'onBehalfOf',
    type: 'string',
    description: 'Entity id of the state the holder spoke for (positions) or the office-holder acted for (statements)',
  },
  {
    name: 'onBehalfOfInferred',
    type: 'string',
    description: 'Statements: why `onBehalfOf` is inferred; absent when the evidence names it',
  },
  {
    name: 'about',
    type: 'string[]',
    description: 'Positions: ids of the other entities the position concerns (the edge itself goes holder → topic)',
  },
  { name: 'stance', type: 'string', description: 'Positions: SUPPORTS, OPPOSES, PROPOSES, COMMITS, ASSESSES, REJECTS, HOPES, EXPECTS' },
  { name: 'polarity', type: 'string', description: 'Positions: POSITIVE, NEGATIVE, NEUTRAL, MIXED' },
  { name: 'speech', type: 'string', description: 'Positions: DIRECT or REPORTED' },
  { name: 'summary', type: 'string', description: 'Positions: what was said, in one sentence' },
  { name: 'venue', type: 'string', description: 'Positions: entity id of the article, interview or event' },
  ...timeSpecs('date', 'Positions: when it was said'),
  { name: 'documents', type: 'string[]', description: 'Ids of the documents whose quotes support the edge' },
  { name: 'evidenceCount', type: 'int', description: 'Number of pieces of evidence' },
  {
    name: 'evidence',
    type: 'json',
    description: 'Every piece of evidence: [{document, quote, start, end}], offsets in UTF-16 code units of the document text',
  },
] satisfies AttributeSpec[]);

/** A model enum value as GraphQL spells it: `supports` → `SUPPORTS`, `monthDay` → `MONTH_DAY`, `more_than` → `MORE_THAN`. */
export function graphqlEnumValue(value: string): string {
  return value.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toUpperCase();
}

const enumOrNull = (value: string | null | undefined): string | null =>
  value === null || value === undefined ? null : graphqlEnumValue(value);

/** Id of the node holding the literal value of statement `statementId`: `value:<statement id>`. */
function valueNodeId(statementId: string): string {
  return `value:${statementId}`;
}

function evidenceJson(evidence: readonly Evidence[]): JsonValue {
  return evidence.map((e) => ({ document: e.document, quote: e.quote, start: e.start, end: e.end }));
}

function documentsOf(evidence: readonly Evidence[]): string[] {
  return [...new Set(evidence.map((e) => e.document))];
}

function timeAttributes(prefix: string, time: TimeValue | null): Record<string, AttributeValue> {
  return {
    [prefix]: time?.value ?? null,
    [`${prefix}Precision`]: enumOrNull(time?.precision),
    [`${prefix}Inferred`]: time?.inferred ?? null,
    [`${prefix}Source`]: time === null ? null : graphqlEnumValue(timeSource(time)),
    [`${prefix}DerivedFrom`]: time?.derivedFrom ?? null,
  };
}

function valueAttributes(statement: Statement, value: StatementValue): Record<string, AttributeValue> {
  const name =
    value.type === 'quantity'
      ? `${value.comparator} ${value.amount} ${value.unit}`
      : value.type === 'string'
        ? value.text
        : value.time.value;
  return {
    kind: 'VALUE',
    name,
    statement: statement.id,
    valueType: value.type,
    amount: value.type === 'quantity' ? value.amount : null,
    unit: value.type === 'quantity' ? value.unit : null,
    comparator: value.type === 'quantity' ? graphqlEnumValue(value.comparator) : null,
    text: value.type === 'string' ? value.text : null,
    time: value.type === 'time' ? value.time.value : null,
    timePrecision: value.type === 'time' ? graphqlEnumValue(value.time.precision) : null,
    timeSource: value.type === 'time' ? graphqlEnumValue(timeSource(value.time)) : null,
  };
}

function statementEdge(kg: KnowledgeGraph, s: Statement, target: string): ExportEdge {
  return {
    id: s.id,
    source: s.subject,
    target,
    attributes: {
      kind: 'STATEMENT',
      record: s.id,
      predicate: s.predicate,
      predicateLabel: kg.predicateById.get(s.predicate)?.label ?? s.predicate,
      ...timeAttributes('pointInTime', s.qualifiers.pointInTime),
      ...timeAttributes('startTime', s.qualifiers.start),
      ...timeAttributes('endTime', s.qualifiers.end),
      role: s.qualifiers.role,
      characterization: s.qualifiers.characterization,
      note: s.qualifiers.note,
      areas: s.qualifiers.areas.length > 0 ? [...s.qualifiers.areas] : null,
      location: s.qualifiers.location,
      counterpart: s.qualifiers.counterpart,
      via: s.qualifiers.via,
      inferred: s.inferred,
      inferredFrom: s.inferredFrom,
      onBehalfOf: s.onBehalfOf?.entity ?? null,
      onBehalfOfInferred: s.onBehalfOf?.inferred ?? null,
      documents: documentsOf(s.evidence),
      evidenceCount: s.evidence.length,
      evidence: evidenceJson(s.evidence),
    },
  };
}

/**
 * A position as ONE edge, holder → topic (id = position id), so counting position edges counts
 * positions; the other entities it concerns are its `about` attribute, not extra edges.
 */
function positionEdge(p: Position): ExportEdge {
  const about = [...new Set(p.about)].filter((id) => id !== p.topic);
  return {
    id: p.id,
    source: p.holder,
    target: p.topic,
    attributes: {
      kind: 'POSITION',
      record: p.id,
      predicate: 'position_on',
      predicateLabel: 'position on',
      onBehalfOf: p.onBehalfOf,
      about: about.length > 0 ? about : null,
      stance: graphqlEnumValue(p.stance),
      polarity: graphqlEnumValue(p.polarity),
      speech: graphqlEnumValue(p.speech),
      summary: p.summary,
      venue: p.venue,
      ...timeAttributes('date', p.date),
      documents: documentsOf(p.evidence),
      evidenceCount: p.evidence.length,
      evidence: evidenceJson(p.evidence),
    },
  };
}

/** Options of {@link buildExportGraph}. */
export interface BuildExportGraphOptions {
  /**
   * Give each literal-valued statement (GDP, a count, a characterization) a `value` node, so it
   * becomes an edge like the others and no statement is lost. Default true; false leaves them out.
   */
  readonly values?: boolean;
}

/**
 * The export graph of a knowledge graph: one node per entity (id = entity id) and, for each
 * literal-valued statement, one `value` node (id `value:<statement id>`); one edge per statement
 * (id = statement id, subject → object or value node) and one per position (id = position id,
 * holder → topic, its other entities in `about`; a position about its own holder is a self-loop).
 * Every edge carries its predicate and its evidence (document, quote, offsets); enumerated values
 * are spelt as in GraphQL. Pure: the same dataset gives the same graph, in dataset order.
 */
export function buildExportGraph(kg: KnowledgeGraph, options: BuildExportGraphOptions = {}): ExportGraph {
  const withValues = options.values ?? true;
  const nodes: ExportNode[] = kg.dataset.entities.map((e) => ({
    id: e.id,
    attributes: {
      kind: graphqlEnumValue(e.kind),
      name: e.name,
      description: e.description,
      aliases: [...e.aliases],
      lookupAliases: e.lookupAliases.length > 0 ? [...e.lookupAliases] : null,
      iso2: e.attributes['iso2'] ?? null,
      acronym: e.attributes['acronym'] ?? null,
      attributes: Object.keys(e.attributes).length > 0 ? { ...e.attributes } : null,
    },
  }));
  const edges: ExportEdge[] = [];
  for (const s of kg.dataset.statements) {
    if (s.object !== null) edges.push(statementEdge(kg, s, s.object));
    else if (s.value !== null && withValues) {
      nodes.push({ id: valueNodeId(s.id), attributes: valueAttributes(s, s.value) });
      edges.push(statementEdge(kg, s, valueNodeId(s.id)));
    }
  }
  for (const p of kg.dataset.positions) edges.push(positionEdge(p));
  return {
    metadata: {
      name: 'diplomacy-graph',
      description: 'Curated, evidence-backed knowledge graph of diplomacy: entities, statements and stated positions with verbatim quotes',
      version: kg.dataset.version,
    },
    nodeAttributes: NODE_ATTRIBUTES,
    edgeAttributes: EDGE_ATTRIBUTES,
    nodes,
    edges,
  };
}

/** The export graph of `source`: itself if it already is one, else built with {@link buildExportGraph}. */
export function toExportGraph(source: KnowledgeGraph | ExportGraph): ExportGraph {
  return 'nodeAttributes' in source ? source : buildExportGraph(source);
}

/** A value as text for formats without lists or objects: strings as they are, the rest as JSON. */
export function attributeText(value: Exclude<AttributeValue, null>): string {
  return typeof value === 'string'
    ? value
    : typeof value === 'number' || typeof value === 'boolean'
      ? String(value)
      : JSON.stringify(value);
}
