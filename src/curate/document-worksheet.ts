import { coverageReport } from '../graph/coverage-report.js';
import type { KnowledgeGraph } from '../graph/knowledge-graph.js';
import { NotFoundError } from '../errors.js';

/** A paragraph of the worksheet. */
export interface WorksheetParagraph {
  readonly index: number;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** Some statement, position or metadata quote lies in it. */
  readonly covered: boolean;
  /** Why coverage.yaml leaves it out, or null. */
  readonly excused: string | null;
}

/** An entity the document mentions, with every mention. */
export interface WorksheetEntity {
  readonly id: string;
  readonly kind: string;
  readonly name: string;
  readonly mentions: ReadonlyArray<{ readonly alias: string; readonly start: number; readonly end: number; readonly paragraph: number }>;
}

/** What a curator needs to extract a document's facts. */
export interface Worksheet {
  readonly document: { readonly id: string; readonly file: string; readonly sha256: string };
  readonly datasetVersion: string;
  readonly paragraphs: readonly WorksheetParagraph[];
  /** Indexes of the paragraphs no fact covers yet and coverage.yaml does not excuse. */
  readonly uncoveredParagraphs: readonly number[];
  readonly entities: readonly WorksheetEntity[];
  /** Capitalised names that no alias covers (an entity to add, or a name to excuse), with their offsets. */
  readonly unlinkedNames: ReadonlyArray<{ readonly name: string; readonly offsets: ReadonlyArray<readonly [number, number]> }>;
  readonly statements: number;
  readonly positions: number;
}

function offsetsOf(text: string, name: string): Array<[number, number]> {
  const found: Array<[number, number]> = [];
  for (let i = text.indexOf(name); i !== -1; i = text.indexOf(name, i + name.length)) found.push([i, i + name.length]);
  return found;
}

/**
 * The worksheet of document `documentId` in a loaded dataset: its numbered paragraphs (covered
 * or not), the known entities it mentions (alias and offsets, from the loader's mentions), the
 * names no entity covers, and how many facts cite it so far. Throws `NotFoundError` for an
 * unknown document.
 */
export function documentWorksheet(kg: KnowledgeGraph, documentId: string): Worksheet {
  const doc = kg.documentById.get(documentId);
  if (!doc) throw new NotFoundError(`worksheet: no document ${documentId} in the dataset`);
  const report = coverageReport(kg);
  const coverage = report.documents[doc.id];
  const uncovered = new Set(coverage?.uncoveredParagraphs.map((p) => p.index));
  const excused = new Map(coverage?.excusedParagraphs.map((p) => [p.index, p.reason]));
  const paragraphs = doc.paragraphs.map((range, index) => ({
    index,
    start: range.start,
    end: range.end,
    text: doc.text.slice(range.start, range.end),
    covered: !uncovered.has(index) && !excused.has(index),
    excused: excused.get(index) ?? null,
  }));
  const byEntity = new Map<string, Array<{ alias: string; start: number; end: number; paragraph: number }>>();
  for (const m of kg.mentionsByDocument.get(doc.id) ?? []) {
    const list = byEntity.get(m.entity) ?? [];
    list.push({ alias: m.alias, start: m.start, end: m.end, paragraph: m.paragraph });
    byEntity.set(m.entity, list);
  }
  const entities = [...byEntity].map(([id, mentions]) => {
    const entity = kg.entityById.get(id);
    return { id, kind: entity?.kind ?? '', name: entity?.name ?? id, mentions };
  });
  return {
    document: { id: doc.id, file: doc.file, sha256: doc.sha256 },
    datasetVersion: kg.dataset.version,
    paragraphs,
    uncoveredParagraphs: [...uncovered].sort((a, b) => a - b),
    entities,
    unlinkedNames: report.unlinkedNames
      .filter((n) => n.documents.includes(doc.id))
      .map((n) => ({ name: n.name, offsets: offsetsOf(doc.text, n.name) })),
    statements: kg.statementsByDocument.get(doc.id)?.length ?? 0,
    positions: kg.positionsByDocument.get(doc.id)?.length ?? 0,
  };
}
