/**
 * A text folded the way the loader matches quotes (src/dataset/normalized-text.ts): typographic
 * quotes and dashes folded to ASCII, every run of white space folded to one space. The explorer
 * is a client of the GraphQL API and may not import the loader, so the rule is restated here;
 * tests/explorer/evidence-snippet.test.ts checks that both agree.
 */
export interface FoldedText {
  readonly text: string;
  /** Offset in the original text of each folded character. */
  readonly offsets: readonly number[];
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

/** Folds `text` for matching, keeping the offset of every folded character. */
export function foldForMatching(text: string): FoldedText {
  const out: string[] = [];
  const offsets: number[] = [];
  let inSpace = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (/\s/.test(ch)) {
      if (!inSpace) {
        out.push(' ');
        offsets.push(i);
      }
      inSpace = true;
      continue;
    }
    inSpace = false;
    out.push(FOLD[ch] ?? ch);
    offsets.push(i);
  }
  return { text: out.join(''), offsets };
}
