import { readFile, readdir } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { curatedJsonSchema, curatedJsonSchemaFiles, type CuratedFileKind } from '../../src/dataset/curated-json-schemas.js';
import { loadDataset } from '../../src/dataset/load-dataset.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const seeds = join(root, 'seeds');

async function seedsYamlFiles(): Promise<string[]> {
  const files = ['documents.yaml', 'coverage.yaml'];
  for (const folder of ['vocabulary', 'entities', 'statements', 'positions']) {
    for (const name of (await readdir(join(seeds, folder))).sort()) if (name.endsWith('.yaml')) files.push(`${folder}/${name}`);
  }
  return files;
}

function validator(schema: Record<string, unknown>): (data: unknown) => string[] {
  const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
  return (data) => (validate(data) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message ?? ''}`.trim()));
}

describe('JSON Schemas of the curated files', () => {
  it('are up to date in schema/json (run `npm run schemas` after changing src/dataset/raw-schema.ts)', async () => {
    for (const [name, text] of curatedJsonSchemaFiles()) {
      // Compared as JSON: Prettier formats the files.
      expect(JSON.parse(await readFile(join(root, 'schema/json', name), 'utf8')), name).toEqual(JSON.parse(text));
    }
  });

  it('are named in every seeds YAML file, and every seeds file validates against its schema', async () => {
    const files = await seedsYamlFiles();
    expect(files.length).toBeGreaterThanOrEqual(17);
    for (const file of files) {
      const text = await readFile(join(seeds, file), 'utf8');
      const header = /^# yaml-language-server: \$schema=(\S+)\n/.exec(text);
      expect(header, file).not.toBeNull();
      const schemaPath = resolve(dirname(join(seeds, file)), header?.[1] ?? '');
      const schema = JSON.parse(await readFile(schemaPath, 'utf8')) as Record<string, unknown>;
      expect(validator(schema)(parse(text)), file).toEqual([]);
    }
  });

  it('reject a bad file: an unknown key, a stance outside the enum, no evidence, a malformed id', () => {
    const check = validator(curatedJsonSchema('positions'));
    const good = {
      id: 'position:p',
      holder: 'person:a',
      topic: 'topic:b',
      stance: 'supports',
      polarity: 'positive',
      summary: 'S.',
      speech: 'direct',
      evidence: [{ document: 'document:d', quote: 'q' }],
    };
    expect(check([good])).toEqual([]);
    expect(check([{ ...good, stanse: 'supports' }])).toContain('/0 must NOT have additional properties');
    expect(check([{ ...good, stance: 'suports' }])).toContain('/0/stance must be equal to one of the allowed values');
    expect(check([{ ...good, evidence: [] }])).toContain('/0/evidence must NOT have fewer than 1 items');
    expect(check([{ ...good, holder: 'Tokayev' }])).toContain(
      '/0/holder must match pattern "^(person|country|territory|region|place|organization|company|outlet|agreement|event|project|topic|office|work):[a-z0-9]+(?:-[a-z0-9]+)*$"',
    );
  });

  it('list a dataset’s own ids and predicates in the dataset-specific schemas, for references only', async () => {
    const dataset = await loadDataset();
    const known = {
      entities: dataset.entities.map((e) => e.id),
      predicates: dataset.predicates.map((p) => p.id),
      documents: dataset.documents.map((d) => d.id),
    };
    const check = (kind: CuratedFileKind) => validator(curatedJsonSchema(kind, known));
    const statement = {
      id: 'statement:new',
      subject: 'country:kz',
      predicate: 'member_of',
      object: 'organization:board-of-peace',
      evidence: [{ document: 'document:tokayev-explains-board-of-peace', quote: 'q' }],
    };
    expect(check('statements')([statement])).toEqual([]);
    expect(check('statements')([{ ...statement, predicate: 'membr_of', object: 'organization:nowhere' }])).toEqual([
      '/0/predicate must be equal to one of the allowed values',
      '/0/object must be equal to one of the allowed values',
    ]);
    // A new entity's own id is a declaration, not a reference: it is not held to the known ids.
    expect(check('entities')([{ id: 'person:someone-new', kind: 'person', name: 'N', aliases: ['N'] }])).toEqual([]);
  });
});
