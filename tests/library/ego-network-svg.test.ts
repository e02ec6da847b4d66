import { beforeAll, describe, expect, it } from 'vitest';
import { UnknownEntityError } from '../../src/errors.js';
import type { KnowledgeGraph } from '../../src/graph/knowledge-graph.js';
import { egoNetworkSvg, KIND_COLORS } from '../../src/library/ego-network-svg.js';
import { openGraph } from '../../src/library/open-graph.js';
import { nodeSize } from '../../src/style/node-size.js';
import { STATEMENT_EDGE_COLOR } from '../../src/style/stance-colors.js';
import { MINI_SEEDS, miniGraph } from '../helpers/graphs.js';

let mini: KnowledgeGraph;

beforeAll(async () => {
  mini = await miniGraph();
});

/** Node circles carry a tooltip; legend circles do not. */
const nodeTitles = (svg: string) => [...svg.matchAll(/<circle [^>]*><title>([^<]*)<\/title><\/circle>/g)].map((m) => m[1]);
const lines = (svg: string) => [...svg.matchAll(/<line [^>]*>/g)].map((m) => m[0]);

describe('egoNetworkSvg', () => {
  it('draws the entity, its neighbours and one line per linked pair', () => {
    const svg = egoNetworkSvg(mini, 'Tokayev', { includePositions: true });
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg" width="760" height="760" viewBox="0 0 760 760"')).toBe(true);
    expect(svg.trimEnd().endsWith('</svg>')).toBe(true);
    expect(nodeTitles(svg).sort()).toEqual(
      [
        'Kassym-Jomart Tokayev (person) person:kassym-jomart-tokayev',
        'Board of Peace (organization) organization:board-of-peace',
        'United Nations (organization) organization:un',
        'Two-state solution (topic) topic:two-state-solution',
        'Israel (country) country:il',
        'United States (country) country:us',
      ].sort(),
    );
    // The entity in the middle, sized by its degree as the explorer sizes it (nodeSize × 0.6).
    const degree = mini.lists.statementCount.get('person:kassym-jomart-tokayev') ?? 0;
    expect(svg).toContain(`<circle cx="380" cy="380" r="${Math.round(nodeSize(degree) * 6) / 10}" fill="${KIND_COLORS.person}"`);
    // Laid out by ForceAtlas2 inside the margins: every node in the box, no two at the same place.
    const centers = [...svg.matchAll(/<circle cx="([\d.]+)" cy="([\d.]+)" r="[\d.]+" fill="[^"]+" stroke="#333333"><title>/g)].map((m) => [
      Number(m[1]),
      Number(m[2]),
    ]);
    expect(centers).toHaveLength(6);
    for (const [x, y] of centers) {
      expect(x).toBeGreaterThanOrEqual(165);
      expect(x).toBeLessThanOrEqual(760 - 165);
      expect(y).toBeGreaterThanOrEqual(30);
      expect(y).toBeLessThanOrEqual(760 - 30);
    }
    expect(new Set(centers.map(([x, y]) => `${x},${y}`)).size).toBe(6);
    // Position-only lines take the stance colour of their first position; statement lines are grey.
    expect(lines(svg).filter((l) => l.includes(`stroke="${STATEMENT_EDGE_COLOR}"`))).toHaveLength(2);
    // Tokayev–Board of Peace (a statement and a position), Board of Peace–UN (a statement): solid.
    // Tokayev–UN, –two-state solution, –Israel, –United States (positions only): dashed.
    const drawn = lines(svg);
    expect(drawn).toHaveLength(6);
    expect(drawn.filter((l) => l.includes('stroke-dasharray'))).toHaveLength(4);
    expect(drawn.filter((l) => l.includes('stroke-width="2"'))).toHaveLength(1);
    expect(svg).toContain('Kassym-Jomart Tokayev — member of → Board of Peace (statement:tokayev-signed-charter)');
    expect([...svg.matchAll(/<text x="26" y="\d+">(\w+)<\/text>/g)].map((m) => m[1])).toEqual([
      'country',
      'organization',
      'person',
      'topic',
    ]);
  });

  it('follows statements only by default, and is deterministic', () => {
    const svg = egoNetworkSvg(mini, 'person:kassym-jomart-tokayev');
    expect(nodeTitles(svg)).toHaveLength(2);
    expect(lines(svg)).toHaveLength(1);
    expect(egoNetworkSvg(mini, 'Tokayev', { includePositions: true, size: 500 })).toBe(
      egoNetworkSvg(mini, 'Tokayev', { includePositions: true, size: 500 }),
    );
    expect(egoNetworkSvg(mini, 'Tokayev', { size: 500 })).toMatch(/<circle cx="250" cy="250" r="[\d.]+" fill="#D55E00"/);
  });

  it('throws UnknownEntityError for an unknown entity, and is on the library handle', async () => {
    expect(() => egoNetworkSvg(mini, 'nobody at all')).toThrow(UnknownEntityError);
    expect(() => egoNetworkSvg(mini, 'nobody at all')).toThrow('entity: no entity is named "nobody at all"');
    const handle = await openGraph({ directory: MINI_SEEDS });
    expect(handle.egoNetworkSvg('Tokayev')).toBe(egoNetworkSvg(mini, 'Tokayev'));
  });
});
