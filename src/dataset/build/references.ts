import { looseReferences } from '../diagnostics/loose-references.js';
import { ReferenceHints } from '../diagnostics/reference-hints.js';
import type { Entity, Predicate, SourceLocation } from '../model.js';
import type { Checker } from './checker.js';

/**
 * Checks references to entities, predicates and documents, reporting an unknown one once with the
 * nearest valid ids; a reference to an entry that failed to load is not reported again.
 */
export class References {
  private readonly entityHints: ReferenceHints;
  private readonly predicateHints: ReferenceHints;
  private readonly documentHints: ReferenceHints;

  constructor(
    private readonly check: Checker,
    readonly entities: ReadonlyMap<string, Entity>,
    readonly predicates: ReadonlyMap<string, Predicate>,
    private readonly documents: ReadonlySet<string> | ReadonlyMap<string, unknown>,
    aliasOwner: Pick<ReadonlyMap<string, { readonly entity: string }>, 'get'>,
  ) {
    this.entityHints = new ReferenceHints(
      () => entities.keys(),
      (normalized) => aliasOwner.get(normalized)?.entity,
    );
    this.predicateHints = new ReferenceHints(() => predicates.keys());
    this.documentHints = new ReferenceHints(() => documents.keys());
  }

  unknownEntity(at: SourceLocation, entry: string, field: string, id: string): void {
    if (!this.check.broken.has(id)) this.check.add(at, entry, `${field}: unknown entity ${id}${this.entityHints.for(id)}`);
  }

  unknownPredicate(at: SourceLocation, entry: string, id: string): void {
    if (!this.check.broken.has(id)) this.check.add(at, entry, `predicate: unknown predicate "${id}"${this.predicateHints.for(id)}`);
  }

  /** Reports `id` when it names no entity. */
  requireEntity(at: SourceLocation, entry: string, field: string, id: string | null | undefined): void {
    if (id !== null && id !== undefined && !this.entities.has(id)) this.unknownEntity(at, entry, field, id);
  }

  /**
   * {@link requireEntity} and the reference in one lookup, for the million references of a large
   * dataset: reports an unknown entity and returns the reference. References share the entity's
   * own id string instead of keeping a copy per reference.
   */
  entityRef(at: SourceLocation, entry: string, field: string, id: string | null | undefined): string | null {
    if (id === null || id === undefined) return null;
    const entity = this.entities.get(id);
    if (entity) return entity.id;
    this.unknownEntity(at, entry, field, id);
    return id;
  }

  /** Reports the unknown references of a statement or position that failed its shape check. */
  ofInvalidEntry(kind: 'statement' | 'position'): (value: unknown, at: SourceLocation, entry: string) => void {
    return (value, at, entry) => {
      for (const ref of looseReferences(kind, value)) {
        if (ref.kind === 'entity' && !this.entities.has(ref.id)) this.unknownEntity(at, entry, ref.field, ref.id);
        else if (ref.kind === 'predicate' && !this.predicates.has(ref.id)) this.unknownPredicate(at, entry, ref.id);
        else if (ref.kind === 'document' && !this.documents.has(ref.id) && !this.check.broken.has(ref.id)) {
          this.check.add(at, entry, `${ref.field}: unknown document ${ref.id}${this.documentHints.for(ref.id)}`);
        }
      }
    };
  }
}
