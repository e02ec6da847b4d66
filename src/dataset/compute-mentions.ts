import type { Entity, Mention, TextRange } from './model.js';
import { findAliasOccurrences, type TextOccurrences } from './find-alias-occurrences.js';
import type { NormalizedText } from './normalized-text.js';
import { normalizeQuote } from './normalized-text.js';
import { paragraphIndexAt } from './text-structure.js';

/** A document as the mention finder needs it. */
export interface MentionSource {
  readonly id: string;
  readonly normalized: NormalizedText;
  readonly paragraphs: readonly TextRange[];
}

/** Occurrences already found by {@link findAliasOccurrences}, one entry per document, in order. */
export interface PrecomputedOccurrences {
  readonly needles: readonly string[];
  readonly perDocument: readonly TextOccurrences[];
}

/** Whether [start, end) overlaps any interval of `taken` (flat start/end pairs). */
function overlaps(taken: readonly number[], start: number, end: number): boolean {
  for (let i = 0; i < taken.length; i += 2) if ((taken[i] as number) < end && (taken[i + 1] as number) > start) return true;
  return false;
}

/**
 * Drops a mention that is only the head of another entity's name: "Asia" in "Central Asia" ends
 * where "Central Asia" ends and follows a capitalised modifier, so it names Central Asia, not Asia.
 * A nested name after a connector ("the Board of Peace" in "founding agreement of the Board of
 * Peace", "Ukraine" in "war between Russia and Ukraine") is a mention in its own right.
 */
function dropCompoundHeads(doc: MentionSource, mentions: readonly Mention[]): Mention[] {
  const byEnd = new Map<number, Mention[]>();
  for (const m of mentions) {
    const list = byEnd.get(m.end);
    if (list) list.push(m);
    else byEnd.set(m.end, [m]);
  }
  const text = doc.normalized.text;
  const original = (offset: number): number => doc.normalized.offsetAt(offset);
  return mentions.filter((m) => {
    const outer = byEnd.get(m.end)?.find((o) => o.entity !== m.entity && o.start < m.start);
    if (!outer) return true;
    // The word just before the nested name, inside the outer one.
    const before = textBefore(text, doc, m.start, outer.start, original);
    return !/^\p{Lu}/u.test(before);
  });
}

function textBefore(text: string, doc: MentionSource, start: number, floor: number, original: (i: number) => number): string {
  // Map the original offset back to the normalised text.
  const lo = Math.max(0, Math.min(doc.normalized.indexAtOrAfter(start), text.length - 1));
  const words = text
    .slice(Math.max(0, lo - 80), lo)
    .trimEnd()
    .split(/[\s\-–—]+/);
  const last = words[words.length - 1] ?? '';
  return original(Math.max(0, lo - 1)) >= floor ? last : '';
}

/** Candidate mentions of one document: form ranks and start offsets, ordered by rank, then offset. */
interface Hits {
  readonly rank: Int32Array;
  readonly at: Int32Array;
}

/**
 * Every (form, offset) pair of a document's occurrences, sorted by form rank, then offset. Each
 * pair is encoded as one number (rank × (text length + 1) + offset) and the numbers sorted
 * natively, instead of an object per pair and a comparator: a million-statement dataset has
 * millions of them. Only when that number could exceed 2^53 (tens of millions of aliases) are the
 * pairs sorted by comparator.
 */
function sortedHits(found: TextOccurrences, formsOfNeedle: readonly number[][], formCount: number, textLength: number): Hits {
  let count = 0;
  for (let i = 0; i < found.needle.length; i++) count += (formsOfNeedle[found.needle[i] as number] ?? []).length;
  const rank = new Int32Array(count);
  const at = new Int32Array(count);
  let k = 0;
  for (let i = 0; i < found.needle.length; i++) {
    for (const r of formsOfNeedle[found.needle[i] as number] ?? []) {
      rank[k] = r;
      at[k++] = found.at[i] as number;
    }
  }
  const scale = textLength + 1;
  if (formCount * scale <= Number.MAX_SAFE_INTEGER) {
    const keys = new Float64Array(count);
    for (let j = 0; j < count; j++) keys[j] = (rank[j] as number) * scale + (at[j] as number);
    keys.sort();
    for (let j = 0; j < count; j++) {
      const key = keys[j] as number;
      let r = Math.floor(key / scale);
      // The division may round up to the next integer when the offset is close to `scale`.
      if (r * scale > key) r--;
      rank[j] = r;
      at[j] = key - r * scale;
    }
    return { rank, at };
  }
  const order = Array.from({ length: count }, (_, j) => j).sort(
    (a, b) => (rank[a] as number) - (rank[b] as number) || (at[a] as number) - (at[b] as number),
  );
  return { rank: Int32Array.from(order, (j) => rank[j] as number), at: Int32Array.from(order, (j) => at[j] as number) };
}

/**
 * Every occurrence of every entity alias in every document: word-bounded, case-sensitive,
 * tolerant of typographic quotes/dashes. Where two aliases of the same entity overlap, the longest
 * wins ("President Tokayev" is one mention, not two). Mentions of different entities may nest:
 * "war between Russia and Ukraine" mentions the war, Russia and Ukraine; but the head of a
 * compound name is not a mention ("Asia" in "Central Asia").
 *
 * Aliases are tried longest first (ties by entity id), each from the start of the document; the
 * result is ordered by document id, then start. One scan per document finds every alias
 * ({@link findAliasOccurrences}); pass `precomputed` when the loader has scanned already.
 */
export function computeMentions(
  documents: readonly MentionSource[],
  entities: readonly Entity[],
  precomputed?: PrecomputedOccurrences,
): Mention[] {
  // String#localeCompare(x) is specified as new Intl.Collator().compare; one collator is much faster.
  const collator = new Intl.Collator();
  const forms = entities
    .flatMap((entity) => entity.aliases.map((alias) => ({ entity: entity.id, alias, needle: normalizeQuote(alias) })))
    .sort((a, b) => b.needle.length - a.needle.length || collator.compare(a.entity, b.entity));
  const needles = precomputed?.needles ?? [...new Set(forms.map((f) => f.needle))];
  const needleIndex = new Map(needles.map((needle, i) => [needle, i]));
  /** Form ranks (positions in `forms`) by needle index. */
  const formsOfNeedle: number[][] = needles.map(() => []);
  forms.forEach((form, rank) => {
    const n = needleIndex.get(form.needle);
    if (n !== undefined) formsOfNeedle[n]?.push(rank);
  });
  const perDocument =
    precomputed?.perDocument ??
    findAliasOccurrences(
      documents.map((d) => d.normalized.text),
      needles,
    );

  const byDocument: Mention[][] = documents.map((doc, d) => {
    const found = perDocument[d] as TextOccurrences;
    const hits = sortedHits(found, formsOfNeedle, forms.length, doc.normalized.text.length);
    const taken = new Map<string, number[]>();
    const mentions: Mention[] = [];
    for (let h = 0; h < hits.rank.length; h++) {
      const rank = hits.rank[h] as number;
      const at = hits.at[h] as number;
      const form = forms[rank] as (typeof forms)[number];
      const endAt = at + form.needle.length;
      let intervals = taken.get(form.entity);
      if (!intervals) taken.set(form.entity, (intervals = []));
      else if (overlaps(intervals, at, endAt)) continue;
      intervals.push(at, endAt);
      const start = doc.normalized.offsetAt(at);
      const end = doc.normalized.offsetAt(endAt - 1) + 1;
      // Frozen as made: the dataset's final deepFreeze then skips millions of mentions.
      mentions.push(
        Object.freeze({
          entity: form.entity,
          document: doc.id,
          alias: form.alias,
          start,
          end,
          paragraph: paragraphIndexAt(doc.paragraphs, start),
        }),
      );
    }
    return dropCompoundHeads(doc, mentions).sort((a, b) => a.start - b.start);
  });
  const order = documents
    .map((_, d) => d)
    .sort((a, b) => collator.compare((documents[a] as MentionSource).id, (documents[b] as MentionSource).id));
  return order.flatMap((d) => byDocument[d] as Mention[]);
}
