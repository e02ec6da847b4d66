import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeMentions, findWordOccurrences, type MentionSource } from '../../src/dataset/compute-mentions.js';
import type { Entity, Mention } from '../../src/dataset/model.js';
import { normalizeQuote, normalizeText } from '../../src/dataset/normalized-text.js';
import { paragraphIndexAt, splitParagraphs } from '../../src/dataset/text-structure.js';

/** The straightforward definition: every alias × every document with indexOf, longest first, overlap resolved per entity. */
function naiveMentions(documents: readonly MentionSource[], entities: readonly Entity[]): Mention[] {
  const forms = entities
    .flatMap((entity) => entity.aliases.map((alias) => ({ entity: entity.id, alias, needle: normalizeQuote(alias) })))
    .sort((a, b) => b.needle.length - a.needle.length || a.entity.localeCompare(b.entity));
  const mentions: Mention[] = [];
  for (const doc of documents) {
    const taken = new Map<string, Uint8Array>();
    for (const form of forms) {
      for (const at of findWordOccurrences(doc.normalized.text, form.needle)) {
        const endAt = at + form.needle.length;
        const mask = taken.get(form.entity) ?? new Uint8Array(doc.normalized.text.length);
        taken.set(form.entity, mask);
        if (mask.subarray(at, endAt).some((t) => t === 1)) continue;
        mask.fill(1, at, endAt);
        const start = doc.normalized.offsets[at] as number;
        const end = (doc.normalized.offsets[endAt - 1] as number) + 1;
        mentions.push({
          entity: form.entity,
          document: doc.id,
          alias: form.alias,
          start,
          end,
          paragraph: paragraphIndexAt(doc.paragraphs, start),
        });
      }
    }
  }
  return mentions.sort((a, b) => a.document.localeCompare(b.document) || a.start - b.start);
}

const entity = (id: string, aliases: string[]): Entity => ({
  id,
  kind: 'topic',
  name: aliases[0] ?? id,
  aliases,
  lookupAliases: [],
  description: null,
  attributes: {},
  source: { file: 'x.yaml', line: 1 },
});
const source = (id: string, text: string): MentionSource => ({ id, normalized: normalizeText(text), paragraphs: splitParagraphs(text) });

describe('computeMentions', () => {
  it('keeps nested mentions of different entities and the longest of one entity', () => {
    const docs = [source('document:a', 'The war between Russia and Ukraine. President Tokayev met “Tokayev’s” guests.\n\nRussia again.')];
    const entities = [
      entity('event:war', ['war between Russia and Ukraine']),
      entity('country:ru', ['Russia']),
      entity('country:ua', ['Ukraine']),
      entity('person:tokayev', ['Tokayev', 'President Tokayev', '"Tokayev\'s"']),
    ];
    const mentions = computeMentions(docs, entities);
    expect(mentions).toEqual(naiveMentions(docs, entities));
    expect(mentions.map((m) => `${m.entity}@${m.start}`)).toEqual([
      'event:war@4',
      'country:ru@16',
      'country:ua@27',
      'person:tokayev@36',
      'person:tokayev@58',
      'country:ru@79',
    ]);
  });

  // Small alphabets make overlaps, repeats, word boundaries and punctuation-led aliases frequent.
  const chars = fc.constantFrom('a', 'b', 'A', ' ', '-', '.', '"', '“', '’', "'", 'é', '1', '\n');
  const text = fc.array(chars, { maxLength: 60 }).map((c) => c.join(''));
  const alias = fc
    .array(chars, { minLength: 1, maxLength: 5 })
    .map((c) => c.join(''))
    .filter((a) => a.trim().length > 0);

  it('finds exactly what alias × document indexOf finds', () => {
    fc.assert(
      fc.property(
        fc.array(text, { minLength: 1, maxLength: 3 }),
        fc.array(fc.array(alias, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 4 }),
        (texts, aliasLists) => {
          const docs = texts.map((t, i) => source(`document:d${(i * 7) % 3}-${i}`, t));
          const entities = aliasLists.map((aliases, i) => entity(`topic:e${(i * 5) % 4}-${i}`, aliases));
          expect(computeMentions(docs, entities)).toEqual(naiveMentions(docs, entities));
        },
      ),
      { numRuns: 2000 },
    );
  });
});
