import type { Evidence, Position, Statement, TimeValue } from '../../dataset/model.js';
import type { KnowledgeGraph } from '../../graph/knowledge-graph.js';
import { graphqlEnum, type GraphqlEnumValue } from './graphql-enum.js';

/**
 * A link from a statement's subject or a position's holder (`a`) to another entity (`b`), with
 * what the dyads table says about it, before its ends are checked to be actors.
 */
export interface DyadLink {
  readonly a: string;
  /** Null when the statement has no counterpart. */
  readonly b: string | null;
  readonly aOnBehalfOf: string | null;
  readonly link: GraphqlEnumValue<'GraphEdgeKind'>;
  readonly id: string;
  /** How `b` takes part: `OBJECT` or `COUNTERPART` of a statement; `TOPIC` or `ABOUT` of a position. */
  readonly linkedAs: 'OBJECT' | 'COUNTERPART' | 'TOPIC' | 'ABOUT';
  readonly predicate: string;
  readonly predicateLabel: string;
  readonly symmetric: boolean;
  readonly stance: GraphqlEnumValue<'Stance'> | null;
  readonly polarity: GraphqlEnumValue<'Polarity'> | null;
  /** When: a statement's point in time, else its start time; a position's date. */
  readonly time: TimeValue | null;
  /** Which field `time` comes from. */
  readonly dateField: 'POINT_IN_TIME' | 'START_TIME' | 'DATE';
  readonly evidence: readonly Evidence[];
}

/** A statement's links: its subject to its object, and to its counterpart when that is another entity. */
export function statementDyadLinks(kg: KnowledgeGraph, s: Statement): DyadLink[] {
  const predicate = kg.predicateById.get(s.predicate);
  const base = {
    a: s.subject,
    aOnBehalfOf: s.onBehalfOf?.entity ?? null,
    link: 'STATEMENT' as const,
    id: s.id,
    predicate: s.predicate,
    predicateLabel: predicate?.label ?? s.predicate,
    symmetric: predicate?.symmetric ?? false,
    stance: null,
    polarity: null,
    ...(s.qualifiers.pointInTime
      ? { time: s.qualifiers.pointInTime, dateField: 'POINT_IN_TIME' as const }
      : { time: s.qualifiers.start, dateField: 'START_TIME' as const }),
    evidence: s.evidence,
  };
  const links: DyadLink[] = [{ ...base, b: s.object, linkedAs: 'OBJECT' }];
  if (s.qualifiers.counterpart !== s.object) links.push({ ...base, b: s.qualifiers.counterpart, linkedAs: 'COUNTERPART' });
  return links;
}

/** A position's links: its holder to its topic, and to each other entity it is about (once each). */
export function positionDyadLinks(p: Position): DyadLink[] {
  const base = {
    a: p.holder,
    aOnBehalfOf: p.onBehalfOf,
    link: 'POSITION' as const,
    id: p.id,
    predicate: 'position_on',
    predicateLabel: 'position on',
    symmetric: false,
    stance: graphqlEnum('Stance', p.stance),
    polarity: graphqlEnum('Polarity', p.polarity),
    time: p.date,
    dateField: 'DATE' as const,
    evidence: p.evidence,
  };
  const links: DyadLink[] = [{ ...base, b: p.topic, linkedAs: 'TOPIC' }];
  for (const about of new Set(p.about)) {
    if (about !== p.topic) links.push({ ...base, b: about, linkedAs: 'ABOUT' });
  }
  return links;
}
