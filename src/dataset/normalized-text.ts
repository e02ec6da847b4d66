/**
 * A text normalised for matching (typographic quotes and dashes folded to ASCII, runs of white
 * space folded to one space), with a map back to offsets in the original text.
 */
export interface NormalizedText {
  readonly text: string;
  /** `offsets[i]` is the offset in the original text of normalised character `i`. */
  readonly offsets: Int32Array;
}

const FOLD: Readonly<Record<string, string>> = {
  '\u201c': '"',
  '\u201d': '"',
  '\u201e': '"',
  '\u201f': '"',
  '\u00ab': '"',
  '\u00bb': '"',
  '\u2033': '"',
  '\u2018': "'",
  '\u2019': "'",
  '\u201a': "'",
  '\u201b': "'",
  '\u2032': "'",
  '\u2010': '-',
  '\u2011': '-',
  '\u2012': '-',
  '\u2013': '-',
  '\u2014': '-',
  '\u2015': '-',
  '\u2212': '-',
};

/** Folds one character (a UTF-16 code unit) for matching. */
export function foldChar(ch: string): string {
  return FOLD[ch] ?? ch;
}

/** Normalises `text` for matching and keeps the offset map. */
export function normalizeText(text: string): NormalizedText {
  const out: string[] = [];
  const offsets = new Int32Array(text.length);
  let n = 0;
  let inSpace = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (/\s/.test(ch)) {
      if (!inSpace) {
        out.push(' ');
        offsets[n++] = i;
        inSpace = true;
      }
      continue;
    }
    inSpace = false;
    out.push(foldChar(ch));
    offsets[n++] = i;
  }
  return { text: out.join(''), offsets: offsets.subarray(0, n) };
}

/** Normalises a quote the same way (and trims it). */
export function normalizeQuote(quote: string): string {
  return normalizeText(quote.trim()).text;
}
