import type { EntityKind, Polarity, SpeechType, Stance } from '../../dataset/model.js';
import type { KnowledgeGraph } from '../../graph/knowledge-graph.js';
import { evidenceColumns, type EvidenceColumns } from './evidence-columns.js';
import { LIST_SEPARATOR, timeColumns } from './time-columns.js';

/**
 * One row per stated position × evidence. The same position reported by three documents gives
 * three rows; count positions with `evidenceIndex === 0`.
 */
export interface PositionRow extends EvidenceColumns {
  /** Position id. */
  readonly position: string;
  /** Who stated it. */
  readonly holder: string;
  readonly holderName: string;
  readonly holderKind: EntityKind;
  /** The state or organization the holder spoke for. */
  readonly onBehalfOf: string | null;
  readonly onBehalfOfName: string | null;
  /** The main thing it is about. */
  readonly topic: string;
  readonly topicName: string;
  readonly topicKind: EntityKind;
  /** Other entities it concerns: ids joined by `"; "` (empty string when none). */
  readonly about: string;
  /** Their names, in the same order, joined by `"; "`. */
  readonly aboutNames: string;
  readonly stance: Stance;
  /** positive, negative, neutral, mixed (SemEval FAVOR, AGAINST, NONE). */
  readonly polarity: Polarity;
  /** direct (the holder's own words) or reported (an outlet's paraphrase). */
  readonly speech: SpeechType;
  readonly summary: string;
  /** The article, interview or event where it was said. */
  readonly venue: string | null;
  readonly venueName: string | null;
  /** When it was said, where stated. */
  readonly date: string | null;
  readonly datePrecision: string | null;
  readonly dateEarliest: string | null;
  readonly dateLatest: string | null;
  readonly dateInferred: string | null;
}

/** The positions table: one row per position × evidence, in dataset order (see {@link PositionRow}). */
export function positionsTable(kg: KnowledgeGraph): PositionRow[] {
  const entity = (id: string) => kg.entityById.get(id);
  const name = (id: string | null): string | null => (id === null ? null : (entity(id)?.name ?? null));
  const rows: PositionRow[] = [];
  for (const p of kg.dataset.positions) {
    const date = timeColumns(p.date);
    const shared: Omit<PositionRow, keyof EvidenceColumns> = {
      position: p.id,
      holder: p.holder,
      holderName: name(p.holder) ?? p.holder,
      holderKind: entity(p.holder)?.kind as EntityKind,
      onBehalfOf: p.onBehalfOf,
      onBehalfOfName: name(p.onBehalfOf),
      topic: p.topic,
      topicName: name(p.topic) ?? p.topic,
      topicKind: entity(p.topic)?.kind as EntityKind,
      about: p.about.join(LIST_SEPARATOR),
      aboutNames: p.about.map((id) => name(id) ?? id).join(LIST_SEPARATOR),
      stance: p.stance,
      polarity: p.polarity,
      speech: p.speech,
      summary: p.summary,
      venue: p.venue,
      venueName: name(p.venue),
      date: date.value,
      datePrecision: date.precision,
      dateEarliest: date.earliest,
      dateLatest: date.latest,
      dateInferred: date.inferred,
    };
    for (let i = 0; i < p.evidence.length; i++) rows.push({ ...shared, ...evidenceColumns(p.evidence, i) });
  }
  return rows;
}
