import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run-cli.js';
import { fakeIo, REPO } from '../cli/fake-io.js';

/** A three-paragraph article the dataset does not have yet. */
const ARTICLE = `Astana hosts Central Asia summit

ASTANA, 3 March 2025 - President Kassym-Jomart Tokayev welcomed the leaders of Uzbekistan and Kyrgyzstan to the Consultative Meeting of Heads of State in Astana.

Tokayev said: "We are firmly committed to regional water cooperation." Kazakhstan signed a water-sharing agreement with Uzbekistan at the meeting.
`;

const ENTITIES = `
- id: country:kz
  kind: country
  name: Kazakhstan
  aliases: [Kazakhstan]
  attributes: { iso2: KZ }
- id: country:uz
  kind: country
  name: Uzbekistan
  aliases: [Uzbekistan]
  attributes: { iso2: UZ }
- id: person:kassym-jomart-tokayev
  kind: person
  name: Kassym-Jomart Tokayev
  aliases: [Kassym-Jomart Tokayev, Tokayev]
- id: agreement:kz-uz-water-sharing
  kind: agreement
  name: Kazakhstan–Uzbekistan water-sharing agreement
  aliases: [water-sharing agreement]
- id: topic:regional-water-cooperation
  kind: topic
  name: Regional water cooperation
  aliases: [regional water cooperation]
`;

const STATEMENTS = `
- id: statement:kz-signed-water-sharing
  subject: country:kz
  predicate: signed
  object: agreement:kz-uz-water-sharing
  qualifiers: { counterpart: country:uz }
  evidence:
    - document: document:astana-summit
      quote: Kazakhstan signed a water-sharing agreement with Uzbekistan
`;

const POSITIONS = `
- id: position:tokayev-committed-to-water-cooperation
  holder: person:kassym-jomart-tokayev
  onBehalfOf: country:kz
  topic: topic:regional-water-cooperation
  stance: commits
  polarity: positive
  summary: Kazakhstan is firmly committed to regional water cooperation.
  speech: direct
  evidence:
    - document: document:astana-summit
      quote: We are firmly committed to regional water cooperation
`;

const FACT_QUERY = `{
  dataset { version }
  statement(id: "statement:kz-signed-water-sharing") {
    subject { name } predicate { id } object { name }
    evidence { document { id } quote start end }
  }
}`;

interface Served {
  readonly url: string;
  readonly log: () => string;
  stop(): Promise<void>;
}

/** `serve --watch --port 0` as a subprocess (the real binary, run from source). */
async function serveWatching(data: string): Promise<Served> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', join(REPO, 'src/cli/main.ts'), 'serve', '--watch', '--port', '0', '--host', '127.0.0.1', '--data', data],
    {
      cwd: REPO,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`serve did not start: ${output}`)), 20_000);
    child.stdout.on('data', () => {
      const match = /GraphQL(?: and GraphiQL)?: (http:\/\/127\.0\.0\.1:\d+\/graphql)/.exec(output);
      if (match && output.includes('watching')) {
        clearTimeout(timer);
        resolve(match[1] as string);
      }
    });
    void exited.then(() => reject(new Error(`serve exited: ${output}`)));
  });
  return {
    url,
    log: () => output,
    stop: async () => {
      child.kill('SIGTERM');
      await exited;
    },
  };
}

async function graphql(
  url: string,
  query: string,
): Promise<{ data: Record<string, unknown>; extensions: { dataset: { version: string } } }> {
  const reply = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
  return (await reply.json()) as { data: Record<string, unknown>; extensions: { dataset: { version: string } } };
}

async function ready(url: string): Promise<{ status: string; dataset: { version: string }; reload?: Record<string, unknown> }> {
  return (await (await fetch(url.replace('/graphql', '/ready'))).json()) as {
    status: string;
    dataset: { version: string };
    reload?: Record<string, unknown>;
  };
}

/** Polls `check` every 100 ms until it returns a value, for at most 15 s. */
async function eventually<T>(check: () => Promise<T | undefined>): Promise<T> {
  const deadline = Date.now() + 15_000;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('curating a new document, end to end', () => {
  let root: string;
  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'diplomacy-graph-curate-'));
  });
  afterAll(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it('init → add-document → entities, statement, position → validate → serve --watch → broken edit → fix', async () => {
    const data = join(root, 'dataset');
    const cli = async (...args: string[]) => {
      const io = fakeIo({}, root);
      const code = await runCli(args, io.io);
      return { code, stdout: io.stdout(), stderr: io.stderr() };
    };

    // init: an empty dataset that validates.
    const init = await cli('init', 'dataset');
    expect(init.code).toBe(0);
    expect(init.stdout).toContain('vocabulary/predicates.yaml');
    expect((await cli('init', 'dataset')).code).toBe(1);
    expect((await cli('validate', '--data', 'dataset')).stdout).toMatch(/^ok sha256:[0-9a-f]{64}\n0 documents, 0 entities/);

    // add-document: the text byte for byte, the entry with located metadata, and the worksheet.
    await writeFile(join(root, 'astana-summit.txt'), ARTICLE);
    const added = await cli(
      'add-document',
      'astana-summit.txt',
      '--data',
      'dataset',
      '--title',
      'Astana hosts Central Asia summit',
      '--published',
      '2025-03-03',
      '--url',
      'https://example.org/astana',
      '--json',
    );
    expect(added.stderr).toBe('');
    const result = JSON.parse(added.stdout) as {
      id: string;
      entry: Record<string, unknown>;
      worksheet: { uncoveredParagraphs: number[]; unlinkedNames: Array<{ name: string }> };
    };
    expect(result.id).toBe('document:astana-summit');
    expect(await readFile(join(data, 'documents/astana-summit.txt'), 'utf8')).toBe(ARTICLE);
    expect(result.entry).toEqual({
      id: 'document:astana-summit',
      file: 'astana-summit.txt',
      sha256: expect.stringMatching(/^[0-9a-f]{64}$/),
      title: { value: 'Astana hosts Central Asia summit', quote: 'Astana hosts Central Asia summit' },
      published: { value: '2025-03-03', quote: '3 March 2025' },
      url: { value: 'https://example.org/astana', inferred: 'Given by the curator (add-document --url); the text does not state it.' },
    });
    expect(result.worksheet.uncoveredParagraphs).toEqual([2]);
    expect(result.worksheet.unlinkedNames.map((n) => n.name)).toContain('Uzbekistan');
    expect(await readFile(join(data, 'worksheets/astana-summit.md'), 'utf8')).toContain('¶2 [');

    // The curator writes entities, a statement and a position from the worksheet.
    const append = async (file: string, text: string) => writeFile(join(data, file), (await readFile(join(data, file), 'utf8')) + text);
    await append('entities/entities.yaml', ENTITIES);
    await append('statements/statements.yaml', STATEMENTS);
    await append('positions/positions.yaml', POSITIONS);
    const valid = await cli('validate', '--data', 'dataset');
    expect([valid.code, valid.stdout.split('\n')[1]]).toEqual([0, '1 documents, 5 entities, 1 statements, 1 positions, 7 mentions']);

    const served = await serveWatching(data);
    try {
      const first = await graphql(served.url, FACT_QUERY);
      expect(first.data['statement']).toEqual({
        subject: { name: 'Kazakhstan' },
        predicate: { id: 'signed' },
        object: { name: 'Kazakhstan–Uzbekistan water-sharing agreement' },
        evidence: [
          {
            document: { id: 'document:astana-summit' },
            quote: 'Kazakhstan signed a water-sharing agreement with Uzbekistan',
            start: 268,
            end: 327,
          },
        ],
      });
      expect(ARTICLE.slice(268, 327)).toBe('Kazakhstan signed a water-sharing agreement with Uzbekistan');
      const good = first.data['dataset'] as { version: string };

      // A broken edit: the last good dataset stays served, the problem is logged and on /ready.
      const statements = await readFile(join(data, 'statements/statements.yaml'), 'utf8');
      await writeFile(join(data, 'statements/statements.yaml'), statements.replace('predicate: signed', 'predicate: signd'));
      const failed = await eventually(async () => {
        const r = await ready(served.url);
        return r.reload?.['status'] === 'failed' ? r : undefined;
      });
      expect(failed).toMatchObject({
        status: 'ready',
        dataset: { version: good.version },
        reload: {
          serving: good.version,
          problemCount: 1,
          problems: [
            'statements/statements.yaml:3 [statement:kz-signed-water-sharing]: predicate: unknown predicate "signd" (did you mean "signed"?)',
          ],
        },
      });
      expect(served.log()).toContain('"msg":"dataset invalid: still serving the last good one"');
      expect((await graphql(served.url, FACT_QUERY)).data).toEqual(first.data);

      // The fix is picked up: a new version, the change logged.
      await writeFile(
        join(data, 'statements/statements.yaml'),
        statements.replace('with Uzbekistan\n', 'with Uzbekistan at the meeting\n'),
      );
      const fixed = await eventually(async () => {
        const reply = await graphql(served.url, FACT_QUERY);
        return reply.extensions.dataset.version !== good.version ? reply : undefined;
      });
      expect(fixed.data['statement']).toMatchObject({
        evidence: [{ quote: 'Kazakhstan signed a water-sharing agreement with Uzbekistan at the meeting', start: 268, end: 342 }],
      });
      expect(await ready(served.url)).toMatchObject({ reload: { status: 'reloaded', added: 0, removed: 0, changed: 1 } });
      expect(served.log()).toMatch(/"msg":"dataset reloaded".*"changed":1/);
    } finally {
      await served.stop();
    }
  });
});
