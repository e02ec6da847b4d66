import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../examples/typed-client.js';
import type { KnowledgeGraph } from '../../src/graph/knowledge-graph.js';
import { listen, type RunningServer } from '../../src/server/listen.js';
import { silentLogger } from '../../src/server/logger.js';
import { seedsGraph } from '../helpers/graphs.js';

let kg: KnowledgeGraph;
let server: RunningServer;

beforeAll(async () => {
  kg = await seedsGraph();
  server = await listen({ kg, port: 0, host: '127.0.0.1', logger: silentLogger });
});
afterAll(() => server.close());

describe('examples/typed-client.ts against a real server', () => {
  it('runs every step and reports what the graph holds', async () => {
    let output = '';
    const summary = await main(server.url, { write: (text: string) => (output += text) });

    expect(summary.version).toBe(kg.dataset.version);
    const tokayev = kg.entityById.get('person:kassym-jomart-tokayev')!;
    expect(summary.entity).toEqual({ id: tokayev.id, name: tokayev.name, aliases: [...tokayev.aliases] });

    const board = 'organization:board-of-peace';
    const statements = kg.dataset.statements.filter((s) => s.subject === board || s.object === board);
    expect(summary.relations).toHaveLength(statements.length);
    for (const s of statements) {
      const line = `${kg.entityById.get(s.subject)!.name} —${kg.predicateById.get(s.predicate)!.label}→ `;
      expect(summary.relations.some((r) => r.startsWith(line))).toBe(true);
      for (const e of s.evidence) expect(output).toContain(`“${e.quote}” (${e.document} ${e.start}–${e.end})`);
    }

    const stances: Record<string, number> = {};
    for (const p of kg.positionsByHolder.get(tokayev.id) ?? [])
      stances[p.stance.toUpperCase()] = (stances[p.stance.toUpperCase()] ?? 0) + 1;
    expect(summary.stances).toEqual(stances);
    expect(summary.rejected.code).toBe('BAD_USER_INPUT');
    expect(output).toContain(`dataset ${kg.dataset.version}:`);
  });
});
