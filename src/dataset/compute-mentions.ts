import type { Entity, Mention, TextRange } from './model.js';
import type { NormalizedText } from './normalized-text.js';
import { normalizeQuote } from './normalized-text.js';
import { paragraphIndexAt } from './text-structure.js';

/** A document as the mention finder needs it. */
export interface MentionSource {
  readonly id: string;
  readonly normalized: NormalizedText;
  readonly paragraphs: readonly TextRange[];
}

const WORD = /[\p{L}\p{N}]/u;

function isBoundary(text: string, index: number): boolean {
  const ch = text[index];
  return ch === undefined || !WORD.test(ch);
}

/** Word-bounded occurrences of `needle` (already normalised) in `haystack`. */
export function findWordOccurrences(haystack: string, needle: string): number[] {
  const found: number[] = [];
  if (needle.length === 0) return found;
  for (let i = haystack.indexOf(needle); i !== -1; i = haystack.indexOf(needle, i + 1)) {
    const startsWord = !WORD.test(needle[0] as string) || isBoundary(haystack, i - 1);
    const endsWord = !WORD.test(needle[needle.length - 1] as string) || isBoundary(haystack, i + needle.length);
    if (startsWord && endsWord) found.push(i);
  }
  return found;
}

/**
 * Every occurrence of every entity alias in every document: word-bounded, case-sensitive,
 * tolerant of typographic quotes/dashes. Where two aliases of the same entity overlap, the longest
 * wins ("President Tokayev" is one mention, not two). Mentions of different entities may nest:
 * "war between Russia and Ukraine" mentions the war, Russia and Ukraine.
 */
export function computeMentions(documents: readonly MentionSource[], entities: readonly Entity[]): Mention[] {
  const forms = entities
    .flatMap((entity) => entity.aliases.map((alias) => ({ entity: entity.id, alias, needle: normalizeQuote(alias) })))
    .sort((a, b) => b.needle.length - a.needle.length || a.entity.localeCompare(b.entity));
  const mentions: Mention[] = [];
  for (const doc of documents) {
    const taken = new Map<string, Uint8Array>();
    for (const form of forms) {
      let mask = taken.get(form.entity);
      for (const at of findWordOccurrences(doc.normalized.text, form.needle)) {
        const endAt = at + form.needle.length;
        mask ??= new Uint8Array(doc.normalized.text.length);
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
