/**
 * Where the entries of a curated YAML list start: each line that begins at column 0 with `- ` (or
 * is `-` alone) starts one. An entry's text runs to the next one's start (or the end of the file).
 */
export interface YamlChunks {
  /** Offset of each entry's first character, ascending. */
  readonly starts: readonly number[];
  /** 1-based line of each entry's start. */
  readonly lines: readonly number[];
}

const NEWLINE = 10;
const SPACE = 32;
const HASH = 35;
const DASH = 45;
const CARRIAGE_RETURN = 13;

/** What the line starting at `at` is, as far as splitting goes: an entry's start, or text an entry or the prelude may hold. */
function lineKind(text: string, at: number): 'entry' | 'comment' | 'inside' | 'other' {
  const first = text.charCodeAt(at);
  if (Number.isNaN(first) || first === NEWLINE || first === SPACE || first === CARRIAGE_RETURN) return 'inside';
  if (first === HASH) return 'comment';
  if (first !== DASH) return 'other';
  const next = text.charCodeAt(at + 1);
  return Number.isNaN(next) || next === SPACE || next === NEWLINE || next === CARRIAGE_RETURN ? 'entry' : 'other';
}

/** Whether the text before the first entry holds nothing but blank and comment lines. */
function preludeIsEmpty(text: string, end: number): boolean {
  return /^(?:[ \t\r]*(?:#[^\n]*)?\n)*[ \t\r]*(?:#[^\n]*)?$/.test(text.slice(0, end));
}

/**
 * Splits `text` into its entries without parsing it, or null when the file is not laid out so that
 * every entry can be parsed on its own: a line at column 0 other than an entry's start, a comment
 * or a blank (a document marker, a directive, a tab, a top-level key), or anything but comments
 * before the first entry. Entries that are parsed on their own read as in the whole file when
 * neither uses an anchor the other defines; {@link rebuildDataset} checks that, and that each part
 * parsed gives as many entries as it has starts.
 */
export function yamlChunks(text: string): YamlChunks | null {
  const starts: number[] = [];
  const lines: number[] = [];
  let line = 1;
  for (let at = 0; at < text.length;) {
    const kind = lineKind(text, at);
    if (kind === 'other') return null;
    if (kind === 'entry') {
      starts.push(at);
      lines.push(line);
    }
    const end = text.indexOf('\n', at);
    if (end === -1) break;
    at = end + 1;
    line++;
  }
  if (starts.length === 0) return null;
  return preludeIsEmpty(text, starts[0] as number) ? { starts, lines } : null;
}
