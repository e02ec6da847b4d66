import type { Evidence, Position, Statement, StatementValue, TimeValue } from '../dataset/model.js';
import type { KnowledgeGraph } from '../graph/knowledge-graph.js';

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
  { name: 'kind', type: 'string', description: 'Entity kind (person, country, organization, …), or `value` for a literal value node' },
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
  { name: 'comparator', type: 'string', description: 'Quantity: exact, about, more_than, exceeded, reached, at_least, less_than' },
  { name: 'text', type: 'string', description: 'String value: the text' },
  { name: 'time', type: 'string', description: 'Time value: as curated (2025-01-03, 1990s, --01-22)' },
  { name: 'timePrecision', type: 'string', description: 'Time value: day, month, year, decade, monthDay, monthOnly' },
] satisfies AttributeSpec[]);

/** Edge attributes, in output order. */
export const EDGE_ATTRIBUTES: readonly AttributeSpec[] = Object.freeze([
  { name: 'kind', type: 'string', description: '`statement` or `position`' },
  { name: 'record', type: 'string', description: 'The statement or position id (a position gives one edge per entity it is about)' },
  { name: 'predicate', type: 'string', description: 'Predicate id from the vocabulary; `position_on` for positions' },
  { name: 'predicateLabel', type: 'string', description: 'Predicate label' },
  { name: 'pointInTime', type: 'string', description: 'Statement qualifier (Wikidata P585), as curated' },
  { name: 'pointInTimePrecision', type: 'string', description: 'Its precision' },
  { name: 'pointInTimeInferred', type: 'string', description: 'Why it is inferred; absent when the text states it' },
  { name: 'startTime', type: 'string', description: 'Statement qualifier (Wikidata P580), as curated' },
  { name: 'startTimePrecision', type: 'string', description: 'Its precision' },
  { name: 'startTimeInferred', type: 'string', description: 'Why it is inferred; absent when the text states it' },
  { name: 'endTime', type: 'string', description: 'Statement qualifier (Wikidata P582), as curated' },
  { name: 'endTimePrecision', type: 'string', description: 'Its precision' },
  { name: 'endTimeInferred', type: 'string', description: 'Why it is inferred; absent when the text states it' },
  { name: 'role', type: 'string', description: 'Statement qualifier: role (founding member, chair, …)' },
  { name: 'characterization', type: 'string', description: 'Statement qualifier: how the text names the relation' },
  { name: 'note', type: 'string', description: 'Statement qualifier: curator note' },
  { name: 'areas', type: 'string[]', description: 'Statement qualifier: areas (e.g. of cooperation)' },
  { name: 'location', type: 'string', description: 'Statement qualifier: entity id of the place' },
  { name: 'counterpart', type: 'string', description: 'Statement qualifier: entity id of the counterpart' },
  { name: 'via', type: 'string', description: 'Statement qualifier: entity id of the outlet or event' },
  { name: 'linkedAs', type: 'string', description: 'Positions: `topic` or `about`, how the target takes part' },
  { name: 'stance', type: 'string', description: 'Positions: supports, opposes, proposes, commits, assesses, rejects, hopes, expects' },
  { name: 'polarity', type: 'string', description: 'Positions: positive, negative, neutral, mixed' },
  { name: 'speech', type: 'string', description: 'Positions: direct or reported' },
  { name: 'summary', type: 'string', description: 'Positions: what was said, in one sentence' },
  { name: 'onBehalfOf', type: 'string', description: 'Positions: entity id of the state or organization the holder spoke for' },
  { name: 'venue', type: 'string', description: 'Positions: entity id of the article, interview or event' },
  { name: 'date', type: 'string', description: 'Positions: when it was said, as curated' },
  { name: 'datePrecision', type: 'string', description: 'Its precision' },
  { name: 'dateInferred', type: 'string', description: 'Why it is inferred; absent when the text states it' },
  { name: 'documents', type: 'string[]', description: 'Ids of the documents whose quotes support the edge' },
  { name: 'evidenceCount', type: 'int', description: 'Number of pieces of evidence' },
  {
    name: 'evidence',
    type: 'json',
    description: 'Every piece of evidence: [{document, quote, start, end}], offsets in UTF-16 code units of the document text',
  },
] satisfies AttributeSpec[]);

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
  return { [prefix]: time?.value ?? null, [`${prefix}Precision`]: time?.precision ?? null, [`${prefix}Inferred`]: time?.inferred ?? null };
}

function valueAttributes(statement: Statement, value: StatementValue): Record<string, AttributeValue> {
  const name =
    value.type === 'quantity'
      ? `${value.comparator} ${value.amount} ${value.unit}`
      : value.type === 'string'
        ? value.text
        : value.time.value;
  return {
    kind: 'value',
    name,
    statement: statement.id,
    valueType: value.type,
    amount: value.type === 'quantity' ? value.amount : null,
    unit: value.type === 'quantity' ? value.unit : null,
    comparator: value.type === 'quantity' ? value.comparator : null,
    text: value.type === 'string' ? value.text : null,
    time: value.type === 'time' ? value.time.value : null,
    timePrecision: value.type === 'time' ? value.time.precision : null,
  };
}

function statementEdge(kg: KnowledgeGraph, s: Statement, target: string): ExportEdge {
  return {
    id: s.id,
    source: s.subject,
    target,
    attributes: {
      kind: 'statement',
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
      documents: documentsOf(s.evidence),
      evidenceCount: s.evidence.length,
      evidence: evidenceJson(s.evidence),
    },
  };
}

function positionEdges(p: Position): ExportEdge[] {
  const targets: Array<[string, 'topic' | 'about']> = [[p.topic, 'topic']];
  for (const about of new Set(p.about)) if (about !== p.topic) targets.push([about, 'about']);
  return targets.map(([target, linkedAs]) => ({
    id: `${p.id}>${target}`,
    source: p.holder,
    target,
    attributes: {
      kind: 'position',
      record: p.id,
      predicate: 'position_on',
      predicateLabel: 'position on',
      linkedAs,
      stance: p.stance,
      polarity: p.polarity,
      speech: p.speech,
      summary: p.summary,
      onBehalfOf: p.onBehalfOf,
      venue: p.venue,
      ...timeAttributes('date', p.date),
      documents: documentsOf(p.evidence),
      evidenceCount: p.evidence.length,
      evidence: evidenceJson(p.evidence),
    },
  }));
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
 * (id = statement id, subject → object or value node) and one per entity a position is about
 * (id `<position id>><entity id>`, holder → topic or `about` entity; a position about its own
 * holder is a self-loop). Every edge carries its predicate and its evidence (document, quote,
 * offsets). Pure: the same dataset gives the same graph, in dataset order.
 */
export function buildExportGraph(kg: KnowledgeGraph, options: BuildExportGraphOptions = {}): ExportGraph {
  const withValues = options.values ?? true;
  const nodes: ExportNode[] = kg.dataset.entities.map((e) => ({
    id: e.id,
    attributes: {
      kind: e.kind,
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
  for (const p of kg.dataset.positions) edges.push(...positionEdges(p));
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
