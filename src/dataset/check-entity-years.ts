import type { Entity, Mention } from './model.js';
import type { SearchableDocument } from './locate-quote.js';
import type { IssueSink } from './check-statement-times.js';
import { sentenceAround } from './text-structure.js';

/** A year (or decade) written in a name or description: 1992, 2025, 1990s. */
const YEAR = /(?<![\p{L}\p{N}])(1\d{3}|20\d{2})(?:s)?(?![\p{L}\p{N}])/gu;

/**
 * Reports each year an entity's name or description states that no sentence mentioning the entity
 * states: "Xi Jinping's visit (2025)" needs a sentence naming the visit and 2025, not a year taken
 * from a neighbouring sentence.
 */
export function checkEntityYears(
  check: IssueSink,
  entities: readonly Entity[],
  mentions: readonly Mention[],
  documents: ReadonlyMap<string, SearchableDocument>,
): void {
  const hasYear = new RegExp(YEAR.source, 'u');
  const withYears = entities.filter((e) => hasYear.test(`${e.name} ${e.description ?? ''}`));
  if (withYears.length === 0) return;
  const wanted = new Set(withYears.map((e) => e.id));
  const sentences = new Map<string, string[]>();
  for (const mention of mentions) {
    if (!wanted.has(mention.entity)) continue;
    const doc = documents.get(mention.document);
    const paragraph = doc?.paragraphs[mention.paragraph];
    if (!doc || !paragraph) continue;
    const range = sentenceAround(doc.text, paragraph, mention.start, mention.end);
    const list = sentences.get(mention.entity) ?? [];
    list.push(doc.text.slice(range.start, range.end));
    sentences.set(mention.entity, list);
  }
  for (const entity of withYears) {
    const stated = sentences.get(entity.id) ?? [];
    for (const [field, text] of [
      ['name', entity.name],
      ['description', entity.description ?? ''],
    ] as const) {
      for (const match of text.matchAll(YEAR)) {
        const year = match[0];
        const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${year}(?![\\p{L}\\p{N}])`, 'u');
        if (!stated.some((s) => pattern.test(s))) {
          check.add(entity.source, entity.id, `${field}: states the year ${year}, which no sentence mentioning the entity states`);
        }
      }
    }
  }
}
