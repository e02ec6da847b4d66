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
const KEY = /^[A-Za-z_][A-Za-z0-9_]*$/;
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
function isBadPlainStart(text: string): boolean {
  const c = text[0];
  if (c === undefined) return true;
  if ('[]{},#&*!|>\'"%@`'.includes(c)) return true;
  if (c === '-' || c === '?' || c === ':') return text.length === 1 || text[1] === ' ';
  return false;
}

const HEX4 = /^[0-9a-fA-F]{4}$/;

/**
 * Reads a double-quoted scalar starting at `text[start]` (the opening quote); returns the value
 * and the index after the closing quote.
 */
function readDoubleQuoted(text: string, start: number): [string, number] {
  let out = '';
  let from = start + 1;
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22) return [own(out + text.slice(from, i)), i + 1];
    if (c !== 0x5c) continue;
    out += text.slice(from, i);
    const e = text[i + 1];
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
        const hex = text.slice(i + 2, i + 6);
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

/** Reads a single-quoted scalar starting at `text[start]`. */
function readSingleQuoted(text: string, start: number): [string, number] {
  let out = '';
  let from = start + 1;
  for (let i = from; i < text.length; i++) {
    if (text.charCodeAt(i) !== 0x27) continue;
    if (text.charCodeAt(i + 1) === 0x27) {
      out += text.slice(from, i + 1);
      i += 1;
      from = i + 1;
      continue;
    }
    return [own(out + text.slice(from, i)), i + 1];
  }
  return bail();
}

/** After a value: only spaces, then nothing or a comment preceded by a space. */
function expectLineEnd(text: string, from: number): void {
  let i = from;
  while (text.charCodeAt(i) === 0x20) i++;
  if (i === text.length) return;
  if (text.charCodeAt(i) === 0x23 && i > from) return;
  bail();
}

function skipSpaces(text: string, from: number): number {
  let i = from;
  while (text.charCodeAt(i) === 0x20) i++;
  return i;
}

/** A scalar inside a flow collection, ending at `,` or `close`; returns value and next index. */
function readFlowScalar(text: string, start: number, close: string): [unknown, number] {
  const c = text[start];
  if (c === '"' || c === "'") {
    const [value, end] = c === '"' ? readDoubleQuoted(text, start) : readSingleQuoted(text, start);
    return [value, skipSpaces(text, end)];
  }
  let i = start;
  while (i < text.length && text[i] !== ',' && text[i] !== close) i++;
  const raw = text.slice(start, i).trimEnd();
  if (raw.length === 0 || isBadPlainStart(raw) || /[[\]{}#]|: |:$/.test(raw)) bail();
  return [resolvePlain(raw), i];
}

/** A one-line flow sequence `[a, "b", c]` starting at `text[start]`. */
function readFlowSeq(text: string, start: number): [unknown[], number] {
  const items: unknown[] = [];
  let i = skipSpaces(text, start + 1);
  if (text[i] === ']') return [items, i + 1];
  for (;;) {
    const [value, next] = readFlowScalar(text, i, ']');
    items.push(value);
    if (text[next] === ']') return [items, next + 1];
    if (text[next] !== ',') bail();
    i = skipSpaces(text, next + 1);
    if (text[i] === ']' || text[i] === ',') bail();
  }
}

/** A one-line flow mapping `{ k: v, k2: "w" }` starting at `text[start]`. */
function readFlowMap(text: string, start: number): [Record<string, unknown>, number] {
  const map: Record<string, unknown> = {};
  let i = skipSpaces(text, start + 1);
  if (text[i] === '}') return [map, i + 1];
  for (;;) {
    const colon = text.indexOf(':', i);
    if (colon === -1) bail();
    const key = text.slice(i, colon);
    if (!KEY.test(key) || key === '__proto__' || Object.prototype.hasOwnProperty.call(map, key)) bail();
    if (text[colon + 1] !== ' ') bail();
    const [value, next] = readFlowScalar(text, skipSpaces(text, colon + 1), '}');
    map[key] = value;
    if (text[next] === '}') return [map, next + 1];
    if (text[next] !== ',') bail();
    i = skipSpaces(text, next + 1);
    if (text[i] === '}' || text[i] === ',') bail();
  }
}

/** A value written on one line after `key: ` or `- ` (text starts at a non-space). */
function readInlineValue(text: string): unknown {
  const c = text[0];
  if (c === '"' || c === "'") {
    const [value, end] = c === '"' ? readDoubleQuoted(text, 0) : readSingleQuoted(text, 0);
    expectLineEnd(text, end);
    return value;
  }
  if (c === '[') {
    const [value, end] = readFlowSeq(text, 0);
    expectLineEnd(text, end);
    return value;
  }
  if (c === '{') {
    const [value, end] = readFlowMap(text, 0);
    expectLineEnd(text, end);
    return value;
  }
  const hash = text.indexOf(' #');
  const raw = (hash === -1 ? text : text.slice(0, hash)).trimEnd();
  if (isBadPlainStart(raw) || raw.includes(': ') || raw.endsWith(':')) bail();
  return resolvePlain(raw);
}

/** The content lines of a source: indentation, text after it, 1-based line number. */
interface Lines {
  readonly indent: number[];
  readonly text: string[];
  readonly line: number[];
  /** Indexes (into the arrays above) of lines that had trailing spaces, trimmed from `text`. */
  readonly trailing: Set<number>;
  /** 1-based numbers of the skipped lines that were not empty (comments, spaces only). */
  readonly skipped: Set<number>;
  /** Number of lines in the source. */
  readonly count: number;
}

function contentLines(source: string): Lines {
  const indent: number[] = [];
  const text: string[] = [];
  const line: number[] = [];
  const trailing = new Set<number>();
  const skipped = new Set<number>();
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
      if (e < end) trailing.add(text.length);
      indent.push(i - start);
      text.push(source.slice(i, e));
      line.push(lineNo);
    } else if (end > start) skipped.add(lineNo);
    start = end + 1;
  }
  return { indent, text, line, trailing, skipped, count: lineNo };
}

const ENTRY = /^([A-Za-z_][A-Za-z0-9_]*):(?: +(.*))?$/;

class BlockReader {
  private at = 0;
  constructor(private readonly lines: Lines) {}

  get done(): boolean {
    return this.at >= this.lines.text.length;
  }

  private isSeqItem(i: number): boolean {
    const t = this.lines.text[i] as string;
    return t.charCodeAt(0) === 0x2d && (t.length === 1 || t.charCodeAt(1) === 0x20);
  }

  /** A block sequence whose `- ` markers sit at `indent`; the current line is its first item. */
  readSeq(indent: number, rootLines?: number[]): unknown[] {
    const items: unknown[] = [];
    const { lines } = this;
    while (this.at < lines.text.length && lines.indent[this.at] === indent && this.isSeqItem(this.at)) {
      const t = lines.text[this.at] as string;
      if (t.length === 1) bail();
      const offset = skipSpaces(t, 1);
      const rest = t.slice(offset);
      if (rootLines) rootLines.push(lines.line[this.at] as number);
      const m = ENTRY.exec(rest);
      if (m) items.push(this.readMap(indent + offset, rest));
      else {
        if (this.isSeqLike(rest)) bail();
        items.push(readInlineValue(rest));
        this.at++;
        if (!this.done && (lines.indent[this.at] as number) > indent) bail();
      }
    }
    if (!this.done && (lines.indent[this.at] as number) > indent) bail();
    return items;
  }

  private isSeqLike(t: string): boolean {
    return t.charCodeAt(0) === 0x2d && (t.length === 1 || t.charCodeAt(1) === 0x20);
  }

  /**
   * The lines of a block scalar (`header` is `>-`, `>`, `|-` or `|`) under a key at `indent`: folded
   * (`>`: lines joined by spaces) or literal (`|`: by line breaks), stripped (`-`: no final line
   * break) or clipped (one). Every line must sit at the first one's indentation and follow the
   * previous line directly (no blank or comment-like line between), without trailing spaces; only
   * empty lines may follow it, and a clipped block may not end the file; anything else goes to the
   * full parser.
   */
  private readBlockScalar(indent: number, header: string): string {
    const { lines } = this;
    const headerLine = lines.line[this.at - 1] as number;
    if (this.done) bail();
    const blockIndent = lines.indent[this.at] as number;
    if (blockIndent <= indent || lines.line[this.at] !== headerLine + 1) bail();
    const parts: string[] = [];
    let previousLine = headerLine;
    while (!this.done && (lines.indent[this.at] as number) > indent) {
      if (lines.indent[this.at] !== blockIndent || lines.line[this.at] !== previousLine + 1 || lines.trailing.has(this.at)) bail();
      parts.push(lines.text[this.at] as string);
      previousLine = lines.line[this.at] as number;
      this.at++;
    }
    const clip = header.length === 1;
    if (clip && this.done) bail();
    // A comment or spaces-only line after the block may belong to it: leave that to the full parser.
    const nextLine = this.done ? lines.count + 1 : (lines.line[this.at] as number);
    for (let gap = previousLine + 1; gap < nextLine; gap++) if (lines.skipped.has(gap)) bail();
    const body = parts.join(header.charCodeAt(0) === 0x3e ? ' ' : '\n');
    return own(clip ? `${body}\n` : body);
  }

  /**
   * A block mapping whose keys sit at `indent`. `first` is the text of its first entry when it
   * starts on a `- ` line; otherwise the current line is its first entry.
   */
  readMap(indent: number, first?: string): Record<string, unknown> {
    const map: Record<string, unknown> = {};
    const { lines } = this;
    let text: string = first ?? lines.text[this.at] ?? '';
    for (;;) {
      const m = ENTRY.exec(text);
      if (!m) bail();
      const key = m[1] as string;
      if (key.length > 1000 || key === '__proto__' || Object.prototype.hasOwnProperty.call(map, key)) bail();
      const inline = m[2];
      this.at++;
      if (inline === '>-' || inline === '>' || inline === '|-' || inline === '|') {
        map[key] = this.readBlockScalar(indent, inline);
      } else if (inline !== undefined && inline.length > 0 && inline.charCodeAt(0) !== 0x23) {
        map[key] = readInlineValue(inline);
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
      text = lines.text[this.at] as string;
      if (this.isSeqItem(this.at)) bail();
    }
  }
}

/**
 * Parses `source` if it is written in the simple subset (see the module comment) as a root
 * sequence; returns its entries with their lines, or `null` when the full parser must decide.
 */
export function parseSimpleYaml(source: string): SimpleYamlEntry[] | null {
  if (UNSAFE_SOURCE.test(source)) return null;
  try {
    const lines = contentLines(source);
    if (lines.text.length === 0) return [];
    for (let i = 0; i < lines.text.length; i++) {
      if (lines.indent[i] === 0) {
        const t = lines.text[i] as string;
        if (t.startsWith('---') || t.startsWith('...') || t.startsWith('%')) return null;
      }
    }
    if (lines.indent[0] !== 0) return null;
    const reader = new BlockReader(lines);
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
