import type { Entity } from '../dataset/model.js';
import { normalizeAlias } from '../dataset/normalize-alias.js';
import type { EntitySuggestion } from '../errors.js';
import { DiplomacyGraphError } from '../errors.js';
import type { KnowledgeGraph } from './knowledge-graph.js';
import { hasSearchIndex, wantsBackgroundSearchIndex } from './search-index-of.js';
import { search } from './search.js';

/** Most suggestions {@link suggestEntities} returns. */
const MAX_SUGGESTIONS = 3;
/** Most suggestions found by alias similarity; search fills the rest. */
const MAX_ALIAS_SUGGESTIONS = 3;
/**
 * Most entities whose names are compared one by one. Past it (synthetic datasets of 100k entities
 * and more) only search suggests: an unknown name, which anyone can send, must not cost a pass over
 * every name.
 */
const MAX_ALIAS_SCAN_ENTITIES = 20_000;
/** Least similarity (0..1) for an alias to be suggested. */
const MIN_SIMILARITY = 0.5;

/** Words of a name: lower case, no diacritics, split at anything but letters and digits. */
function words(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0);
}

/** Levenshtein distance of two strings, or `bound + 1` as soon as it must exceed `bound`. */
function boundedEditDistance(a: string, b: string, bound: number): number {
  if (Math.abs(a.length - b.length) > bound) return bound + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      const value = Math.min((previous[j] as number) + 1, (current[j - 1] as number) + 1, (previous[j - 1] as number) + cost);
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > bound) return bound + 1;
    previous = current;
  }
  return previous[b.length] as number;
}

/**
 * How close a name is to the one asked for, 0..1: the larger of the share of words the two have in
 * common (Jaccard: "Ukraine war" and "Russia–Ukraine war" share 2 of 3) and the edit similarity of
 * their normalised forms when they differ by a typo ("Tokaiev" and "Tokaev": one edit in 7 letters).
 */
function similarity(askedWords: ReadonlySet<string>, askedKey: string, form: string): number {
  const formWords = new Set(words(form));
  let shared = 0;
  for (const w of formWords) if (askedWords.has(w)) shared++;
  const jaccard = shared / (askedWords.size + formWords.size - shared || 1);
  const key = normalizeAlias(form);
  const longest = Math.max(key.length, askedKey.length);
  // A typo, not a different name: at most one edit per five letters ("Tokaiev" → "Tokaev").
  const bound = Math.max(1, Math.floor(longest / 5));
  const distance = boundedEditDistance(askedKey, key, bound);
  const edit = distance > bound ? 0 : 1 - distance / longest;
  return Math.max(jaccard, edit);
}

/** Entities whose name or an alias is close to `name`, best first (ties in dataset order). */
function byAlias(kg: KnowledgeGraph, name: string): EntitySuggestion[] {
  if (kg.dataset.entities.length > MAX_ALIAS_SCAN_ENTITIES) return [];
  const askedWords = new Set(words(name));
  const askedKey = normalizeAlias(name);
  const scored: Array<{ entity: Entity; alias: string; score: number; order: number }> = [];
  kg.dataset.entities.forEach((entity, order) => {
    let best: { alias: string; score: number } | null = null;
    for (const form of [entity.name, ...entity.aliases, ...entity.lookupAliases, entity.id]) {
      const score = similarity(askedWords, askedKey, form);
      if (score >= MIN_SIMILARITY && (best === null || score > best.score)) best = { alias: form, score };
    }
    if (best) scored.push({ entity, ...best, order });
  });
  return scored
    .sort((a, b) => b.score - a.score || a.order - b.order)
    .slice(0, MAX_ALIAS_SUGGESTIONS)
    .map(({ entity, alias }) => ({ id: entity.id, name: entity.name, kind: entity.kind, matchedBy: 'alias', alias }));
}

/**
 * Entities found by full-text search for `name`. Only when the index is built or cheap to build
 * (below the size `serve` builds in the background): an error message never waits for a large
 * index. A name without searchable words finds none.
 */
function bySearch(kg: KnowledgeGraph, name: string): EntitySuggestion[] {
  if (!hasSearchIndex(kg) && wantsBackgroundSearchIndex(kg)) return [];
  try {
    return search(kg, name, { types: ['entity'], first: MAX_SUGGESTIONS }).flatMap((hit) => {
      const entity = kg.entityById.get(hit.id);
      return entity ? [{ id: entity.id, name: entity.name, kind: entity.kind, matchedBy: 'search' as const, alias: null }] : [];
    });
  } catch (error) {
    if (error instanceof DiplomacyGraphError) return [];
    throw error;
  }
}

/**
 * The entities closest to a name that matches none, for "did you mean …?": first those with a
 * similar name or alias (shared words, or a few edits: "Ukraine war" → Russia–Ukraine war), then
 * those full-text search ranks best, each entity once, at most {@link MAX_SUGGESTIONS}. Runs only
 * on the error path, and is bounded there: names are compared one by one only up to
 * {@link MAX_ALIAS_SCAN_ENTITIES} entities, and search only runs on an index that exists or is
 * small enough to build at once.
 */
export function suggestEntities(kg: KnowledgeGraph, name: string): EntitySuggestion[] {
  const suggestions = byAlias(kg, name);
  const seen = new Set(suggestions.map((s) => s.id));
  for (const hit of bySearch(kg, name)) {
    if (suggestions.length >= MAX_SUGGESTIONS) break;
    if (seen.has(hit.id)) continue;
    seen.add(hit.id);
    suggestions.push(hit);
  }
  return suggestions;
}
