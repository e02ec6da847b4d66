import type { EntityKind, Evidence, Polarity, Stance, TimeValue } from '../../dataset/model.js';
import type { KnowledgeGraph } from '../../graph/knowledge-graph.js';
import { evidenceColumns, type EvidenceColumns } from './evidence-columns.js';
import { timeColumns } from './time-columns.js';

/** Kinds of entity that count as actors in {@link dyadsTable} unless told otherwise. */
export const ACTOR_KINDS: readonly EntityKind[] = Object.freeze(['person', 'country', 'organization', 'company'] as const);

/** Options of {@link dyadsTable}. */
export interface DyadsTableOptions {
  /** Which entity kinds are actors. Default {@link ACTOR_KINDS}. */
  readonly actorKinds?: readonly EntityKind[];
}

/**
 * One row per (link between two actors) × evidence. A statement links its subject `a` to its
 * object `b` (`linkedAs: object`) and to its `counterpart` qualifier (`linkedAs: counterpart`); a
 * position links its holder `a` to its topic (`topic`) and to each entity it is about (`about`).
 * Both ends must be actors; a link of an actor to itself is left out. Directed: `a` is the
 * subject or holder (see `symmetric` for predicates that read both ways).
 */
export interface DyadRow extends EvidenceColumns {
  readonly a: string;
  readonly aName: string;
  readonly aKind: EntityKind;
  /** For positions: the state or organization `a` spoke for (aggregate to state level with it). */
  readonly aOnBehalfOf: string | null;
  readonly b: string;
  readonly bName: string;
  readonly bKind: EntityKind;
  /** `statement` or `position`. */
  readonly link: 'statement' | 'position';
  /** The statement or position id. */
  readonly id: string;
  /** How `b` takes part: `object` or `counterpart` of a statement; `topic` or `about` of a position. */
  readonly linkedAs: 'object' | 'counterpart' | 'topic' | 'about';
  /** The statement's predicate; `position_on` for positions. */
  readonly predicate: string;
  readonly predicateLabel: string;
  /** Whether the predicate reads the same both ways (false for positions). */
  readonly symmetric: boolean;
  /** The position's stance and polarity; null for statements. */
  readonly stance: Stance | null;
  readonly polarity: Polarity | null;
  /** When: a statement's point in time, else its start time; a position's date. */
  readonly date: string | null;
  readonly datePrecision: string | null;
  readonly dateEarliest: string | null;
  readonly dateLatest: string | null;
  readonly dateInferred: string | null;
  /** Which field `date` comes from: `pointInTime`, `startTime` or `date`; null when there is none. */
  readonly dateField: 'pointInTime' | 'startTime' | 'date' | null;
}

/** The dyads table: actor pairs linked by a statement or position, one row per link × evidence (see {@link DyadRow}). */
export function dyadsTable(kg: KnowledgeGraph, options: DyadsTableOptions = {}): DyadRow[] {
  const actorKinds = new Set(options.actorKinds ?? ACTOR_KINDS);
  const actor = (id: string | null) => {
    const entity = id === null ? undefined : kg.entityById.get(id);
    return entity !== undefined && actorKinds.has(entity.kind) ? entity : undefined;
  };
  const rows: DyadRow[] = [];
  const emit = (
    aId: string,
    bId: string | null,
    link: Omit<
      DyadRow,
      | keyof EvidenceColumns
      | 'a'
      | 'aName'
      | 'aKind'
      | 'b'
      | 'bName'
      | 'bKind'
      | 'date'
      | 'datePrecision'
      | 'dateEarliest'
      | 'dateLatest'
      | 'dateInferred'
      | 'dateField'
    >,
    date: { readonly time: TimeValue | null; readonly field: DyadRow['dateField'] },
    evidence: readonly Evidence[],
  ): void => {
    const a = actor(aId);
    const b = actor(bId);
    if (a === undefined || b === undefined || a.id === b.id) return;
    const when = timeColumns(date.time);
    const shared = {
      a: a.id,
      aName: a.name,
      aKind: a.kind,
      aOnBehalfOf: link.aOnBehalfOf,
      b: b.id,
      bName: b.name,
      bKind: b.kind,
      link: link.link,
      id: link.id,
      linkedAs: link.linkedAs,
      predicate: link.predicate,
      predicateLabel: link.predicateLabel,
      symmetric: link.symmetric,
      stance: link.stance,
      polarity: link.polarity,
      date: when.value,
      datePrecision: when.precision,
      dateEarliest: when.earliest,
      dateLatest: when.latest,
      dateInferred: when.inferred,
      dateField: date.time === null ? null : date.field,
    };
    for (let i = 0; i < evidence.length; i++) rows.push({ ...shared, ...evidenceColumns(evidence, i) });
  };

  for (const s of kg.dataset.statements) {
    const predicate = kg.predicateById.get(s.predicate);
    const date = s.qualifiers.pointInTime
      ? { time: s.qualifiers.pointInTime, field: 'pointInTime' as const }
      : { time: s.qualifiers.start, field: 'startTime' as const };
    const base = {
      aOnBehalfOf: null,
      link: 'statement' as const,
      id: s.id,
      predicate: s.predicate,
      predicateLabel: predicate?.label ?? s.predicate,
      symmetric: predicate?.symmetric ?? false,
      stance: null,
      polarity: null,
    };
    emit(s.subject, s.object, { ...base, linkedAs: 'object' }, date, s.evidence);
    if (s.qualifiers.counterpart !== s.object)
      emit(s.subject, s.qualifiers.counterpart, { ...base, linkedAs: 'counterpart' }, date, s.evidence);
  }
  for (const p of kg.dataset.positions) {
    const base = {
      aOnBehalfOf: p.onBehalfOf,
      link: 'position' as const,
      id: p.id,
      predicate: 'position_on',
      predicateLabel: 'position on',
      symmetric: false,
      stance: p.stance,
      polarity: p.polarity,
    };
    const date = { time: p.date, field: 'date' as const };
    emit(p.holder, p.topic, { ...base, linkedAs: 'topic' }, date, p.evidence);
    for (const about of new Set(p.about)) {
      if (about !== p.topic) emit(p.holder, about, { ...base, linkedAs: 'about' }, date, p.evidence);
    }
  }
  return rows;
}
