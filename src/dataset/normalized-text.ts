/**
 * A text normalised for matching (typographic quotes and dashes folded to ASCII, runs of white
 * space folded to one space), with a map back to offsets in the original text.
 *
 * The map is stored by its breaks: normalised character `i` comes from original offset `i + d`,
 * where the difference `d` only grows after a folded run of white space. Keeping one entry per
 * such run (a few per paragraph) instead of one offset per character spares 4 bytes per character
 * of every document (600 MB for the 1M-statement benchmark's documents).
 */
export class NormalizedText {
  constructor(
    readonly text: string,
    /** Normalised indexes from which `shifts` applies, ascending; before the first, no shift. */
    private readonly breaks: Int32Array,
    /** Original offset minus normalised index, from the matching break on. */
    private readonly shifts: Int32Array,
  ) {}

  /** The offset in the original text of normalised character `i` (0 ≤ i < text.length). */
  offsetAt(i: number): number {
    const { breaks } = this;
    let lo = 0;
    let hi = breaks.length - 1;
    let shift = 0;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if ((breaks[mid] as number) <= i) {
        shift = this.shifts[mid] as number;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return i + shift;
  }

  /** The first normalised index whose original offset is `offset` or more (`text.length` when none is). */
  indexAtOrAfter(offset: number): number {
    let lo = 0;
    let hi = this.text.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.offsetAt(mid) < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
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

const WHITE_SPACE = /\s/;
/** 0: not yet known, 1: white space (as `/\s/` says), 2: not (per UTF-16 code unit). */
const spaceClass = new Uint8Array(0x10000);
function isSpaceCode(code: number): boolean {
  let k = spaceClass[code] as number;
  if (k === 0) {
    k = WHITE_SPACE.test(String.fromCharCode(code)) ? 1 : 2;
    spaceClass[code] = k;
  }
  return k === 1;
}
/** FOLD by code unit, for the hot loop. */
const FOLD_CODE = new Map(Object.entries(FOLD).map(([from, to]) => [from.charCodeAt(0), to]));

/** Normalises `text` for matching and keeps the offset map. */
export function normalizeText(text: string): NormalizedText {
  // Copies unchanged stretches with one slice each; only folded characters and white space runs
  // are rewritten.
  const parts: string[] = [];
  const breaks: number[] = [];
  const shifts: number[] = [];
  let shift = 0;
  let n = 0;
  let inSpace = false;
  let copyFrom = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (isSpaceCode(code)) {
      if (!inSpace) {
        if (i - n !== shift) {
          shift = i - n;
          breaks.push(n);
          shifts.push(shift);
        }
        n++;
        inSpace = true;
        if (code === 0x20) continue;
        parts.push(text.slice(copyFrom, i), ' ');
      } else parts.push(text.slice(copyFrom, i));
      copyFrom = i + 1;
      continue;
    }
    inSpace = false;
    if (i - n !== shift) {
      shift = i - n;
      breaks.push(n);
      shifts.push(shift);
    }
    n++;
    const folded = code >= 0xab ? FOLD_CODE.get(code) : undefined;
    if (folded !== undefined) {
      parts.push(text.slice(copyFrom, i), folded);
      copyFrom = i + 1;
    }
  }
  parts.push(text.slice(copyFrom));
  return new NormalizedText(parts.join(''), Int32Array.from(breaks), Int32Array.from(shifts));
}

/**
 * The text of {@link normalizeText} without the offset map: quotes and aliases (a million of
 * them in a large dataset) need only the folded text, not an offset array each.
 */
function foldText(text: string): string {
  let out = '';
  let inSpace = false;
  let copyFrom = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (isSpaceCode(code)) {
      if (!inSpace) {
        inSpace = true;
        if (code === 0x20) continue;
        out += text.slice(copyFrom, i) + ' ';
      } else out += text.slice(copyFrom, i);
      copyFrom = i + 1;
      continue;
    }
    inSpace = false;
    const folded = code >= 0xab ? FOLD_CODE.get(code) : undefined;
    if (folded !== undefined) {
      out += text.slice(copyFrom, i) + folded;
      copyFrom = i + 1;
    }
  }
  return copyFrom === 0 ? text : out + text.slice(copyFrom);
}

/** Normalises a quote the same way (and trims it). */
export function normalizeQuote(quote: string): string {
  return foldText(quote.trim());
}
