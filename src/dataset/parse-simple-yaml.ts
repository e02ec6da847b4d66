/**
 * A fast reader for the plain subset of YAML that curated files are written in, used before the
 * full `yaml` parser (which runs at about 1 MB/s: a million statements would take minutes).
 *
 * Accepted: a root block sequence of block mappings; nested block mappings and sequences
 * (including a sequence at its key's indentation); single-line plain, "double-quoted" and
 * 'single-quoted' scalars; single-line flow sequences and flow mappings of scalars; comments and
 * blank lines; block scalars (`>-`, `>`, `|-`, `|` as a mapping value) whose lines all share one
 * indentation, with no blank, comment-like or trailing-space lines inside. Plain scalars resolve as in YAML 1.2's core schema (null, booleans, decimal
 * integers and floats; everything else is a string).
 *
 * Anything else — multi-line scalars, block scalars, anchors, aliases, tags, directives,
 * document markers, tabs, duplicate keys, non-identifier keys, octal/hex/inf/nan numbers, null
 * root entries, or any syntax error — makes it return `null`, and the caller falls back to the
 * full parser, so values, line numbers and error messages are always the `yaml` library's.
 */

/** One root entry: its value and its 1-based line. */
export interface SimpleYamlEntry {
  readonly value: unknown;
  readonly line: number;
}

/** Thrown internally to abandon the fast path. */
class Unsupported extends Error {}
const UNSUPPORTED = new Unsupported();
function bail(): never {
  throw UNSUPPORTED;
}

// Control characters (other than \n), C1 controls, carriage returns, tabs, BOM, line/paragraph
// separators, and anything else the fast path prefers to leave to the full parser.
// eslint-disable-next-line no-control-regex
const UNSAFE_SOURCE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\ufeff]/;
const INT = /^[-+]?[0-9]+$/;
const FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/;
const FLOAT_EXP = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/;
const OTHER_NUMBER = /^(?:[-+]?0[xo]|[-+]?\.(?:inf|Inf|INF)$|\.(?:nan|NaN|NAN)$)/;
const NULL = /^(?:~|[Nn]ull|NULL)$/;
const BOOL = /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/;

/**
 * A copy of `text` that does not keep the source alive. V8 represents a substring of 13 or more
 * characters as a view into its parent, so every id and quote read from a file would otherwise
 * retain the whole file text for as long as the dataset lives.
 */
function own(text: string): string {
  return text.length < 13 ? text : (text + ' ').slice(0, -1);
}

/** Resolves a plain scalar by the core schema (already trimmed, non-empty). */
function resolvePlain(text: string): unknown {
  const c = text.charCodeAt(0);
  // Fast path: most plain scalars start with a letter that cannot begin a null, bool or number.
  if (c >= 0x30 && c <= 0x39) {
    if (INT.test(text)) return parseInt(text, 10);
    if (FLOAT.test(text) || FLOAT_EXP.test(text)) return parseFloat(text);
    if (OTHER_NUMBER.test(text)) bail();
    return own(text);
  }
  if (c === 0x2b || c === 0x2d || c === 0x2e) {
    if (INT.test(text)) return parseInt(text, 10);
    if (FLOAT.test(text) || FLOAT_EXP.test(text)) return parseFloat(text);
    if (OTHER_NUMBER.test(text)) bail();
    return own(text);
  }
  if (c === 0x7e || c === 0x6e || c === 0x4e) return NULL.test(text) ? null : own(text);
  if (c === 0x74 || c === 0x54 || c === 0x66 || c === 0x46)
    return BOOL.test(text) ? text.charCodeAt(0) === 0x74 || text.charCodeAt(0) === 0x54 : own(text);
  return own(text);
}

/** Characters that may not start a plain scalar (block or flow). */
const BAD_PLAIN_START = '[]{},#&*!|>\'"%@`';

/** Whether `source[start, end)` may not be a plain scalar by its first characters (it is not empty). */
function isBadPlainStart(source: string, start: number, end: number): boolean {
  if (start >= end) return true;
  const c = source[start] as string;
  if (BAD_PLAIN_START.includes(c)) return true;
  if (c === '-' || c === '?' || c === ':') return end - start === 1 || source.charCodeAt(start + 1) === 0x20;
  return false;
}

const HEX4 = /^[0-9a-fA-F]{4}$/;

/**
 * Where the last quoted or flow value read ended (the index after it). The readers below return
 * their value and leave the end here, instead of allocating a [value, end] pair per scalar.
 */
let cursor = 0;

/**
 * Reads a double-quoted scalar starting at `text[start]` (the opening quote), within the line
 * that ends at `end`; returns the value and leaves the index after the closing quote in `cursor`.
 */
function readDoubleQuoted(text: string, start: number, end: number): string {
  let out = '';
  let from = start + 1;
  for (let i = from; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22) {
      cursor = i + 1;
      return own(out + text.slice(from, i));
    }
    if (c !== 0x5c) continue;
    out += text.slice(from, i);
    const e = i + 1 < end ? text[i + 1] : undefined;
    switch (e) {
      case '"':
      case '\\':
      case '/':
        out += e;
        break;
      case 'n':
        out += '\n';
        break;
      case 't':
        out += '\t';
        break;
      case 'r':
        out += '\r';
        break;
      case '0':
        out += '\0';
        break;
      case 'u': {
        const hex = text.slice(i + 2, Math.min(i + 6, end));
        if (!HEX4.test(hex)) bail();
        out += String.fromCodePoint(parseInt(hex, 16));
        i += 4;
        break;
      }
      default:
        bail();
    }
    i += 1;
    from = i + 1;
  }
  return bail();
}

/** Reads a single-quoted scalar starting at `text[start]`, within the line ending at `end` (see {@link cursor}). */
function readSingleQuoted(text: string, start: number, end: number): string {
  let out = '';
  let from = start + 1;
  for (let i = from; i < end; i++) {
    if (text.charCodeAt(i) !== 0x27) continue;
    if (i + 1 < end && text.charCodeAt(i + 1) === 0x27) {
      out += text.slice(from, i + 1);
      i += 1;
      from = i + 1;
      continue;
    }
    cursor = i + 1;
    return own(out + text.slice(from, i));
  }
  return bail();
}

/** After a value: only spaces, then nothing or a comment preceded by a space. */
function expectLineEnd(text: string, from: number, end: number): void {
  let i = from;
  while (i < end && text.charCodeAt(i) === 0x20) i++;
  if (i === end) return;
  if (text.charCodeAt(i) === 0x23 && i > from) return;
  bail();
}

function skipSpaces(text: string, from: number, end: number): number {
  let i = from;
  while (i < end && text.charCodeAt(i) === 0x20) i++;
  return i;
}

/** Whether `text[start, end)` contains one of `[]{}#`, `: ` or ends with `:`. */
function hasFlowIndicator(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x5b || c === 0x5d || c === 0x7b || c === 0x7d || c === 0x23) return true;
    if (c === 0x3a && (i + 1 === end || text.charCodeAt(i + 1) === 0x20)) return true;
  }
  return false;
}

/**
 * Index of the first `first` code unit in `text[start, end)` that is followed (still within it) by
 * `second`, or of the first `first` when `second` is -1; -1 when there is none. Unlike `indexOf`,
 * it never looks past the line.
 */
function indexWithin(text: string, first: number, second: number, start: number, end: number): number {
  const last = second === -1 ? end : end - 1;
  for (let i = start; i < last; i++) {
    if (text.charCodeAt(i) === first && (second === -1 || text.charCodeAt(i + 1) === second)) return i;
  }
  return -1;
}

/** A scalar inside a flow collection, ending at `,` or `close` (see {@link cursor}). */
function readFlowScalar(text: string, start: number, end: number, close: number): unknown {
  const c = text.charCodeAt(start);
  if (c === 0x22 || c === 0x27) {
    const value = c === 0x22 ? readDoubleQuoted(text, start, end) : readSingleQuoted(text, start, end);
    cursor = skipSpaces(text, cursor, end);
    return value;
  }
  let i = start;
  while (i < end && text.charCodeAt(i) !== 0x2c && text.charCodeAt(i) !== close) i++;
  let rawEnd = i;
  while (rawEnd > start && isTrimmedAway(text.charCodeAt(rawEnd - 1))) rawEnd--;
  if (rawEnd === start || isBadPlainStart(text, start, rawEnd) || hasFlowIndicator(text, start, rawEnd)) bail();
  cursor = i;
  return resolvePlain(text.slice(start, rawEnd));
}

/**
 * White space `String#trimEnd` removes. Lines hold no tabs, line breaks or other controls (the
 * source is checked first), so within a line that is a space or a Unicode space character.
 */
function isTrimmedAway(code: number): boolean {
  return code === 0x20 || (code >= 0x80 && /\s/.test(String.fromCharCode(code)));
}

/** A one-line flow sequence `[a, "b", c]` starting at `text[start]` (see {@link cursor}). */
function readFlowSeq(text: string, start: number, end: number): unknown[] {
  const items: unknown[] = [];
  let i = skipSpaces(text, start + 1, end);
  if (text.charCodeAt(i) === 0x5d && i < end) {
    cursor = i + 1;
    return items;
  }
  for (;;) {
    const value = readFlowScalar(text, i, end, 0x5d);
    const next = cursor;
    items.push(value);
    if (next >= end) bail();
    if (text.charCodeAt(next) === 0x5d) {
      cursor = next + 1;
      return items;
    }
    if (text.charCodeAt(next) !== 0x2c) bail();
    i = skipSpaces(text, next + 1, end);
    if (i < end && (text.charCodeAt(i) === 0x5d || text.charCodeAt(i) === 0x2c)) bail();
  }
}

/** A one-line flow mapping `{ k: v, k2: "w" }` starting at `text[start]` (see {@link cursor}). */
function readFlowMap(text: string, start: number, end: number): Record<string, unknown> {
  const map: Record<string, unknown> = {};
  let i = skipSpaces(text, start + 1, end);
  if (text.charCodeAt(i) === 0x7d && i < end) {
    cursor = i + 1;
    return map;
  }
  for (;;) {
    const colon = indexWithin(text, 0x3a, -1, i, end);
    if (colon === -1 || colon === i || keyEndAt(text, i, colon) !== colon) bail();
    const key = keyAt(text, i, colon);
    if (key === '__proto__' || Object.prototype.hasOwnProperty.call(map, key)) bail();
    if (colon + 1 >= end || text.charCodeAt(colon + 1) !== 0x20) bail();
    const value = readFlowScalar(text, skipSpaces(text, colon + 1, end), end, 0x7d);
    const next = cursor;
    map[key] = value;
    if (next >= end) bail();
    if (text.charCodeAt(next) === 0x7d) {
      cursor = next + 1;
      return map;
    }
    if (text.charCodeAt(next) !== 0x2c) bail();
    i = skipSpaces(text, next + 1, end);
    if (i < end && (text.charCodeAt(i) === 0x7d || text.charCodeAt(i) === 0x2c)) bail();
  }
}

/** A value written on one line after `key: ` or `- `: `text[start, end)`, starting at a non-space. */
function readInlineValue(text: string, start: number, end: number): unknown {
  const c = text.charCodeAt(start);
  if (c === 0x22 || c === 0x27) {
    const value = c === 0x22 ? readDoubleQuoted(text, start, end) : readSingleQuoted(text, start, end);
    expectLineEnd(text, cursor, end);
    return value;
  }
  if (c === 0x5b) {
    const value = readFlowSeq(text, start, end);
    expectLineEnd(text, cursor, end);
    return value;
  }
  if (c === 0x7b) {
    const value = readFlowMap(text, start, end);
    expectLineEnd(text, cursor, end);
    return value;
  }
  const hash = indexWithin(text, 0x20, 0x23, start, end);
  let rawEnd = hash === -1 ? end : hash;
  while (rawEnd > start && isTrimmedAway(text.charCodeAt(rawEnd - 1))) rawEnd--;
  if (isBadPlainStart(text, start, rawEnd) || text.charCodeAt(rawEnd - 1) === 0x3a) bail();
  if (indexWithin(text, 0x3a, 0x20, start, rawEnd) !== -1) bail();
  return resolvePlain(text.slice(start, rawEnd));
}

/**
 * The content lines of a source, as offsets into it: where each line's text starts (after its
 * indentation) and ends (before trailing spaces), its indentation and 1-based line number. No
 * line is sliced out of the source: a million-statement dataset has ten million lines.
 */
interface Lines {
  /** Number of content lines (the arrays below may be longer). */
  readonly length: number;
  readonly start: Int32Array;
  readonly end: Int32Array;
  readonly indent: Int32Array;
  readonly line: Int32Array;
  /** Indexes (into the arrays above) of lines that had trailing spaces, trimmed from `end`. */
  readonly trailing: Set<number>;
  /** 1-based numbers of the skipped lines that were not empty (comments, spaces only). */
  readonly skipped: Set<number>;
  /** Number of lines in the source. */
  readonly count: number;
}

function contentLines(source: string): Lines {
  let capacity = 1;
  for (let at = source.indexOf('\n'); at !== -1; at = source.indexOf('\n', at + 1)) capacity++;
  const starts = new Int32Array(capacity);
  const ends = new Int32Array(capacity);
  const indent = new Int32Array(capacity);
  const line = new Int32Array(capacity);
  const trailing = new Set<number>();
  const skipped = new Set<number>();
  let length = 0;
  let lineNo = 0;
  let start = 0;
  while (start <= source.length) {
    let end = source.indexOf('\n', start);
    if (end === -1) end = source.length;
    lineNo++;
    let i = start;
    while (i < end && source.charCodeAt(i) === 0x20) i++;
    if (i < end && source.charCodeAt(i) !== 0x23) {
      let e = end;
      while (e > i && source.charCodeAt(e - 1) === 0x20) e--;
      if (e < end) trailing.add(length);
      indent[length] = i - start;
      starts[length] = i;
      ends[length] = e;
      line[length] = lineNo;
      length++;
    } else if (end > start) skipped.add(lineNo);
    start = end + 1;
  }
  return { length, start: starts, end: ends, indent, line, trailing, skipped, count: lineNo };
}

function isKeyStart(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || code === 0x5f;
}

function isKeyPart(code: number): boolean {
  return isKeyStart(code) || (code >= 0x30 && code <= 0x39);
}

/** End of the key (`[A-Za-z_][A-Za-z0-9_]*`) that starts at `text[start]`, or `start` when there is none. */
function keyEndAt(text: string, start: number, end: number): number {
  if (start >= end || !isKeyStart(text.charCodeAt(start))) return start;
  let i = start + 1;
  while (i < end && isKeyPart(text.charCodeAt(i))) i++;
  return i;
}

/**
 * Keys seen so far, by first character and length: a file repeats the same few keys a million
 * times, and handing V8 the same string each time spares a slice and a string-table lookup per key.
 */
const keyCache = new Map<number, string>();

/** The key `text[start, end)` (a valid key), shared with earlier occurrences. */
function keyAt(text: string, start: number, end: number): string {
  const slot = text.charCodeAt(start) * 4096 + (end - start);
  const known = keyCache.get(slot);
  if (known !== undefined && text.startsWith(known, start)) return known;
  const key = text.slice(start, end);
  if (keyCache.size < 4096) keyCache.set(slot, key);
  return key;
}

/**
 * Where the value of a `key:` entry at `text[start, end)` starts: `end` for a key with nothing
 * after its colon, the first non-space after `: ` otherwise; -1 when the text is not an entry
 * (`^([A-Za-z_][A-Za-z0-9_]*):(?: +(.*))?$`). The key ends at the colon, `text.indexOf(':', start)`.
 */
function entryValueStart(text: string, start: number, end: number): number {
  const colon = keyEndAt(text, start, end);
  if (colon === start || colon >= end || text.charCodeAt(colon) !== 0x3a) return -1;
  if (colon + 1 === end) return end;
  if (text.charCodeAt(colon + 1) !== 0x20) return -1;
  return skipSpaces(text, colon + 1, end);
}

class BlockReader {
  private at = 0;
  constructor(
    private readonly source: string,
    private readonly lines: Lines,
  ) {}

  get done(): boolean {
    return this.at >= this.lines.length;
  }

  private isSeqItem(i: number): boolean {
    const { source, lines } = this;
    const start = lines.start[i] as number;
    return source.charCodeAt(start) === 0x2d && (lines.end[i] === start + 1 || source.charCodeAt(start + 1) === 0x20);
  }

  /** A block sequence whose `- ` markers sit at `indent`; the current line is its first item. */
  readSeq(indent: number, rootLines?: number[]): unknown[] {
    const items: unknown[] = [];
    const { source, lines } = this;
    while (this.at < lines.length && lines.indent[this.at] === indent && this.isSeqItem(this.at)) {
      const start = lines.start[this.at] as number;
      const end = lines.end[this.at] as number;
      if (end === start + 1) bail();
      const rest = skipSpaces(source, start + 1, end);
      if (rootLines) rootLines.push(lines.line[this.at] as number);
      if (entryValueStart(source, rest, end) !== -1) items.push(this.readMap(indent + (rest - start), rest));
      else {
        if (source.charCodeAt(rest) === 0x2d && (rest + 1 === end || source.charCodeAt(rest + 1) === 0x20)) bail();
        items.push(readInlineValue(source, rest, end));
        this.at++;
        if (!this.done && (lines.indent[this.at] as number) > indent) bail();
      }
    }
    if (!this.done && (lines.indent[this.at] as number) > indent) bail();
    return items;
  }

  /**
   * The lines of a block scalar (`header` is `>-`, `>`, `|-` or `|`) under a key at `indent`: folded
   * (`>`: lines joined by spaces) or literal (`|`: by line breaks), stripped (`-`: no final line
   * break) or clipped (one). Every line must sit at the first one's indentation and follow the
   * previous line directly (no blank or comment-like line between), without trailing spaces; only
   * empty lines may follow it, and a clipped block may not end the file; anything else goes to the
   * full parser.
   */
  private readBlockScalar(indent: number, folded: boolean, clip: boolean): string {
    const { source, lines } = this;
    const headerLine = lines.line[this.at - 1] as number;
    if (this.done) bail();
    const blockIndent = lines.indent[this.at] as number;
    if (blockIndent <= indent || lines.line[this.at] !== headerLine + 1) bail();
    const parts: string[] = [];
    let previousLine = headerLine;
    while (!this.done && (lines.indent[this.at] as number) > indent) {
      if (lines.indent[this.at] !== blockIndent || lines.line[this.at] !== previousLine + 1 || lines.trailing.has(this.at)) bail();
      parts.push(source.slice(lines.start[this.at], lines.end[this.at]));
      previousLine = lines.line[this.at] as number;
      this.at++;
    }
    if (clip && this.done) bail();
    // A comment or spaces-only line after the block may belong to it: leave that to the full parser.
    const nextLine = this.done ? lines.count + 1 : (lines.line[this.at] as number);
    for (let gap = previousLine + 1; gap < nextLine; gap++) if (lines.skipped.has(gap)) bail();
    const body = parts.join(folded ? ' ' : '\n');
    return own(clip ? `${body}\n` : body);
  }

  /**
   * A block mapping whose keys sit at `indent`. `first` is the offset of its first entry when it
   * starts on a `- ` line; otherwise the current line is its first entry.
   */
  readMap(indent: number, first?: number): Record<string, unknown> {
    const map: Record<string, unknown> = {};
    const { source, lines } = this;
    let start: number = first ?? (lines.start[this.at] as number);
    for (;;) {
      const end = lines.end[this.at] as number;
      const valueStart = entryValueStart(source, start, end);
      if (valueStart === -1) bail();
      const colon = keyEndAt(source, start, end);
      if (colon - start > 1000) bail();
      const key = keyAt(source, start, colon);
      if (key === '__proto__' || Object.prototype.hasOwnProperty.call(map, key)) bail();
      this.at++;
      const blockHeader = valueStart < end ? blockScalarHeader(source, valueStart, end) : 0;
      if (blockHeader !== 0) {
        map[key] = this.readBlockScalar(indent, blockHeader === FOLDED || blockHeader === FOLDED_CLIP, blockHeader >= FOLDED_CLIP);
      } else if (valueStart < end && source.charCodeAt(valueStart) !== 0x23) {
        map[key] = readInlineValue(source, valueStart, end);
        if (!this.done && (lines.indent[this.at] as number) > indent) bail();
      } else if (this.done) {
        map[key] = null;
      } else {
        const nextIndent = lines.indent[this.at] as number;
        if (nextIndent > indent) {
          map[key] = this.isSeqItem(this.at) ? this.readSeq(nextIndent) : this.readMap(nextIndent);
        } else if (nextIndent === indent && this.isSeqItem(this.at)) {
          map[key] = this.readSeq(indent);
        } else map[key] = null;
      }
      if (this.done) return map;
      const nextIndent = lines.indent[this.at] as number;
      if (nextIndent < indent) return map;
      if (nextIndent > indent) bail();
      if (this.isSeqItem(this.at)) bail();
      start = lines.start[this.at] as number;
    }
  }
}

/** Block scalar headers: `>-`, `|-` (stripped), `>`, `|` (clipped); 0 for none. */
const FOLDED = 1;
const LITERAL = 2;
const FOLDED_CLIP = 3;
const LITERAL_CLIP = 4;

/** Which block scalar header `text[start, end)` is, if it is one. */
function blockScalarHeader(text: string, start: number, end: number): number {
  const c = text.charCodeAt(start);
  if (c !== 0x3e && c !== 0x7c) return 0;
  if (end - start === 1) return c === 0x3e ? FOLDED_CLIP : LITERAL_CLIP;
  if (end - start === 2 && text.charCodeAt(start + 1) === 0x2d) return c === 0x3e ? FOLDED : LITERAL;
  return 0;
}

/**
 * Parses `source` if it is written in the simple subset (see the module comment) as a root
 * sequence; returns its entries with their lines, or `null` when the full parser must decide.
 */
export function parseSimpleYaml(source: string): SimpleYamlEntry[] | null {
  if (UNSAFE_SOURCE.test(source)) return null;
  try {
    const lines = contentLines(source);
    if (lines.length === 0) return [];
    for (let i = 0; i < lines.length; i++) {
      if (lines.indent[i] === 0) {
        const at = lines.start[i] as number;
        if (source.startsWith('---', at) || source.startsWith('...', at) || source.startsWith('%', at)) return null;
      }
    }
    if (lines.indent[0] !== 0) return null;
    const reader = new BlockReader(source, lines);
    const rootLines: number[] = [];
    const items = reader.readSeq(0, rootLines);
    if (!reader.done || items.length === 0) return null;
    const entries: SimpleYamlEntry[] = [];
    for (let i = 0; i < items.length; i++) {
      const value = items[i];
      if (value === null || value === undefined) return null;
      entries.push({ value, line: rootLines[i] as number });
    }
    return entries;
  } catch (error) {
    if (error instanceof Unsupported) return null;
    throw error;
  }
}
