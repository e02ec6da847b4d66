import { cp, mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run-cli.js';
import { fakeIo } from '../cli/fake-io.js';
import { MINI_SEEDS } from '../helpers/graphs.js';

let root: string;
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'diplomacy-graph-curate-cmd-'));
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

async function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const io = fakeIo({}, root);
  const code = await runCli(args, io.io);
  return { code, stdout: io.stdout(), stderr: io.stderr() };
}

describe('init', () => {
  it('writes the layout with yaml-language-server headers, and refuses a non-empty directory', async () => {
    expect((await cli('init', 'fresh')).code).toBe(0);
    expect(await readFile(join(root, 'fresh/statements/statements.yaml'), 'utf8')).toBe(
      '# yaml-language-server: $schema=../schema/statements.schema.json\n',
    );
    expect(await readFile(join(root, 'fresh/documents.yaml'), 'utf8')).toBe(
      '# yaml-language-server: $schema=schema/documents.schema.json\n',
    );
    expect(
      (await readFile(join(root, 'fresh/vocabulary/predicates.yaml'), 'utf8')).split('\n').filter((l) => l.startsWith('- id:')),
    ).toHaveLength(40);
    await mkdir(join(root, 'busy'));
    await writeFile(join(root, 'busy/notes.txt'), 'mine');
    const refused = await cli('init', 'busy');
    expect([refused.code, refused.stderr]).toEqual([
      1,
      `init: ${join(root, 'busy')} is not empty (it has notes.txt); nothing was written\n`,
    ]);
    expect(await readdir(join(root, 'busy'))).toEqual(['notes.txt']);
  });
});

describe('add-document', () => {
  it('refuses bad input and writes nothing: a non-UTF-8 file, a malformed id, an id or file already there', async () => {
    await cli('init', 'ds');
    await writeFile(join(root, 'latin1.txt'), Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x0a]));
    await writeFile(join(root, 'note.txt'), 'Kazakhstan and Uzbekistan met.\n');
    const before = await readFile(join(root, 'ds/documents.yaml'), 'utf8');
    const latin1 = await cli('add-document', 'latin1.txt', '--data', 'ds');
    expect([latin1.code, latin1.stderr]).toEqual([
      1,
      `add-document: ${join(root, 'latin1.txt')} is not UTF-8 text; convert it first (e.g. iconv -t UTF-8)\n`,
    ]);
    expect((await cli('add-document', 'note.txt', '--data', 'ds', '--id', 'Note')).stderr).toBe(
      'add-document: --id Note must be document:<kebab-case-slug>\n',
    );
    expect((await cli('add-document', 'missing.txt', '--data', 'ds')).stderr).toBe(
      `add-document: cannot read ${join(root, 'missing.txt')}: ENOENT\n`,
    );
    expect(await readFile(join(root, 'ds/documents.yaml'), 'utf8')).toBe(before);
    expect(await readdir(join(root, 'ds/documents'))).toEqual([]);
    expect((await cli('add-document', 'note.txt', '--data', 'ds')).code).toBe(0);
    expect((await cli('add-document', 'note.txt', '--data', 'ds')).stderr).toBe(
      'add-document: documents.yaml already has document:note; pass another --id\n',
    );
    expect((await cli('add-document', 'note.txt', '--data', 'ds', '--id', 'document:other')).stderr).toBe(
      'add-document: documents/note.txt already exists\n',
    );
    expect((await cli('add-document', 'note.txt')).code).toBe(2);
  });

  it('refuses a document text edited after it was added (its sha256 no longer matches)', async () => {
    await writeFile(join(root, 'ds/documents/note.txt'), 'Kazakhstan and Uzbekistan met again.\n');
    const invalid = await cli('validate', '--data', 'ds');
    expect(invalid.code).toBe(1);
    expect(invalid.stderr).toMatch(
      /documents\.yaml:2 \[document:note\]: sha256: documents\/note\.txt has changed since it was added \(its sha256 is now [0-9a-f]{64}\); source documents are never edited/,
    );
  });
});

describe('worksheet', () => {
  it('lists paragraphs, mentions with offsets and unlinked names of a document', async () => {
    const ws = await cli('worksheet', 'document:tokayev-explains-board-of-peace', '--data', MINI_SEEDS, '--json');
    const worksheet = JSON.parse(ws.stdout) as {
      paragraphs: unknown[];
      entities: Array<{ id: string; mentions: Array<{ alias: string; start: number }> }>;
    };
    expect(worksheet.entities.find((e) => e.id === 'organization:board-of-peace')?.mentions[0]).toMatchObject({ alias: 'Board of Peace' });
    expect((await cli('worksheet', 'document:nope', '--data', MINI_SEEDS)).stderr).toBe(
      'worksheet: no document document:nope in the dataset\n',
    );
  });
});

describe('schema', () => {
  it("writes schemas whose references list the dataset's ids", async () => {
    const out = await cli('schema', '--data', MINI_SEEDS, '--out', 'schemas');
    expect(out.code).toBe(0);
    const statements = JSON.parse(await readFile(join(root, 'schemas/statements.schema.json'), 'utf8')) as {
      items: { properties: Record<string, { enum?: string[] }> };
    };
    expect(statements.items.properties['predicate']?.enum).toContain('member_of');
    expect(statements.items.properties['subject']?.enum).toContain('country:kz');
  });
});

describe('diff', () => {
  it('lists facts added, removed and changed by id, with quotes', async () => {
    const copy = join(root, 'mini-copy');
    await cp(MINI_SEEDS, copy, { recursive: true });
    const file = join(copy, 'statements/statements.yaml');
    const text = await readFile(file, 'utf8');
    await writeFile(
      file,
      text
        .replace('id: statement:trump-initiated-board-of-peace', 'id: statement:trump-launched-board-of-peace')
        .replace(
          'quote: Kazakhstan became one of 19 founding countries\n',
          'quote: Kazakhstan became one of 19 founding countries, alongside Saudi Arabia\n',
        ),
    );
    const diff = await cli('diff', MINI_SEEDS, copy);
    expect(diff.code).toBe(0);
    const lines = diff.stdout.split('\n');
    expect(lines[1]).toBe('1 added, 1 removed, 1 changed facts');
    expect(lines.slice(2)).toEqual(
      expect.arrayContaining([
        '+ statement:trump-launched-board-of-peace  person:donald-trump initiated organization:board-of-peace',
        '- statement:trump-initiated-board-of-peace  person:donald-trump initiated organization:board-of-peace',
        '~ statement:kz-member-of-board-of-peace  changed: evidence',
        expect.stringMatching(
          /^ {4}"the Board of Peace, an international initiative launched by U\.S\. President Donald Trump" \(document:tokayev-explains-board-of-peace \d+-\d+\)$/,
        ),
      ]),
    );
    const json = JSON.parse((await cli('diff', MINI_SEEDS, copy, '--json')).stdout) as {
      changed: Array<{ before: { quotes: Array<{ quote: string }> }; after: { quotes: Array<{ quote: string }> } }>;
    };
    expect(json.changed[0]?.before.quotes[0]?.quote).toBe('Kazakhstan became one of 19 founding countries');
    expect(json.changed[0]?.after.quotes[0]?.quote).toBe('Kazakhstan became one of 19 founding countries, alongside Saudi Arabia');
  });
});
