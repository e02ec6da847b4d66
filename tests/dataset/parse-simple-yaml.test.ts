import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LineCounter, isSeq, parseDocument } from 'yaml';
import { parseSimpleYaml } from '../../src/dataset/parse-simple-yaml.js';

/** What the full parser makes of `source`, as the loader reads it (null when it has errors or no root list). */
function reference(source: string): Array<{ value: unknown; line: number }> | null {
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) return null;
  if (doc.contents === null) return [];
  if (!isSeq(doc.contents)) return null;
  return doc.contents.items.map((item) => ({
    value: (item as { toJSON: () => unknown }).toJSON(),
    line: lineCounter.linePos((item as unknown as { range: [number] }).range[0]).line,
  }));
}

function yamlFiles(directory: string): string[] {
  return readdirSync(directory).flatMap((name) => {
    const path = join(directory, name);
    return statSync(path).isDirectory() ? yamlFiles(path) : path.endsWith('.yaml') ? [path] : [];
  });
}

describe('parseSimpleYaml', () => {
  // Seeds may use any YAML: a file outside the subset goes to the full parser.
  it.each(yamlFiles('seeds'))('reads %s as the yaml library does, or leaves it to it', (path) => {
    const source = readFileSync(path, 'utf8');
    const fast = parseSimpleYaml(source);
    if (fast !== null) expect(fast).toEqual(reference(source));
  });

  it.each([
    ['a block scalar keeping its final line breaks', '- note: |+\n    text\n'],
    ['a block scalar with an indentation indicator', '- note: >2-\n    text\n'],
    ['a block scalar with a more-indented line', '- note: >-\n    text\n      more\n'],
    ['a block scalar with a blank line', '- note: >-\n    one\n\n    two\n'],
    ['a block scalar followed by a comment-like line', '- note: >-\n    one\n    # two\n  b: 1\n'],
    ['a block scalar with trailing spaces', '- note: >-\n    one \n    two\n'],
    ['a clipped block scalar ending the file', '- note: >\n    one'],
    ['a comment after a block scalar', '- note: >-\n    one\n  # comment\n  b: 1\n'],
    ['a multi-line plain scalar', '- note: first\n    second\n'],
    ['an anchor', '- a: &x 1\n- b: *x\n'],
    ['a tag', '- a: !!str 1\n'],
    ['a duplicate key', '- a: 1\n  a: 2\n'],
    ['a hex number', '- a: 0x1F\n'],
    ['a root mapping', 'a: 1\n'],
    ['a document marker', '---\n- a: 1\n'],
    ['a tab', '- a:\t1\n'],
    ['a multi-line flow sequence', '- a: [1,\n    2]\n'],
    ['an unclosed quote', '- a: "x\n'],
    ['a null entry', '- \n- a: 1\n'],
    ['a bad indentation', '- a: 1\n   b: 2\n'],
    ['text after a quote', '- a: "x" y\n'],
  ])('leaves %s to the full parser', (_what, source) => {
    expect(parseSimpleYaml(source)).toBeNull();
  });

  it.each([
    ['folded, stripped', '- note: >-\n    one "two"\n    three: four\n  b: 1\n'],
    ['folded, clipped', '- note: >\n    one\n    two\n\n- b: 1\n'],
    ['literal, stripped', '- note: |-\n    one\n    - two\n\n\n- b: 1\n'],
    ['literal, clipped', '- a:\n    note: |\n      one\n      two\n  b: 1\n'],
    ['at the end of the file', '- note: >-\n    one\n    two\n\n'],
  ])('reads a block scalar (%s) as the yaml library does', (_what, source) => {
    const fast = parseSimpleYaml(source);
    expect(fast).not.toBeNull();
    expect(fast).toEqual(reference(source));
  });

  it('reads the usual forms', () => {
    const source = [
      '# comment',
      '- id: x:1 # trailing comment',
      '  n: 12',
      '  f: -1.5e3',
      '  t: "2025-01-03"',
      '  d: 2025-01-03',
      '  b: true',
      '  z: ~',
      '  e:',
      '  q: "a \\"b\\" \\u00e9 \\\\"',
      "  s: 'it''s'",
      '  list: [a, "b, c", country:kz, 3]',
      '  map: { value: "--01-22", inferred: stated elsewhere }',
      '  nested:',
      '    - document: d',
      '      quote: x',
      '  same:',
      '  - 1',
      '  - two',
      '',
      '- plain entry',
    ].join('\n');
    expect(parseSimpleYaml(source)).toEqual(reference(source));
  });

  // Random documents built from tricky scalars: whenever the fast reader accepts one, it must agree
  // with the yaml library on every value and line.
  const scalarText = fc.oneof(
    fc.constantFrom(
      'null',
      'Null',
      '~',
      'true',
      'False',
      'yes',
      '12',
      '-3',
      '+4',
      '0.5',
      '.5',
      '1e3',
      '1.',
      '0o17',
      '0x1F',
      '.inf',
      '.NaN',
      '1990s',
      '--01-22',
      '2024-11',
      'a: b',
      'a:b',
      'a #b',
      'a#b',
      '#x',
      '- x',
      '-x',
      '? x',
      '&a',
      '*a',
      '!t',
      '@x',
      '`x',
      '[x]',
      '{x}',
      'x, y',
      "d'Ivoire",
      'say "hi"',
      '',
      ' ',
      'é',
      'Токаев',
      'x:',
      ':x',
      '%x',
      '|',
      '>',
    ),
    fc.string({ maxLength: 12 }),
  );
  const quoted = fc.oneof(
    scalarText.map((s) => JSON.stringify(s)),
    scalarText.map((s) => `'${s.replace(/'/g, "''")}'`),
  );
  const inline = fc.oneof(
    scalarText,
    quoted,
    fc.array(fc.oneof(scalarText, quoted), { maxLength: 3 }).map((items) => `[${items.join(', ')}]`),
    fc
      .array(fc.tuple(fc.constantFrom('a', 'b', 'value'), fc.oneof(scalarText, quoted)), { maxLength: 3 })
      .map((pairs) => `{ ${pairs.map(([k, v]) => `${k}: ${v}`).join(', ')} }`),
  );
  const entry = fc
    .array(fc.tuple(fc.constantFrom('id', 'name', 'aliases', 'value'), inline, fc.boolean()), { minLength: 1, maxLength: 4 })
    .map((pairs) =>
      pairs
        .map(([key, value, nested], i) => {
          const head = i === 0 ? '- ' : '  ';
          return nested ? `${head}${key}:\n    - ${value}` : `${head}${key}: ${value}`;
        })
        .join('\n'),
    );

  it('agrees with the yaml library whenever it accepts a document', () => {
    fc.assert(
      fc.property(fc.array(entry, { minLength: 1, maxLength: 4 }), (entries) => {
        const source = `${entries.join('\n')}\n`;
        const fast = parseSimpleYaml(source);
        if (fast !== null) expect(fast).toEqual(reference(source));
      }),
      { numRuns: 3000 },
    );
  });
});
