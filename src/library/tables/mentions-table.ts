import type { EntityKind } from '../../dataset/model.js';
import type { KnowledgeGraph } from '../../graph/knowledge-graph.js';

/** One row per occurrence of an entity's alias in a document (computed by the loader). */
export interface MentionRow {
  readonly entity: string;
  readonly entityName: string;
  readonly entityKind: EntityKind;
  readonly document: string;
  /** The alias as it occurs in the text. */
  readonly alias: string;
  /** Start offset in the document text (UTF-16 code units). */
  readonly start: number;
  /** End offset (exclusive). */
  readonly end: number;
  /** 0-based paragraph index. */
  readonly paragraph: number;
}

/** The mentions table: one row per mention, in dataset order (by document id, then offset). */
export function mentionsTable(kg: KnowledgeGraph): MentionRow[] {
  return kg.dataset.mentions.map((m) => {
    const entity = kg.entityById.get(m.entity);
    return {
      entity: m.entity,
      entityName: entity?.name ?? m.entity,
      entityKind: entity?.kind as EntityKind,
      document: m.document,
      alias: m.alias,
      start: m.start,
      end: m.end,
      paragraph: m.paragraph,
    };
  });
}
