import { InvalidArgumentError } from '../errors.js';
import type { KnowledgeGraph } from './knowledge-graph.js';
import type { EdgeAttributes } from './types.js';

/** Which edges a traversal may follow. */
export interface EdgeFilterOptions {
  /** Follow only statements with these predicates (vocabulary ids); all statements when absent or empty. */
  readonly predicates?: readonly string[] | null;
  /** Also follow position edges (holder → topic and `about` entities). Default false: statements only. */
  readonly includePositions?: boolean | null;
}

/** Decides whether a traversal may follow an edge. */
export type EdgeFilter = (attributes: EdgeAttributes) => boolean;

/**
 * The edge filter for `options`. A predicate that is not in the vocabulary is a
 * {@link InvalidArgumentError}: a misspelt predicate would otherwise silently give an empty answer.
 */
export function edgeFilter(kg: KnowledgeGraph, options: EdgeFilterOptions = {}): EdgeFilter {
  const wanted = options.predicates && options.predicates.length > 0 ? new Set(options.predicates) : null;
  for (const id of wanted ?? []) {
    if (!kg.predicateById.has(id)) throw new InvalidArgumentError(`predicates: "${id}" is not a predicate of the vocabulary`);
  }
  const includePositions = options.includePositions ?? false;
  return (attributes) => (attributes.kind === 'position' ? includePositions : wanted === null || wanted.has(attributes.predicate));
}
