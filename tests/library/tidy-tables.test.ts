import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeGraph } from '../../src/graph/knowledge-graph.js';
import { ENUM_VALUES } from '../../src/graphql/enum-values.js';
import {
  aliasesTable,
  dataPackage,
  documentMetadataTable,
  documentsTable,
  entityAttributesTable,
  positionAboutTable,
  statementAreasTable,
  TIDY_TABLES,
  writeTables,
  type CellValue,
  type TableField,
} from '../../src/library/tables/index.js';
import { graphqlEnum } from '../../src/library/tables/graphql-enum.js';
import { parseCsv } from '../export/parse-csv.js';
import { miniGraph, seedsGraph } from '../helpers/graphs.js';

let mini: KnowledgeGraph;
let seeds: KnowledgeGraph;
const dir = mkdtempSync(join(tmpdir(), 'diplomacy-graph-tables-'));

beforeAll(async () => {
  mini = await miniGraph();
  seeds = await seedsGraph();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const TOKAYEV = 'person:kassym-jomart-tokayev';
const DOC = 'document:tokayev-explains-board-of-peace';

describe('the long tables of list values', () => {
  it('aliases: surface forms, then lookup-only forms, each with its index', () => {
    expect(aliasesTable(mini).filter((r) => r.entity === TOKAYEV)).toEqual([
      { entity: TOKAYEV, alias: 'Kassym-Jomart Tokayev', lookupOnly: false, index: 0 },
      { entity: TOKAYEV, alias: 'Tokayev', lookupOnly: false, index: 1 },
      { entity: TOKAYEV, alias: 'President Tokayev', lookupOnly: false, index: 2 },
      { entity: TOKAYEV, alias: 'Tokaev', lookupOnly: true, index: 0 },
    ]);
    const total = seeds.dataset.entities.reduce((n, e) => n + e.aliases.length + e.lookupAliases.length, 0);
    expect(aliasesTable(seeds)).toHaveLength(total);
  });

  it('entity attributes: one row per attribute', () => {
    expect(entityAttributesTable(mini)).toEqual([
      { entity: 'country:kz', attribute: 'iso2', value: 'KZ' },
      { entity: 'country:us', attribute: 'iso2', value: 'US' },
      { entity: 'country:sa', attribute: 'iso2', value: 'SA' },
      { entity: 'country:il', attribute: 'iso2', value: 'IL' },
    ]);
    expect(entityAttributesTable(seeds).find((r) => r.entity === 'organization:ots')).toEqual({
      entity: 'organization:ots',
      attribute: 'acronym',
      value: 'OTS',
    });
  });

  it('statement areas: one row per area, in the curated order', () => {
    expect(statementAreasTable(mini)).toEqual([]);
    expect(statementAreasTable(seeds).filter((r) => r.statement === 'statement:ru-cooperates-with-kz-trade-economic-investment')).toEqual([
      { statement: 'statement:ru-cooperates-with-kz-trade-economic-investment', area: 'trade', index: 0 },
      { statement: 'statement:ru-cooperates-with-kz-trade-economic-investment', area: 'economic', index: 1 },
      { statement: 'statement:ru-cooperates-with-kz-trade-economic-investment', area: 'investment', index: 2 },
    ]);
    expect(
      statementAreasTable(seeds)
        .filter((r) => r.statement === 'statement:kz-chairs-ots')
        .map((r) => r.area),
    ).toEqual(['political', 'trade', 'economic', 'transport', 'logistics', 'cultural', 'humanitarian']);
  });

  it('position about: one row per entity a position concerns besides its topic', () => {
    expect(positionAboutTable(mini)).toEqual([
      {
        position: 'position:tokayev-board-of-peace-significant-step',
        entity: 'organization:un',
        entityName: 'United Nations',
        entityKind: 'ORGANIZATION',
        index: 0,
      },
      { position: 'position:tokayev-two-state-solution', entity: 'country:il', entityName: 'Israel', entityKind: 'COUNTRY', index: 0 },
    ]);
  });
});

describe('documents and their metadata', () => {
  it('documents: one row per document with metadata values, hash and size', () => {
    const doc = mini.documentById.get(DOC)!;
    expect(documentsTable(mini)).toEqual([
      {
        id: DOC,
        file: '004_0bf4b44d1dc40c2e.txt',
        sha256: doc.sha256,
        title: 'President Tokayev explains Kazakhstan’s decision to join Board of Peace',
        outlet: null,
        author: null,
        published: null,
        publishedPrecision: null,
        publishedEarliest: null,
        publishedLatest: null,
        publishedInferred: null,
        publishedSource: null,
        publishedDerivedFrom: null,
        url: null,
        sourceUrl: null,
        language: 'en',
        genre: null,
        reports: 'work:reliability-is-the-new-power',
        length: doc.text.length,
        paragraphCount: doc.paragraphs.length,
      },
    ]);
  });

  it('document metadata: the quote that states a field, or why it is inferred', () => {
    const title = 'President Tokayev explains Kazakhstan’s decision to join Board of Peace';
    const start = mini.documentById.get(DOC)!.text.indexOf(title);
    expect(documentMetadataTable(mini)).toEqual([
      { document: DOC, field: 'title', value: title, quote: title, start, end: start + title.length, inferred: null },
      { document: DOC, field: 'language', value: 'en', quote: null, start: null, end: null, inferred: 'The text is written in English.' },
    ]);
  });
});

describe('every tidy table', () => {
  it('has rows whose columns are its fields, in order, with the declared types', () => {
    for (const table of TIDY_TABLES) {
      const rows = table.rows(seeds) as Array<Record<string, CellValue>>;
      expect(rows.length, table.name).toBeGreaterThan(0);
      const names = (table.fields as readonly TableField[]).map((f) => f.name);
      for (const row of rows) {
        expect(Object.keys(row)).toEqual(names);
        for (const field of table.fields as readonly TableField[]) {
          const value = row[field.name];
          if (value === null) {
            expect(field.required, `${table.name}.${field.name} is required`).not.toBe(true);
            continue;
          }
          const expected = { string: 'string', date: 'string', integer: 'number', number: 'number', boolean: 'boolean' }[field.type];
          expect(typeof value, `${table.name}.${field.name}`).toBe(expected);
          if (field.type === 'integer') expect(Number.isInteger(value)).toBe(true);
          if (field.type === 'date') expect(value).toMatch(/^\d{4}-\d{2}-\d{2}$/);
          if (field.enum) expect(field.enum, `${table.name}.${field.name}`).toContain(value);
          if (field.type === 'string') expect(value).not.toBe('');
        }
      }
    }
  });

  it('has a unique primary key and foreign keys that resolve', () => {
    const byName = new Map(TIDY_TABLES.map((t) => [t.name, t.rows(seeds) as Array<Record<string, CellValue>>]));
    for (const table of TIDY_TABLES) {
      const rows = byName.get(table.name)!;
      const keys = rows.map((row) => JSON.stringify(table.primaryKey.map((k) => row[k])));
      expect(new Set(keys).size, table.name).toBe(rows.length);
      for (const fk of table.foreignKeys) {
        const target = new Set(byName.get(fk.reference.resource)!.map((row) => row[fk.reference.fields[0]!]));
        for (const row of rows) {
          const value = row[fk.fields[0]!];
          if (value !== null) expect(target.has(value), `${table.name}.${fk.fields[0]} = ${String(value)}`).toBe(true);
        }
      }
    }
  });

  it('spells enum values as GraphQL does, and rejects a value the enum lacks', () => {
    expect(graphqlEnum('TimePrecision', 'monthDay')).toBe('MONTH_DAY');
    expect(graphqlEnum('Stance', null)).toBeNull();
    expect(() => graphqlEnum('Stance', 'likes')).toThrow('graphqlEnum: "likes" is not a value of Stance');
    const stance = TIDY_TABLES.find((t) => t.name === 'positions')!.fields.find((f) => f.name === 'stance')!;
    expect(stance.enum).toEqual(Object.keys(ENUM_VALUES.Stance));
  });
});

describe('writeTables and datapackage.json', () => {
  it('writes one CSV per table whose cells read back to the rows, and the descriptor', async () => {
    const paths = await writeTables(mini, dir);
    expect(paths.map((p) => p.slice(dir.length + 1))).toEqual([...TIDY_TABLES.map((t) => `${t.name}.csv`), 'datapackage.json']);
    expect(readdirSync(dir).sort()).toEqual(paths.map((p) => p.slice(dir.length + 1)).sort());
    for (const table of TIDY_TABLES) {
      const text = readFileSync(join(dir, `${table.name}.csv`), 'utf8');
      expect(text.endsWith('\r\n')).toBe(true);
      const [header, ...cells] = parseCsv(text);
      expect(header).toEqual(table.fields.map((f) => f.name));
      const rows = table.rows(mini) as Array<Record<string, CellValue>>;
      expect(cells).toEqual(rows.map((row) => header!.map((c) => (row[c] === null ? '' : String(row[c])))));
    }
    const descriptor = JSON.parse(readFileSync(join(dir, 'datapackage.json'), 'utf8')) as unknown;
    expect(descriptor).toEqual(JSON.parse(JSON.stringify(dataPackage(mini))));
  });

  it('describes each resource with Table Schema fields, keys, enum constraints and the dataset version', () => {
    const pkg = dataPackage(seeds);
    expect(pkg).toMatchObject({ profile: 'tabular-data-package', name: 'diplomacy-graph', version: seeds.dataset.version });
    expect(pkg.version).toMatch(/^sha256:[0-9a-f]{64}$/);
    const positions = pkg.resources.find((r) => r.name === 'positions')!;
    expect(positions).toMatchObject({ path: 'positions.csv', profile: 'tabular-data-resource', encoding: 'utf-8', format: 'csv' });
    expect(positions.schema.primaryKey).toEqual(['position', 'evidenceIndex']);
    expect(positions.schema.missingValues).toEqual(['']);
    expect(positions.schema.foreignKeys).toContainEqual({ fields: ['holder'], reference: { resource: 'entities', fields: ['id'] } });
    expect(positions.schema.fields.find((f) => f.name === 'speech')).toEqual({
      name: 'speech',
      type: 'string',
      description: "DIRECT: the holder's own words; REPORTED: an outlet's paraphrase.",
      constraints: { required: true, enum: ['DIRECT', 'REPORTED'] },
    });
    expect(positions.schema.fields.find((f) => f.name === 'dateEarliest')).toMatchObject({ type: 'date' });
    expect(positions.schema.fields.find((f) => f.name === 'venue')).not.toHaveProperty('constraints');
    // Every foreign key names a resource of the package listed before it or itself.
    const names = pkg.resources.map((r) => r.name);
    for (const resource of pkg.resources)
      for (const fk of resource.schema.foreignKeys)
        expect(names.indexOf(fk.reference.resource)).toBeLessThanOrEqual(names.indexOf(resource.name));
  });
});
