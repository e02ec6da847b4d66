/**
 * Every word-bounded occurrence of many needles (normalised aliases) in many texts, in one pass
 * per text: O(text length + matches), instead of one `indexOf` scan per needle per text.
 *
 * A needle that starts with a word character can only match where a word starts, and its leading
 * word run must then equal the text's word run there (the needle's next character is a non-word
 * character, or the needle ends and its end must be word-bounded). So needles are indexed by
 * their leading word run (and second word, see {@link indexNeedles}) and looked up once per word
 * of the text. Needles that start with a
 * non-word character are indexed by that character. Candidates are confirmed with `startsWith`
 * and the end boundary. The word test is the one {@link findWordOccurrences} uses.
 */

const WORD = /[\p{L}\p{N}]/u;
/** 0: not yet known, 1: word character, 2: not a word character (per UTF-16 code unit). */
const wordClass = new Uint8Array(0x10000);

/** Whether the code unit `code` is a word character (a letter or number). */
function isWordCode(code: number): boolean {
  let k = wordClass[code] as number;
  if (k === 0) {
    k = WORD.test(String.fromCharCode(code)) ? 1 : 2;
    wordClass[code] = k;
  }
  return k === 1;
}

/** The occurrences found in one text, as parallel arrays in order of position. */
export interface TextOccurrences {
  /** Index of the needle (into the needles given to {@link findAliasOccurrences}). */
  readonly needle: Int32Array;
  /** Start offset in the text. */
  readonly at: Int32Array;
}

/** Needles that start with the same word run, split by what follows it. */
interface LeadingWordGroup {
  /** Needles that are this word run alone, or it followed by non-word characters only. */
  readonly short: number[];
  /** Longer needles, by the non-word run and the second word run that follow the first. */
  readonly bySecondWord: Map<string, number[]>;
}

/** Needles prepared for scanning. */
interface NeedleIndex {
  readonly needles: readonly string[];
  readonly byLeadingWord: ReadonlyMap<string, LeadingWordGroup>;
  /**
   * Open-addressing table over the leading words' hashes ({@link wordHash}): slot → 1 + index
   * into {@link leadingWords}, 0 when empty. Lets the scan skip the words that start no needle
   * without slicing them out of the text or hashing them again in a Map.
   */
  readonly hashTable: Int32Array;
  readonly hashes: Int32Array;
  readonly leadingWords: readonly string[];
  readonly groups: readonly LeadingWordGroup[];
  readonly byFirstCode: ReadonlyMap<number, readonly number[]>;
  /** Whether each needle ends with a word character (and so needs a boundary after it). */
  readonly endsWithWord: Uint8Array;
}

/** End of the run of word (`word` true) or non-word characters of `text` starting at `from`. */
function runEnd(text: string, from: number, word: boolean): number {
  let end = from;
  while (end < text.length && isWordCode(text.charCodeAt(end)) === word) end++;
  return end;
}

/**
 * Indexes needles (already normalised; empty ones never match). A needle of two or more words
 * is keyed by its first word and then by what follows up to the end of its second word, so that
 * thousands of aliases sharing a first word ("President …", "the …") are not all tried at every
 * occurrence of that word: a match must agree with the text on both.
 */
function indexNeedles(needles: readonly string[]): NeedleIndex {
  const byLeadingWord = new Map<string, LeadingWordGroup>();
  const byFirstCode = new Map<number, number[]>();
  const endsWithWord = new Uint8Array(needles.length);
  needles.forEach((needle, n) => {
    if (needle.length === 0) return;
    endsWithWord[n] = isWordCode(needle.charCodeAt(needle.length - 1)) ? 1 : 0;
    const first = needle.charCodeAt(0);
    if (!isWordCode(first)) {
      const list = byFirstCode.get(first);
      if (list) list.push(n);
      else byFirstCode.set(first, [n]);
      return;
    }
    const end = runEnd(needle, 0, true);
    const lead = needle.slice(0, end);
    let group = byLeadingWord.get(lead);
    if (!group) byLeadingWord.set(lead, (group = { short: [], bySecondWord: new Map() }));
    const gapEnd = runEnd(needle, end, false);
    if (gapEnd === needle.length) {
      group.short.push(n);
      return;
    }
    // The text must have exactly this gap (the needle continues with a word character) and then
    // exactly this second word (the needle continues with a non-word character, or ends there
    // and needs a boundary).
    const key = needle.slice(end, runEnd(needle, gapEnd, true));
    const list = group.bySecondWord.get(key);
    if (list) list.push(n);
    else group.bySecondWord.set(key, [n]);
  });
  const leadingWords = [...byLeadingWord.keys()];
  const groups = [...byLeadingWord.values()];
  let size = 16;
  while (size < leadingWords.length * 2) size *= 2;
  const hashTable = new Int32Array(size);
  const hashes = new Int32Array(size);
  leadingWords.forEach((word, w) => {
    const h = wordHash(word, 0, word.length);
    let slot = h & (size - 1);
    while (hashTable[slot] !== 0) slot = (slot + 1) & (size - 1);
    hashTable[slot] = w + 1;
    hashes[slot] = h;
  });
  return { needles, byLeadingWord, byFirstCode, endsWithWord, hashTable, hashes, leadingWords, groups };
}

/** FNV-1a over the UTF-16 code units of text[start, end). */
function wordHash(text: string, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h | 0;
}

/** The group of needles whose leading word is text[start, end), if any. */
function groupAt(index: NeedleIndex, text: string, start: number, end: number, h: number): LeadingWordGroup | undefined {
  const { hashTable, hashes } = index;
  const mask = hashTable.length - 1;
  for (let slot = h & mask; ; slot = (slot + 1) & mask) {
    const entry = hashTable[slot] as number;
    if (entry === 0) return undefined;
    if (hashes[slot] !== h) continue;
    const word = index.leadingWords[entry - 1] as string;
    if (word.length === end - start && text.startsWith(word, start)) return index.groups[entry - 1];
  }
}

/** Every word-bounded occurrence of every indexed needle in `text` (overlapping ones included). */
function scanText(index: NeedleIndex, text: string): TextOccurrences {
  const needleOut: number[] = [];
  const atOut: number[] = [];
  const { needles, byLeadingWord, byFirstCode, endsWithWord } = index;
  const length = text.length;
  const tryAll = (candidates: readonly number[], at: number): void => {
    for (const n of candidates) {
      const needle = needles[n] as string;
      if (!text.startsWith(needle, at)) continue;
      const end = at + needle.length;
      if (endsWithWord[n] === 1 && end < length && isWordCode(text.charCodeAt(end))) continue;
      needleOut.push(n);
      atOut.push(at);
    }
  };
  const hasWordNeedles = byLeadingWord.size > 0;
  const hasNonWordNeedles = byFirstCode.size > 0;
  let i = 0;
  while (i < length) {
    const code = text.charCodeAt(i);
    if (isWordCode(code)) {
      // Find the word's end and its hash in one pass.
      let h = Math.imul(0x811c9dc5 ^ code, 0x01000193);
      let end = i + 1;
      for (; end < length; end++) {
        const c = text.charCodeAt(end);
        if (!isWordCode(c)) break;
        h = Math.imul(h ^ c, 0x01000193);
      }
      const group = hasWordNeedles ? groupAt(index, text, i, end, h | 0) : undefined;
      if (group) {
        // Needles at one position are confirmed in index order, short ones first; the mention
        // computation orders them itself.
        if (group.short.length > 0) tryAll(group.short, i);
        if (group.bySecondWord.size > 0) {
          const gapEnd = runEnd(text, end, false);
          if (gapEnd < length) {
            const candidates = group.bySecondWord.get(text.slice(end, runEnd(text, gapEnd, true)));
            if (candidates) tryAll(candidates, i);
          }
        }
      }
      i = end;
      continue;
    }
    if (hasNonWordNeedles) {
      const candidates = byFirstCode.get(code);
      if (candidates) tryAll(candidates, i);
    }
    i++;
  }
  return { needle: Int32Array.from(needleOut), at: Int32Array.from(atOut) };
}

/** Scans each text for every needle. */
export function findAliasOccurrences(texts: readonly string[], needles: readonly string[]): TextOccurrences[] {
  const index = indexNeedles(needles);
  return texts.map((text) => scanText(index, text));
}
