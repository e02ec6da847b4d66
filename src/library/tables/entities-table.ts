import type { EntityKind } from '../../dataset/model.js';
import type { KnowledgeGraph } from '../../graph/knowledge-graph.js';
import { LIST_SEPARATOR } from './time-columns.js';

/** One row per entity. */
export interface EntityRow {
  /** Entity id, `<kind>:<slug>`. */
  readonly id: string;
  readonly kind: EntityKind;
  /** Canonical name. */
  readonly name: string;
  readonly description: string | null;
  /** Surface forms the documents use, joined by `"; "`. */
  readonly aliases: string;
  /** Forms accepted for lookups only, joined by `"; "`. */
  readonly lookupAliases: string;
  /** ISO 3166-1 alpha-2 code (countries). */
  readonly iso2: string | null;
  /** Acronym (organizations, companies). */
  readonly acronym: string | null;
  /** Every attribute as a JSON object (`{}` when none). */
  readonly attributes: string;
  /** Statements with this entity as subject or object. */
  readonly statements: number;
  /** Positions this entity stated (as holder). */
  readonly positions: number;
  /** Positions about this entity (as topic or in `about`). */
  readonly positionsAbout: number;
  /** Occurrences of its aliases in the documents. */
  readonly mentions: number;
  /** Distinct documents that mention it. */
  readonly documents: number;
}

/** The entities table: one row per entity, in dataset order, with counts of what refers to it. */
export function entitiesTable(kg: KnowledgeGraph): EntityRow[] {
  return kg.dataset.entities.map((entity) => {
    const statements = new Set([...(kg.statementsBySubject.get(entity.id) ?? []), ...(kg.statementsByObject.get(entity.id) ?? [])]);
    const mentions = kg.mentionsByEntity.get(entity.id) ?? [];
    return {
      id: entity.id,
      kind: entity.kind,
      name: entity.name,
      description: entity.description,
      aliases: entity.aliases.join(LIST_SEPARATOR),
      lookupAliases: entity.lookupAliases.join(LIST_SEPARATOR),
      iso2: entity.attributes['iso2'] ?? null,
      acronym: entity.attributes['acronym'] ?? null,
      attributes: JSON.stringify(entity.attributes),
      statements: statements.size,
      positions: kg.positionsByHolder.get(entity.id)?.length ?? 0,
      positionsAbout: kg.positionsByTarget.get(entity.id)?.length ?? 0,
      mentions: mentions.length,
      documents: new Set(mentions.map((m) => m.document)).size,
    };
  });
}
