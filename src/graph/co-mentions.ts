import type { EntityKind, Mention } from '../dataset/model.js';
import { InvalidArgumentError } from '../errors.js';
import type { KnowledgeGraph } from './knowledge-graph.js';
import { MAX_PAGE_SIZE } from './paginate.js';
import { requireEntity } from './require-entity.js';

/** Where two entities count as mentioned together: in one paragraph, or anywhere in one document. */
export type CoMentionScope = 'paragraph' | 'document';

/** A paragraph or document in which both entities are mentioned. */
export interface MentionContext {
  readonly document: string;
  /** 0-based paragraph index; null for the document scope. */
  readonly paragraph: number | null;
}

/** An entity mentioned together with the given one. */
export interface CoMention {
  readonly entity: string;
  /** The shared paragraphs (or documents), in document order. Their number is the co-mention count. */
  readonly contexts: readonly MentionContext[];
  /** How often this entity is mentioned in those contexts. */
  readonly mentionCount: number;
}

export interface CoMentionsOptions {
  /** Default `paragraph`. */
  readonly scope?: CoMentionScope | null;
  /** Only entities of these kinds. */
  readonly kinds?: readonly EntityKind[] | null;
  /** How many, from the top; default 20, at most {@link MAX_PAGE_SIZE}. */
  readonly first?: number | null;
}

const contextKey = (m: Mention, scope: CoMentionScope): string => (scope === 'paragraph' ? `${m.document}#${m.paragraph}` : m.document);

/**
 * Entities mentioned in the same paragraphs (or documents) as the entity named by `entity` (id or
 * alias), from the mentions the loader computes: most shared contexts first, then most mentions,
 * then by id. Cost: the mentions of the documents the entity occurs in. An unknown entity throws an
 * `UnknownEntityError`.
 */
export function coMentions(kg: KnowledgeGraph, entity: string, options: CoMentionsOptions = {}): CoMention[] {
  const first = options.first ?? 20;
  if (!Number.isInteger(first) || first < 0) throw new InvalidArgumentError(`first must be a non-negative integer, got ${first}`);
  const scope = options.scope ?? 'paragraph';
  const kinds = options.kinds && options.kinds.length > 0 ? new Set(options.kinds) : null;
  const resolved = requireEntity(kg, entity, 'entity');

  const own = kg.mentionsByEntity.get(resolved.id) ?? [];
  const contexts = new Set(own.map((m) => contextKey(m, scope)));
  const found = new Map<string, { contexts: Map<string, MentionContext>; mentionCount: number }>();
  for (const document of new Set(own.map((m) => m.document))) {
    for (const m of kg.mentionsByDocument.get(document) ?? []) {
      const key = contextKey(m, scope);
      if (m.entity === resolved.id || !contexts.has(key)) continue;
      if (kinds && !kinds.has(kg.entityById.get(m.entity)?.kind as EntityKind)) continue;
      let entry = found.get(m.entity);
      if (!entry) {
        entry = { contexts: new Map(), mentionCount: 0 };
        found.set(m.entity, entry);
      }
      entry.mentionCount++;
      if (!entry.contexts.has(key))
        entry.contexts.set(key, { document: m.document, paragraph: scope === 'paragraph' ? m.paragraph : null });
    }
  }
  return [...found]
    .map(([id, entry]) => ({ entity: id, contexts: [...entry.contexts.values()], mentionCount: entry.mentionCount }))
    .sort(
      (a, b) =>
        b.contexts.length - a.contexts.length ||
        b.mentionCount - a.mentionCount ||
        (a.entity < b.entity ? -1 : a.entity > b.entity ? 1 : 0),
    )
    .slice(0, Math.min(first, MAX_PAGE_SIZE));
}
