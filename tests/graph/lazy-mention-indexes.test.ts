import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../src/dataset/build-dataset.js';
import type { Dataset } from '../../src/dataset/model.js';
import { readDatasetFiles } from '../../src/dataset/read-dataset-files.js';
import { createKnowledgeGraph } from '../../src/graph/knowledge-graph.js';
import { MINI_SEEDS } from '../helpers/graphs.js';

describe('the mention indexes', () => {
  it('are built when first read, from one read of dataset.mentions, and equal what the mentions say', async () => {
    const built = buildDataset(await readDatasetFiles(MINI_SEEDS));
    let reads = 0;
    const dataset = { ...built } as Record<string, unknown>;
    Object.defineProperty(dataset, 'mentions', { enumerable: true, get: () => (reads++, built.mentions) });
    const kg = createKnowledgeGraph(Object.freeze(dataset) as unknown as Dataset);
    expect(reads).toBe(0);
    const entity = built.mentions[0]!.entity;
    expect(kg.lists.mentionCount.get(entity)).toBe(built.mentions.filter((m) => m.entity === entity).length);
    expect(kg.mentionsByEntity.get(entity)).toEqual(built.mentions.filter((m) => m.entity === entity));
    const document = built.mentions[0]!.document;
    expect(kg.mentionsByDocument.get(document)).toEqual(built.mentions.filter((m) => m.document === document));
    expect(kg.mentionsByEntity).toBe(kg.mentionsByEntity);
    expect(reads).toBe(1);
  });
});
