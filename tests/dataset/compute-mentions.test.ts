import { describe, expect, it } from 'vitest';
import { computeMentions } from '../../src/dataset/compute-mentions.js';
import type { Entity, EntityKind } from '../../src/dataset/model.js';
import { normalizeText } from '../../src/dataset/normalized-text.js';
import { splitParagraphs } from '../../src/dataset/text-structure.js';

const entity = (id: string, aliases: string[]): Entity => ({
  id,
  kind: id.split(':')[0] as EntityKind,
  name: aliases[0]!,
  aliases,
  lookupAliases: [],
  description: null,
  attributes: {},
  source: { file: 'entities.yaml', line: null },
});

function mentionsIn(text: string, entities: Entity[]): string[] {
  const doc = { id: 'document:t', normalized: normalizeText(text), paragraphs: splitParagraphs(text) };
  return computeMentions([doc], entities).map((m) => `${m.entity}:${text.slice(m.start, m.end)}`);
}

describe('computeMentions', () => {
  const entities = [
    entity('region:asia', ['Asia']),
    entity('region:central-asia', ['Central Asia']),
    entity('country:ru', ['Russia']),
    entity('country:ua', ['Ukraine']),
    entity('topic:war', ['war between Russia and Ukraine']),
    entity('organization:bop', ['Board of Peace']),
    entity('agreement:charter', ['founding agreement of the Board of Peace']),
    entity('person:tokayev', ['Tokayev', 'President Tokayev']),
  ];

  it('keeps names nested after a connector, drops the head of a compound name', () => {
    expect(
      mentionsIn('Central Asia and Asia. The war between Russia and Ukraine. The founding agreement of the Board of Peace.', entities),
    ).toEqual([
      'region:central-asia:Central Asia',
      'region:asia:Asia',
      'topic:war:war between Russia and Ukraine',
      'country:ru:Russia',
      'country:ua:Ukraine',
      'agreement:charter:founding agreement of the Board of Peace',
      'organization:bop:Board of Peace',
    ]);
  });

  it('counts overlapping aliases of one entity once, longest first', () => {
    expect(mentionsIn('President Tokayev met Tokayev’s staff.', entities)).toEqual([
      'person:tokayev:President Tokayev',
      'person:tokayev:Tokayev',
    ]);
  });

  it('matches whole words only, across typographic dashes and line breaks', () => {
    expect(mentionsIn('Asian markets; Central\nAsia.', entities)).toEqual(['region:central-asia:Central\nAsia']);
  });
});
