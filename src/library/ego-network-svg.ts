import type { EntityKind } from '../dataset/model.js';
import { NotFoundError } from '../errors.js';
import { xmlText } from '../export/xml-text.js';
import { egoNetwork, MAX_EGO_EDGES } from '../graph/ego-network.js';
import type { KnowledgeGraph } from '../graph/knowledge-graph.js';

/** Fill colour of each entity kind in {@link egoNetworkSvg} (colour-blind-safe Okabe–Ito hues first). */
export const KIND_COLORS: Readonly<Record<EntityKind, string>> = {
  person: '#D55E00',
  country: '#0072B2',
  organization: '#009E73',
  company: '#CC79A7',
  agreement: '#E69F00',
  event: '#56B4E9',
  project: '#F0E442',
  topic: '#999999',
  territory: '#5B8DB8',
  region: '#7FB3D5',
  place: '#A3C4A8',
  outlet: '#8E6C8A',
  office: '#B07C4F',
  work: '#6C6C6C',
};

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
const MAX_LABEL = 30;
const shortName = (name: string): string => (name.length > MAX_LABEL ? `${name.slice(0, MAX_LABEL - 1).trimEnd()}…` : name);

const round = (n: number): number => Math.round(n * 10) / 10;

/**
 * An SVG picture of the ego network of an entity (id or alias): the entity in the middle, the
 * entities `depth` hops away on rings around it, grouped by kind and coloured by kind (with a
 * legend), labelled along their radius. A line joins two entities linked by statements (solid) or only by positions (dashed);
 * it is thicker the more links there are, and its tooltip lists them. Names longer than 30
 * characters are shortened in labels, whole in tooltips. Deterministic: the same
 * graph gives the same picture. Throws `NotFoundError` for an unknown entity.
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
  if (ego === null) throw new NotFoundError(`No entity matches "${entity}"`);
  const size = options.size ?? 760;
  const middle = size / 2;
  const ringStep = (size / 2 - 175) / ego.depth;

  const kindOf = (id: string): EntityKind => kg.entityById.get(id)?.kind ?? 'topic';
  const nameOf = (id: string): string => kg.entityById.get(id)?.name ?? id;
  const position = new Map<string, { x: number; y: number; angle: number }>([[ego.center, { x: middle, y: middle, angle: 0 }]]);
  for (let distance = 1; distance <= ego.depth; distance++) {
    const ring = ego.nodes
      .filter((n) => n.distance === distance)
      .map((n) => n.id)
      .sort((a, b) => kindOf(a).localeCompare(kindOf(b)) || nameOf(a).localeCompare(nameOf(b)));
    ring.forEach((id, i) => {
      const angle = -Math.PI / 2 + (2 * Math.PI * i) / ring.length;
      position.set(id, { x: middle + distance * ringStep * Math.cos(angle), y: middle + distance * ringStep * Math.sin(angle), angle });
    });
  }

  // One line per linked pair, whatever the direction.
  const pairs = new Map<string, { a: string; b: string; labels: string[]; statements: number }>();
  for (const edge of ego.edges) {
    const [a, b] = edge.source < edge.target ? [edge.source, edge.target] : [edge.target, edge.source];
    const pair = pairs.get(`${a}\n${b}`) ?? { a, b, labels: [], statements: 0 };
    const predicate =
      edge.attributes.kind === 'statement'
        ? (kg.predicateById.get(edge.attributes.predicate)?.label ?? edge.attributes.predicate)
        : 'position on';
    pair.labels.push(`${nameOf(edge.source)} — ${predicate} → ${nameOf(edge.target)} (${edge.attributes.source})`);
    if (edge.attributes.kind === 'statement') pair.statements++;
    pairs.set(`${a}\n${b}`, pair);
  }

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
    const style = pair.statements > 0 ? 'stroke="#777777"' : 'stroke="#c0392b" stroke-dasharray="4 3"';
    lines.push(
      `<line x1="${round(p.x)}" y1="${round(p.y)}" x2="${round(q.x)}" y2="${round(q.y)}" ${style} stroke-width="${width}" stroke-opacity="0.7">` +
        `<title>${xmlText(pair.labels.join('\n'))}</title></line>`,
    );
  }
  for (const node of ego.nodes) {
    const p = position.get(node.id);
    if (p === undefined) continue;
    const center = node.id === ego.center;
    const right = Math.cos(p.angle) >= 0;
    const label = center
      ? `<text x="${round(p.x)}" y="${round(p.y - 16)}" text-anchor="middle" font-weight="bold">${xmlText(shortName(nameOf(node.id)))}</text>`
      : `<text x="${round(p.x + (right ? 9 : -9))}" y="${round(p.y + 4)}" text-anchor="${right ? 'start' : 'end'}" ` +
        `transform="rotate(${round(((right ? p.angle : p.angle + Math.PI) * 180) / Math.PI)} ${round(p.x)} ${round(p.y)})">${xmlText(shortName(nameOf(node.id)))}</text>`;
    lines.push(
      `<circle cx="${round(p.x)}" cy="${round(p.y)}" r="${center ? 10 : 6}" fill="${KIND_COLORS[kindOf(node.id)]}" stroke="#333333">` +
        `<title>${xmlText(`${nameOf(node.id)} (${kindOf(node.id)}) ${node.id}`)}</title></circle>`,
      label,
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
