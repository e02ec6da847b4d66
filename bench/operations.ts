/**
 * The benchmark's representative operations: each a GraphQL query with variables, and `direct`,
 * the graph-layer calls that compute the same answer (the same JSON as the query's `data`), so
 * the in-process bench can compare `query()` with calling the graph layer directly. `checkDirect`
 * verifies they agree before anything is timed.
 */
import { isDeepStrictEqual } from 'node:util';
import type { Entity } from '../src/dataset/model.js';
import type { GraphEdgeRef } from '../src/graph/graph-edge.js';
import type { KnowledgeGraph } from '../src/graph/knowledge-graph.js';
import { egoNetwork } from '../src/graph/ego-network.js';
import { entityRelations } from '../src/graph/entity-relations.js';
import { listPositions } from '../src/graph/list-positions.js';
import { resolveEntity } from '../src/graph/resolve-entity.js';
import { search } from '../src/graph/search.js';
import { shortestPath } from '../src/graph/shortest-paths.js';

/** One benchmark operation. */
export interface BenchOperation {
  /** Short name used in reports. */
  readonly name: string;
  readonly description: string;
  readonly query: string;
  readonly variables: Record<string, unknown>;
  /** The same answer as the query's `data`, computed with graph-layer functions. */
  readonly direct: (kg: KnowledgeGraph) => unknown;
}

/** Entities the operations are about: seeds defaults, overridable for synthetic datasets. */
export interface OperationTargets {
  /** An alias to look up (any case). */
  readonly alias: string;
  /** An entity with many relations. */
  readonly relationsOf: string;
  /** A topic of positions. */
  readonly topic: string;
  /** Center of the 2-hop neighbourhood. */
  readonly egoCenter: string;
  readonly pathFrom: string;
  readonly pathTo: string;
  /** A full-text query. */
  readonly search: string;
}

export const SEED_TARGETS: OperationTargets = {
  alias: 'Tokaev',
  relationsOf: 'Kazakhstan',
  topic: 'Board of Peace',
  egoCenter: 'Board of Peace',
  pathFrom: 'Donald Trump',
  pathTo: 'Central Asia',
  search: 'peace in the Middle East',
};

const ref = (e: Entity): { id: string; name: string } => ({ id: e.id, name: e.name });
function entityOf(kg: KnowledgeGraph, id: string): Entity {
  const entity = kg.entityById.get(id);
  if (!entity) throw new Error(`unknown entity ${id}`);
  return entity;
}
const edgeIds = (edge: GraphEdgeRef): { id: string; source: { id: string }; target: { id: string } } => ({
  id: edge.key,
  source: { id: edge.source },
  target: { id: edge.target },
});

/** The six representative operations (issue 7), aimed at `targets`. */
export function benchOperations(targets: OperationTargets = SEED_TARGETS): BenchOperation[] {
  return [
    entityByAlias(targets),
    relationsWithEvidence(targets),
    positionsOnTopic(targets),
    twoHopNeighbourhood(targets),
    shortestPathOperation(targets),
    searchOperation(targets),
  ];
}

/** An entity looked up by an alias, with its names. */
function entityByAlias(targets: OperationTargets): BenchOperation {
  return {
    name: 'entity by alias',
    description: 'entity(id: alias) with names and aliases',
    query: 'query EntityByAlias($id: String!) { entity(id: $id) { id name kind aliases description } }',
    variables: { id: targets.alias },
    direct: (kg) => {
      const e = resolveEntity(kg, targets.alias);
      return {
        entity: e && { id: e.id, name: e.name, kind: e.kind.toUpperCase(), aliases: [...e.aliases], description: e.description },
      };
    },
  };
}

/** An entity's relations in both directions, each with the other entity and its quotes. */
function relationsWithEvidence(targets: OperationTargets): BenchOperation {
  return {
    name: 'relations with evidence',
    description: "an entity's relations (both directions), each with the other entity and its quotes",
    query: `query Relations($id: String!) { entity(id: $id) { id name relations { direction label other { id name }
        statement { id evidence { quote start end document { id } } } } } }`,
    variables: { id: targets.relationsOf },
    direct: (kg) => {
      const e = resolveEntity(kg, targets.relationsOf);
      if (!e) return { entity: null };
      return {
        entity: {
          id: e.id,
          name: e.name,
          relations: entityRelations(kg, e.id, { direction: 'BOTH' }).map((r) => ({
            direction: r.direction,
            label: r.label,
            other: r.other && ref(r.other),
            statement: {
              id: r.statement.id,
              evidence: r.statement.evidence.map((ev) => ({
                quote: ev.quote,
                start: ev.start,
                end: ev.end,
                document: { id: ev.document },
              })),
            },
          })),
        },
      };
    },
  };
}

/** The first 20 positions concerning a topic, with holders and quotes. */
function positionsOnTopic(targets: OperationTargets): BenchOperation {
  return {
    name: 'positions on a topic',
    description: 'positions(where: {concerns}) first 20, with holder and quotes',
    query: `query Positions($topic: String!) { positions(where: { concerns: { is: $topic } }, first: 20) { totalCount
        nodes { id stance summary holder { id name } evidence { quote document { id } } } } }`,
    variables: { topic: targets.topic },
    direct: (kg) => {
      const all = listPositions(kg, { where: { concerns: { is: targets.topic } } });
      return {
        positions: {
          totalCount: all.length,
          nodes: all.slice(0, 20).map((p) => ({
            id: p.id,
            stance: p.stance.toUpperCase(),
            summary: p.summary,
            holder: ref(entityOf(kg, p.holder)),
            evidence: p.evidence.map((ev) => ({ quote: ev.quote, document: { id: ev.document } })),
          })),
        },
      };
    },
  };
}

/** An entity's 2-hop neighbourhood (at most 50 nodes) with the edges among them. */
function twoHopNeighbourhood(targets: OperationTargets): BenchOperation {
  return {
    name: '2-hop neighbourhood',
    description: 'egoNetwork(depth: 2, limit: 50): nodes with distances and the edges among them',
    query: `query Ego($id: String!) { egoNetwork(entity: $id, depth: 2, limit: 50) { truncated
        nodes { distance entity { id name } } edges { id source { id } target { id } } } }`,
    variables: { id: targets.egoCenter },
    direct: (kg) => {
      const ego = egoNetwork(kg, targets.egoCenter, { depth: 2, limit: 50 });
      return {
        egoNetwork: ego && {
          truncated: ego.truncated,
          nodes: ego.nodes.map((n) => ({ distance: n.distance, entity: ref(entityOf(kg, n.id)) })),
          edges: ego.edges.map(edgeIds),
        },
      };
    },
  };
}

/** The shortest path (at most 4 hops) between two entities, with every linking edge of every hop. */
function shortestPathOperation(targets: OperationTargets): BenchOperation {
  return {
    name: 'shortest path',
    description: 'path(maxHops: 4) with every linking edge of every hop',
    query: `query Path($from: String!, $to: String!) { path(from: $from, to: $to, maxHops: 4) { length nodes { id name }
        hops { from { id } to { id } links { direction edge { id } } } } }`,
    variables: { from: targets.pathFrom, to: targets.pathTo },
    direct: (kg) => {
      const path = shortestPath(kg, targets.pathFrom, targets.pathTo, { maxHops: 4 });
      return {
        path: path && {
          length: path.hops.length,
          nodes: path.nodes.map((id) => ref(entityOf(kg, id))),
          hops: path.hops.map((hop) => ({
            from: { id: hop.from },
            to: { id: hop.to },
            links: hop.links.map((link) => ({ direction: link.direction.toUpperCase(), edge: { id: link.edge.key } })),
          })),
        },
      };
    },
  };
}

/** A full-text search: the first 10 hits over entities, statements, positions and documents. */
function searchOperation(targets: OperationTargets): BenchOperation {
  return {
    name: 'search',
    description: 'search(first: 10): ranked hits over entities, statements, positions, documents',
    query: `query Search($q: String!) { search(query: $q, first: 10) { __typename score
        ... on EntityHit { entity { id } } ... on StatementHit { statement { id } }
        ... on PositionHit { position { id } } ... on DocumentHit { document { id } } } }`,
    variables: { q: targets.search },
    direct: (kg) => ({
      search: search(kg, targets.search, { first: 10 }).map((hit) => {
        const typename = { entity: 'EntityHit', statement: 'StatementHit', position: 'PositionHit', document: 'DocumentHit' }[hit.type];
        return { __typename: typename, score: hit.score, [hit.type]: { id: hit.id } };
      }),
    }),
  };
}

/** Throws unless `direct` computes exactly the query's data (so the ratio compares equal work). */
export function checkDirect(operation: BenchOperation, kg: KnowledgeGraph, data: unknown): void {
  const direct = JSON.parse(JSON.stringify(operation.direct(kg))) as unknown;
  if (!isDeepStrictEqual(direct, JSON.parse(JSON.stringify(data)))) {
    throw new Error(
      `${operation.name}: the direct graph-layer answer differs from the query's data\n` +
        `direct: ${JSON.stringify(direct).slice(0, 400)}\nquery:  ${JSON.stringify(data).slice(0, 400)}`,
    );
  }
}
