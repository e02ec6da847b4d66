import { createRequire } from 'node:module';
import type * as Yaml from 'yaml';
import type { DatasetIssue } from '../errors.js';

let yaml: typeof Yaml | undefined;
/**
 * The `yaml` library, loaded (synchronously, once) when a file is first parsed: a load whose files
 * all come from the entry cache (the embedded seeds, an unchanged dataset) never needs it.
 */
function parser(): typeof Yaml {
  yaml ??= createRequire(import.meta.url)('yaml') as typeof Yaml;
  return yaml;
}

/** One entry of a curated YAML list, with where it was written. */
export interface YamlEntry {
  readonly value: unknown;
  readonly file: string;
  readonly line: number | null;
  /** 0-based position in the file's list. */
  readonly index: number;
}

/**
 * Parses `source` (the text of `file`) as a YAML list of entries. Syntax errors and a root that
 * is not a list become issues; an empty file is an empty list.
 */
export function readYamlEntries(file: string, source: string, issues: DatasetIssue[]): YamlEntry[] {
  const { LineCounter, isSeq, parseDocument } = parser();
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    // One issue per line: after a syntax error the parser often reports consequences of it at the
    // same place ("Nested mappings are not allowed…"), which only obscure the first, real one.
    const reported = new Set<number | null>();
    for (const error of doc.errors) {
      const line = error.linePos?.[0]?.line ?? (error.pos[0] >= 0 ? lineCounter.linePos(error.pos[0]).line : null);
      if (reported.has(line)) continue;
      reported.add(line);
      issues.push({ file, line, entry: null, reason: `YAML syntax error: ${error.message.split('\n')[0]}` });
    }
    return [];
  }
  const root = doc.contents;
  if (root === null) return [];
  if (!isSeq(root)) {
    issues.push({ file, line: 1, entry: null, reason: 'the file must contain a YAML list of entries' });
    return [];
  }
  return root.items.map((item, index) => {
    const range = (item as { range?: [number, number, number] } | null)?.range;
    return {
      value: (item as { toJSON?: () => unknown } | null)?.toJSON?.() ?? item,
      file,
      line: range ? lineCounter.linePos(range[0]).line : null,
      index,
    };
  });
}
