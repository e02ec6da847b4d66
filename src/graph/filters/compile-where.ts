import type { DocumentRecord, Entity, Evidence, Position, Qualifiers, Statement } from '../../dataset/model.js';
import { InvalidArgumentError, UnknownEntityError } from '../../errors.js';
import type { KnowledgeGraph } from '../knowledge-graph.js';
import { requireEntity } from '../require-entity.js';
import { suggestEntities } from '../suggest-entities.js';
import { entityTime } from '../entity-time.js';
import { statementTime } from '../statement-time.js';
import { allOf, type Check, onField } from './check.js';
import { compileIntFilter } from './compile-int-filter.js';
import { compileListFilter } from './compile-list-filter.js';
import { compileStringFilter } from './compile-string-filter.js';
import { compileTimeFilter } from './compile-time-filter.js';
import { compileValueFilter } from './compile-value-filter.js';
import type {
  DocumentWhere,
  EntityWhere,
  EvidenceWhere,
  PositionWhere,
  QualifiersWhere,
  RelatedEntityWhere,
  StatementWhere,
} from './types.js';

/** Deepest nesting of filters (relationship filters, AND/OR/NOT, entity references) one `where` may have. */
export const MAX_FILTER_DEPTH = 8;
/** Most operators one `where` may set, counted over the whole tree. */
export const MAX_FILTER_OPERATORS = 256;

const EMPTY: readonly never[] = [];
const MEMBER_OF = 'member_of';

/** One statement seen from an entity: the entity on the other side. */
interface RelatedView {
  readonly entity: Entity;
  readonly statement: Statement;
}

/** A re-iterable concatenation (every quantifier of a list filter iterates it anew). */
function concat<T>(...lists: ReadonlyArray<readonly T[]>): Iterable<T> {
  return {
    *[Symbol.iterator]() {
      for (const list of lists) yield* list;
    },
  };
}

function distinct<T>(items: Iterable<T>): T[] {
  return [...new Set(items)];
}

function memo<T extends object>(check: Check<T>): Check<T> {
  const cache = new WeakMap<T, boolean>();
  return (item) => {
    let result = cache.get(item);
    if (result === undefined) cache.set(item, (result = check(item)));
    return result;
  };
}

/**
 * Compiles a `where` tree into checks over the knowledge graph's load-time indexes. One compiler
 * per top-level `where`: it counts operators and depth against {@link MAX_FILTER_OPERATORS} and
 * {@link MAX_FILTER_DEPTH}, and memoises nested filters per item, so a relationship filter costs
 * one evaluation per related item however often it is reached.
 */
class WhereCompiler {
  private operators = 0;

  constructor(private readonly kg: KnowledgeGraph) {}

  private enter(path: string, depth: number): void {
    if (depth > MAX_FILTER_DEPTH) {
      throw new InvalidArgumentError(`${path}: filters may be nested at most ${MAX_FILTER_DEPTH} levels deep`);
    }
  }

  /** Collects the non-null checks of one filter level, counting them against the operator budget. */
  private collector<T extends object>(path: string): { add: (check: Check<T> | null) => void; build: (depth: number) => Check<T> | null } {
    const checks: Array<Check<T>> = [];
    return {
      add: (check) => {
        if (check === null) return;
        if (++this.operators > MAX_FILTER_OPERATORS) {
          throw new InvalidArgumentError(`${path}: a filter may set at most ${MAX_FILTER_OPERATORS} operators`);
        }
        checks.push(check);
      },
      build: (depth) => {
        const check = allOf(checks);
        return check !== null && depth > 0 ? memo(check) : check;
      },
    };
  }

  /** AND / OR / NOT of one filter level. */
  private logic<T, W>(
    where: { readonly AND?: readonly W[] | null; readonly OR?: readonly W[] | null; readonly NOT?: W | null },
    path: string,
    depth: number,
    compile: (where: W, path: string, depth: number) => Check<T> | null,
  ): Array<Check<T> | null> {
    const checks: Array<Check<T> | null> = [];
    if (where.AND) where.AND.forEach((w, i) => checks.push(compile(w, `${path}.AND[${i}]`, depth + 1)));
    if (where.OR) {
      const any = where.OR.map((w, i) => compile(w, `${path}.OR[${i}]`, depth + 1) ?? (() => true));
      checks.push((item) => any.some((check) => check(item)));
    }
    if (where.NOT) {
      const not = compile(where.NOT, `${path}.NOT`, depth + 1);
      checks.push(not === null ? () => false : (item) => !not(item));
    }
    return checks;
  }

  /** Entity ids named by an `id` filter must exist: an unknown one is an {@link UnknownEntityError}, not an empty answer. */
  private requireIds(filter: EntityWhere['id'], path: string): void {
    const named: Array<[string, string]> = [];
    if (filter?.eq !== null && filter?.eq !== undefined) named.push([filter.eq, `${path}.eq`]);
    (filter?.in ?? []).forEach((id, i) => named.push([id, `${path}.in[${i}]`]));
    for (const [id, argument] of named) {
      if (!this.kg.entityById.has(id)) throw new UnknownEntityError(argument, id, suggestEntities(this.kg, id));
    }
  }

  /** Predicate ids named by a `predicate` filter must be in the vocabulary: a misspelt one is an error, not an empty answer. */
  private requirePredicates(filter: StatementWhere['predicate'], path: string): void {
    const named: Array<[string, string]> = [];
    if (filter?.eq !== null && filter?.eq !== undefined) named.push([filter.eq, `${path}.eq`]);
    (filter?.in ?? []).forEach((id, i) => named.push([id, `${path}.in[${i}]`]));
    for (const [id, argument] of named) {
      if (!this.kg.predicateById.has(id)) throw new InvalidArgumentError(`${argument}: "${id}" is not a predicate of the vocabulary`);
    }
  }

  private entityOf(id: string | null): Entity | null {
    return id === null ? null : (this.kg.entityById.get(id) ?? null);
  }

  /** A check on an entity reference (null never matches). */
  private entityRef<T>(
    where: EntityWhere | null | undefined,
    path: string,
    depth: number,
    idOf: (item: T) => string | null,
  ): Check<T> | null {
    const check = this.entity(where, path, depth + 1);
    if (check === null) return null;
    return (item) => {
      const entity = this.entityOf(idOf(item));
      return entity !== null && check(entity);
    };
  }

  entity(where: EntityWhere | null | undefined, path: string, depth: number): Check<Entity> | null {
    if (!where) return null;
    this.enter(path, depth);
    const kg = this.kg;
    const { add, build } = this.collector<Entity>(path);
    if (where.is !== null && where.is !== undefined) {
      const target = requireEntity(kg, where.is, `${path}.is`);
      add((e) => e.id === target.id);
    }
    this.requireIds(where.id, `${path}.id`);
    add(onField(compileValueFilter(where.id), (e: Entity) => e.id));
    add(onField(compileValueFilter(where.kind), (e: Entity) => e.kind));
    add(onField(compileStringFilter(where.name), (e: Entity) => e.name));
    const anyName = compileStringFilter(where.anyName);
    if (anyName) add((e) => anyName(e.name) || e.aliases.some(anyName) || e.lookupAliases.some(anyName));
    add(onField(compileStringFilter(where.description), (e: Entity) => e.description));
    add(onField(compileIntFilter(where.statementCount), (e: Entity) => kg.lists.statementCount.get(e.id) ?? 0));
    add(onField(compileIntFilter(where.sourceCount), (e: Entity) => kg.lists.entitySourceCount.get(e.id) ?? 0));
    add(onField(compileTimeFilter(where.time, `${path}.time`), (e: Entity) => entityTime(kg, e.id)?.time ?? null));

    const statements = (filter: typeof where.statements, name: string): Check<Iterable<Statement>> | null =>
      compileListFilter(filter, `${path}.${name}`, (w: StatementWhere, p) => this.statement(w, p, depth + 1));
    const bySubject = (e: Entity): readonly Statement[] => kg.statementsBySubject.get(e.id) ?? EMPTY;
    const byObject = (e: Entity): readonly Statement[] => kg.statementsByObject.get(e.id) ?? EMPTY;
    add(onField(statements(where.statements, 'statements'), (e: Entity) => concat(bySubject(e), byObject(e))));
    add(onField(statements(where.subjectOf, 'subjectOf'), bySubject));
    add(onField(statements(where.objectOf, 'objectOf'), byObject));

    const related = (filter: typeof where.memberOf, name: string): Check<Iterable<RelatedView>> | null =>
      compileListFilter(filter, `${path}.${name}`, (w: RelatedEntityWhere, p) => this.related(w, p, depth + 1));
    add(
      onField(related(where.memberOf, 'memberOf'), (e: Entity) =>
        bySubject(e).flatMap((s) => {
          const entity = s.predicate === MEMBER_OF ? this.entityOf(s.object) : null;
          return entity ? [{ entity, statement: s }] : [];
        }),
      ),
    );
    add(
      onField(related(where.members, 'members'), (e: Entity) =>
        byObject(e).flatMap((s) => {
          const entity = s.predicate === MEMBER_OF ? this.entityOf(s.subject) : null;
          return entity ? [{ entity, statement: s }] : [];
        }),
      ),
    );

    const positions = (filter: typeof where.positions, name: string): Check<Iterable<Position>> | null =>
      compileListFilter(filter, `${path}.${name}`, (w: PositionWhere, p) => this.position(w, p, depth + 1));
    add(onField(positions(where.positions, 'positions'), (e: Entity) => kg.positionsByHolder.get(e.id) ?? EMPTY));
    add(onField(positions(where.positionsAbout, 'positionsAbout'), (e: Entity) => kg.positionsByTarget.get(e.id) ?? EMPTY));
    const mentionedIn = compileListFilter(where.mentionedIn, `${path}.mentionedIn`, (w: DocumentWhere, p) =>
      this.document(w, p, depth + 1),
    );
    add(
      onField(mentionedIn, (e: Entity) =>
        distinct((kg.mentionsByEntity.get(e.id) ?? EMPTY).map((m) => m.document)).flatMap((id) => kg.documentById.get(id) ?? []),
      ),
    );
    for (const check of this.logic(where, path, depth, (w: EntityWhere, p, d) => this.entity(w, p, d))) add(check);
    return build(depth);
  }

  private related(where: RelatedEntityWhere, path: string, depth: number): Check<RelatedView> | null {
    this.enter(path, depth);
    const { add, build } = this.collector<RelatedView>(path);
    add(onField(this.entity(where.entity, `${path}.entity`, depth + 1), (r: RelatedView) => r.entity));
    add(onField(compileStringFilter(where.role), (r: RelatedView) => r.statement.qualifiers.role));
    add(onField(compileTimeFilter(where.pointInTime, `${path}.pointInTime`), (r: RelatedView) => r.statement.qualifiers.pointInTime));
    add(onField(compileTimeFilter(where.start, `${path}.start`), (r: RelatedView) => r.statement.qualifiers.start));
    add(onField(compileTimeFilter(where.end, `${path}.end`), (r: RelatedView) => r.statement.qualifiers.end));
    return build(0);
  }

  private qualifiers(where: QualifiersWhere | null | undefined, path: string, depth: number): Check<Qualifiers> | null {
    if (!where) return null;
    this.enter(path, depth);
    const { add, build } = this.collector<Qualifiers>(path);
    add(onField(compileTimeFilter(where.pointInTime, `${path}.pointInTime`), (q: Qualifiers) => q.pointInTime));
    add(onField(compileTimeFilter(where.start, `${path}.start`), (q: Qualifiers) => q.start));
    add(onField(compileTimeFilter(where.end, `${path}.end`), (q: Qualifiers) => q.end));
    add(onField(compileStringFilter(where.role), (q: Qualifiers) => q.role));
    add(onField(compileStringFilter(where.characterization), (q: Qualifiers) => q.characterization));
    add(onField(compileStringFilter(where.note), (q: Qualifiers) => q.note));
    const areas = compileStringFilter(where.areas);
    if (areas) add((q) => q.areas.some(areas));
    add(this.entityRef(where.location, `${path}.location`, depth, (q: Qualifiers) => q.location));
    add(this.entityRef(where.counterpart, `${path}.counterpart`, depth, (q: Qualifiers) => q.counterpart));
    add(this.entityRef(where.via, `${path}.via`, depth, (q: Qualifiers) => q.via));
    return build(0);
  }

  private documentsOf(evidence: readonly Evidence[]): DocumentRecord[] {
    return distinct(evidence.map((e) => e.document)).flatMap((id) => this.kg.documentById.get(id) ?? []);
  }

  statement(where: StatementWhere | null | undefined, path: string, depth: number): Check<Statement> | null {
    if (!where) return null;
    this.enter(path, depth);
    const kg = this.kg;
    const { add, build } = this.collector<Statement>(path);
    add(onField(compileValueFilter(where.id), (s: Statement) => s.id));
    add(this.entityRef(where.subject, `${path}.subject`, depth, (s: Statement) => s.subject));
    this.requirePredicates(where.predicate, `${path}.predicate`);
    add(onField(compileValueFilter(where.predicate), (s: Statement) => s.predicate));
    add(this.entityRef(where.object, `${path}.object`, depth, (s: Statement) => s.object));
    const involves = this.entity(where.involves, `${path}.involves`, depth + 1);
    if (involves) {
      add((s) => {
        const { location, counterpart, via } = s.qualifiers;
        return [s.subject, s.object, location, counterpart, via].some((id) => {
          const entity = this.entityOf(id);
          return entity !== null && involves(entity);
        });
      });
    }
    if (where.hasObject !== null && where.hasObject !== undefined) {
      const hasObject = where.hasObject;
      add((s) => (s.object !== null) === hasObject);
    }
    add(this.entityRef(where.onBehalfOf, `${path}.onBehalfOf`, depth, (s: Statement) => s.onBehalfOf?.entity ?? null));
    if (where.inferred !== null && where.inferred !== undefined) {
      const inferred = where.inferred;
      add((s) => (s.inferred !== null) === inferred);
    }
    add(onField(this.qualifiers(where.qualifiers, `${path}.qualifiers`, depth + 1), (s: Statement) => s.qualifiers));
    add(onField(compileTimeFilter(where.time, `${path}.time`), statementTime));
    add(onField(compileIntFilter(where.sourceCount), (s: Statement) => kg.lists.sourceCount.get(s.id) ?? 0));
    add(onField(this.documentList(where.documents, `${path}.documents`, depth), (s: Statement) => this.documentsOf(s.evidence)));
    add(onField(this.evidenceList(where.evidence, `${path}.evidence`, depth), (s: Statement) => s.evidence));
    for (const check of this.logic(where, path, depth, (w: StatementWhere, p, d) => this.statement(w, p, d))) add(check);
    return build(depth);
  }

  position(where: PositionWhere | null | undefined, path: string, depth: number): Check<Position> | null {
    if (!where) return null;
    this.enter(path, depth);
    const kg = this.kg;
    const { add, build } = this.collector<Position>(path);
    add(onField(compileValueFilter(where.id), (p: Position) => p.id));
    add(this.entityRef(where.holder, `${path}.holder`, depth, (p: Position) => p.holder));
    add(this.entityRef(where.onBehalfOf, `${path}.onBehalfOf`, depth, (p: Position) => p.onBehalfOf));
    add(this.entityRef(where.topic, `${path}.topic`, depth, (p: Position) => p.topic));
    const about = compileListFilter(where.about, `${path}.about`, (w: EntityWhere, p) => this.entity(w, p, depth + 1));
    add(onField(about, (p: Position) => p.about.flatMap((id) => this.entityOf(id) ?? [])));
    const concerns = this.entity(where.concerns, `${path}.concerns`, depth + 1);
    if (concerns) {
      add((p) =>
        [p.topic, ...p.about].some((id) => {
          const entity = this.entityOf(id);
          return entity !== null && concerns(entity);
        }),
      );
    }
    add(onField(compileValueFilter(where.stance), (p: Position) => p.stance));
    add(onField(compileValueFilter(where.polarity), (p: Position) => p.polarity));
    add(onField(compileValueFilter(where.speech), (p: Position) => p.speech));
    add(onField(compileStringFilter(where.summary), (p: Position) => p.summary));
    add(this.entityRef(where.venue, `${path}.venue`, depth, (p: Position) => p.venue));
    add(onField(compileTimeFilter(where.date, `${path}.date`), (p: Position) => p.date));
    add(onField(compileIntFilter(where.sourceCount), (p: Position) => kg.lists.sourceCount.get(p.id) ?? 0));
    add(onField(this.documentList(where.documents, `${path}.documents`, depth), (p: Position) => this.documentsOf(p.evidence)));
    add(onField(this.evidenceList(where.evidence, `${path}.evidence`, depth), (p: Position) => p.evidence));
    for (const check of this.logic(where, path, depth, (w: PositionWhere, p, d) => this.position(w, p, d))) add(check);
    return build(depth);
  }

  document(where: DocumentWhere | null | undefined, path: string, depth: number): Check<DocumentRecord> | null {
    if (!where) return null;
    this.enter(path, depth);
    const kg = this.kg;
    const { add, build } = this.collector<DocumentRecord>(path);
    add(onField(compileValueFilter(where.id), (d: DocumentRecord) => d.id));
    add(onField(compileStringFilter(where.title), (d: DocumentRecord) => d.title?.value ?? null));
    add(onField(compileStringFilter(where.outlet), (d: DocumentRecord) => d.outlet?.value ?? null));
    add(onField(compileStringFilter(where.author), (d: DocumentRecord) => d.author?.value ?? null));
    add(onField(compileStringFilter(where.language), (d: DocumentRecord) => d.language?.value ?? null));
    add(onField(compileStringFilter(where.genre), (d: DocumentRecord) => d.genre?.value ?? null));
    add(onField(compileTimeFilter(where.published, `${path}.published`), (d: DocumentRecord) => d.publishedTime));
    add(onField(compileStringFilter(where.text), (d: DocumentRecord) => d.text));
    const mentions = compileListFilter(where.mentions, `${path}.mentions`, (w: EntityWhere, p) => this.entity(w, p, depth + 1));
    add(
      onField(mentions, (d: DocumentRecord) =>
        distinct((kg.mentionsByDocument.get(d.id) ?? EMPTY).map((m) => m.entity)).flatMap((id) => this.entityOf(id) ?? []),
      ),
    );
    for (const check of this.logic(where, path, depth, (w: DocumentWhere, p, d) => this.document(w, p, d))) add(check);
    return build(depth);
  }

  private documentList(filter: StatementWhere['documents'], path: string, depth: number): Check<Iterable<DocumentRecord>> | null {
    return compileListFilter(filter, path, (w: DocumentWhere, p) => this.document(w, p, depth + 1));
  }

  private evidenceList(filter: StatementWhere['evidence'], path: string, depth: number): Check<Iterable<Evidence>> | null {
    return compileListFilter(filter, path, (w: EvidenceWhere, p) => this.evidence(w, p, depth + 1));
  }

  private evidence(where: EvidenceWhere, path: string, depth: number): Check<Evidence> | null {
    this.enter(path, depth);
    const { add, build } = this.collector<Evidence>(path);
    const document = this.document(where.document, `${path}.document`, depth + 1);
    if (document) {
      add((e) => {
        const doc = this.kg.documentById.get(e.document);
        return doc !== undefined && document(doc);
      });
    }
    add(onField(compileStringFilter(where.quote), (e: Evidence) => e.quote));
    add(onField(compileStringFilter(where.sentence), (e: Evidence) => e.sentence));
    return build(0);
  }
}

/**
 * Compiles an entity `where` into a check (null: no constraint). Throws InvalidArgumentError for
 * malformed dates, excessive nesting or too many operators; `path` names the argument in messages.
 */
export function compileEntityWhere(kg: KnowledgeGraph, where: EntityWhere | null | undefined, path = 'where'): Check<Entity> | null {
  return new WhereCompiler(kg).entity(where, path, 0);
}

/** Compiles a statement `where` into a check (null: no constraint); see {@link compileEntityWhere}. */
export function compileStatementWhere(
  kg: KnowledgeGraph,
  where: StatementWhere | null | undefined,
  path = 'where',
): Check<Statement> | null {
  return new WhereCompiler(kg).statement(where, path, 0);
}

/** Compiles a position `where` into a check (null: no constraint); see {@link compileEntityWhere}. */
export function compilePositionWhere(kg: KnowledgeGraph, where: PositionWhere | null | undefined, path = 'where'): Check<Position> | null {
  return new WhereCompiler(kg).position(where, path, 0);
}

/** Compiles a document `where` into a check (null: no constraint); see {@link compileEntityWhere}. */
export function compileDocumentWhere(
  kg: KnowledgeGraph,
  where: DocumentWhere | null | undefined,
  path = 'where',
): Check<DocumentRecord> | null {
  return new WhereCompiler(kg).document(where, path, 0);
}
