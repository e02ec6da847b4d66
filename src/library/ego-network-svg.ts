import type { EntityKind } from '../dataset/model.js';
import { xmlText } from '../export/xml-text.js';
import { egoNetwork, MAX_EGO_EDGES } from '../graph/ego-network.js';
import type { KnowledgeGraph } from '../graph/knowledge-graph.js';
import { KIND_COLORS } from '../style/kind-colors.js';
import { nodeSize } from '../style/node-size.js';
import { STATEMENT_EDGE_COLOR, stanceColor } from '../style/stance-colors.js';
import { layoutEgoNetwork, type EgoPair } from './layout-ego-network.js';

export { KIND_COLORS } from '../style/kind-colors.js';

/** Options of {@link egoNetworkSvg}. */
export interface EgoNetworkSvgOptions {
  /** Hops from the center (1–3). Default 1. */
  readonly depth?: number;
  /** Most entities drawn, center included. Default 40. */
  readonly limit?: number;
  /** Width and height of the picture in pixels. Default 760. */
  readonly size?: number;
  /** Also follow positions (holder → topic and `about` entities). Default false: statements only. */
  readonly includePositions?: boolean;
  /** Follow only statements with these predicates. Default: all. */
  readonly predicates?: readonly string[];
}

/** Longest label drawn; longer names are cut with an ellipsis (the tooltip has them whole). */
const MAX_LABEL = 26;
const shortName = (name: string): string => (name.length > MAX_LABEL ? `${name.slice(0, MAX_LABEL - 1).trimEnd()}…` : name);

const round = (n: number): number => Math.round(n * 10) / 10;

/** The label beside a node: right of it on the right half of the picture, left of it on the left half. */
function label(x: number, y: number, r: number, middle: number, text: string, bold: boolean): string {
  const right = x >= middle;
  return (
    `<text x="${round(x + (right ? r + 4 : -r - 4))}" y="${round(y + 4)}" text-anchor="${right ? 'start' : 'end'}"` +
    `${bold ? ' font-weight="bold"' : ''} paint-order="stroke" stroke="#ffffff" stroke-width="3">${xmlText(shortName(text))}</text>`
  );
}

/**
 * An SVG picture of the ego network of an entity (id or alias), drawn as the browser explorer
 * draws it: a ForceAtlas2 layout with the explorer's settings (from seeded start positions, so
 * the same graph gives the same picture), nodes coloured by kind (the explorer's colour-blind-safe
 * palette, with a legend) and sized by degree, the entity in the middle. A line joins two entities
 * linked by statements (grey, solid) or only by positions (dashed, in the first position's stance
 * colour); it is thicker the more links there are, and its tooltip lists them. Labels sit beside
 * their nodes on a white halo; names longer than 26 characters are shortened (whole in tooltips).
 * Throws an `UnknownEntityError` (with the closest entities) for an unknown entity.
 */
export function egoNetworkSvg(kg: KnowledgeGraph, entity: string, options: EgoNetworkSvgOptions = {}): string {
  const ego = egoNetwork(kg, entity, {
    depth: options.depth ?? 1,
    limit: options.limit ?? 40,
    includePositions: options.includePositions ?? false,
    predicates: options.predicates ?? null,
    // Every edge among the drawn entities counts towards a line's thickness and tooltip.
    edgeLimit: MAX_EGO_EDGES,
  });
  const size = options.size ?? 760;
  const middle = size / 2;
  const kindOf = (id: string): EntityKind => kg.entityById.get(id)?.kind ?? 'topic';
  const nameOf = (id: string): string => kg.entityById.get(id)?.name ?? id;
  const radius = (id: string): number => round(nodeSize(kg.lists.statementCount.get(id) ?? 0) * 0.6);

  // One line per linked pair, whatever the direction.
  const pairs = new Map<string, EgoPair & { labels: string[]; statements: number; stance: string | null }>();
  for (const edge of ego.edges) {
    const [a, b] = edge.source < edge.target ? [edge.source, edge.target] : [edge.target, edge.source];
    const pair = pairs.get(`${a}\n${b}`) ?? { a, b, labels: [], statements: 0, stance: null };
    const statement = edge.attributes.kind === 'statement';
    const predicate = statement ? (kg.predicateById.get(edge.attributes.predicate)?.label ?? edge.attributes.predicate) : 'position on';
    pair.labels.push(`${nameOf(edge.source)} — ${predicate} → ${nameOf(edge.target)} (${edge.attributes.source})`);
    if (statement) pair.statements++;
    else pair.stance ??= kg.positionById.get(edge.attributes.source)?.stance ?? null;
    pairs.set(`${a}\n${b}`, pair);
  }
  const position = layoutEgoNetwork(
    ego.center,
    ego.nodes.map((n) => ({ id: n.id, size: radius(n.id) })),
    [...pairs.values()].map((p) => ({ a: p.a, b: p.b, weight: p.labels.length })),
    { width: size, height: size, marginX: 165, marginY: 30 },
  );

  const lines: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 ${size} ${size}" font-family="sans-serif" font-size="11">`,
    `<title>${xmlText(`Ego network of ${nameOf(ego.center)} (${ego.nodes.length} entities, ${ego.edges.length} links${ego.truncated ? ', truncated' : ''})`)}</title>`,
    '<rect width="100%" height="100%" fill="#ffffff"/>',
  ];
  for (const pair of pairs.values()) {
    const p = position.get(pair.a);
    const q = position.get(pair.b);
    if (p === undefined || q === undefined) continue;
    const width = round(1 + Math.log2(pair.labels.length));
    const style =
      pair.statements > 0 ? `stroke="${STATEMENT_EDGE_COLOR}"` : `stroke="${stanceColor(pair.stance ?? '')}" stroke-dasharray="4 3"`;
    lines.push(
      `<line x1="${round(p.x)}" y1="${round(p.y)}" x2="${round(q.x)}" y2="${round(q.y)}" ${style} stroke-width="${width}" stroke-opacity="0.8">` +
        `<title>${xmlText(pair.labels.join('\n'))}</title></line>`,
    );
  }
  for (const node of ego.nodes) {
    const p = position.get(node.id);
    if (p === undefined) continue;
    const r = radius(node.id);
    lines.push(
      `<circle cx="${round(p.x)}" cy="${round(p.y)}" r="${r}" fill="${KIND_COLORS[kindOf(node.id)]}" stroke="#333333">` +
        `<title>${xmlText(`${nameOf(node.id)} (${kindOf(node.id)}) ${node.id}`)}</title></circle>`,
      label(p.x, p.y, r, middle, nameOf(node.id), node.id === ego.center),
    );
  }
  const kinds = [...new Set(ego.nodes.map((n) => kindOf(n.id)))].sort();
  kinds.forEach((kind, i) => {
    lines.push(
      `<circle cx="16" cy="${18 + i * 16}" r="5" fill="${KIND_COLORS[kind]}" stroke="#333333"/>`,
      `<text x="26" y="${22 + i * 16}">${kind}</text>`,
    );
  });
  lines.push('</svg>', '');
  return lines.join('\n');
}
