import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../src/dataset/build-dataset.js';
import { loadDataset } from '../../src/dataset/load-dataset.js';
import { DatasetError, type DatasetIssue } from '../../src/errors.js';
import { TINY, TINY_TEXT, tinyFiles, type TinyYaml } from '../helpers/dataset-files.js';

function issuesOf(overrides: TinyYaml): DatasetIssue[] {
  try {
    buildDataset(tinyFiles(overrides));
  } catch (error) {
    expect(error).toBeInstanceOf(DatasetError);
    return [...(error as DatasetError).issues];
  }
  throw new Error('expected a DatasetError');
}

describe('buildDataset', () => {
  it('loads a valid dataset, frozen, with quote offsets', () => {
    const dataset = buildDataset(tinyFiles());
    expect(Object.isFrozen(dataset)).toBe(true);
    expect(Object.isFrozen(dataset.statements[0])).toBe(true);
    const [evidence] = dataset.statements[0]!.evidence;
    // The curated quote uses ASCII quotes and a hyphen; the text has “ ” and an em dash.
    expect(evidence!.exact).toBe('Kazakhstan joined the “Council for Peace” on Jan. 22 — a step');
    expect(TINY_TEXT.slice(evidence!.start, evidence!.end)).toBe(evidence!.exact);
    expect(evidence!.sentence).toBe('Kazakhstan joined the “Council for Peace” on Jan. 22 — a step the U.S. welcomed.');
    expect(evidence!.paragraph).toBe(1);
    expect(evidence!.prefix).toBe('Board news\n\n');
    expect(dataset.statements[0]!.qualifiers.start).toMatchObject({ value: '--01-22', precision: 'monthDay', year: null });
    expect(dataset.version).toMatch(/^sha256:[0-9a-f]{64}$/);
  });

  it.each([
    ['the tiny dataset', () => Promise.resolve(buildDataset(tinyFiles()))],
    ['the seeds', () => loadDataset()],
  ])('freezes every object it returns, however deep (%s)', async (_name, load) => {
    const dataset = await load();
    const seen = new Set<object>();
    const unfrozen: string[] = [];
    const walk = (value: unknown, path: string): void => {
      if (value === null || typeof value !== 'object' || seen.has(value)) return;
      seen.add(value);
      if (!Object.isFrozen(value)) unfrozen.push(path);
      for (const key of Object.keys(value)) walk((value as Record<string, unknown>)[key], `${path}.${key}`);
    };
    walk(dataset, 'dataset');
    expect(unfrozen).toEqual([]);
    expect(seen.size).toBeGreaterThan(50);
  });

  it('computes mentions of every alias, longest first within an entity, nested across entities', () => {
    const dataset = buildDataset(tinyFiles());
    const mentions = dataset.mentions.map((m) => `${m.entity}@${m.start}:${TINY_TEXT.slice(m.start, m.end)}`);
    expect(mentions).toEqual([
      `country:kz@12:Kazakhstan`,
      `organization:board-of-peace@35:Council for Peace`,
      `country:us@78:U.S.`,
      `person:kassym-jomart-tokayev@94:Tokayev`,
      `topic:peace@120:peace`,
      `office:president-of-kazakhstan@132:President of Kazakhstan`,
      `country:kz@145:Kazakhstan`,
    ]);
  });

  it('changes the version when any file changes', () => {
    const a = buildDataset(tinyFiles()).version;
    const b = buildDataset(tinyFiles({ text: `${TINY_TEXT}\n` })).version;
    expect(a).not.toBe(b);
  });

  it.each<[string, TinyYaml, Partial<DatasetIssue>]>([
    [
      'a YAML syntax error',
      { statements: '- id: statement:x\n  subject: [unclosed\n' },
      { file: 'statements/statements.yaml', reason: expect.stringMatching(/^YAML syntax error/) },
    ],
    [
      'a root that is not a list',
      { positions: 'id: position:x\n' },
      { file: 'positions/positions.yaml', line: 1, reason: 'the file must contain a YAML list of entries' },
    ],
    [
      'a misspelt key',
      { positions: TINY.positions.replace('stance:', 'stanse:') },
      { file: 'positions/positions.yaml', line: 1, entry: 'position:tokayev-peace' },
    ],
    [
      'an unknown stance',
      { positions: TINY.positions.replace('stance: supports', 'stance: loves') },
      { entry: 'position:tokayev-peace', reason: expect.stringContaining('stance:') },
    ],
    [
      'a dangling reference',
      { statements: TINY.statements.replace('object: organization:board-of-peace', 'object: organization:nowhere') },
      { file: 'statements/statements.yaml', line: 1, entry: 'statement:kz-member', reason: 'object: unknown entity organization:nowhere' },
    ],
    [
      'an unknown document',
      { positions: TINY.positions.replace('document: document:tiny', 'document: document:missing') },
      { entry: 'position:tokayev-peace', reason: 'evidence[0].document: unknown document document:missing' },
    ],
    [
      'a quote not in its document',
      { positions: TINY.positions.replace('We support peace', 'We oppose peace') },
      {
        entry: 'position:tokayev-peace',
        reason:
          'evidence[0]: quote not found in document:tiny: "We oppose peace"; closest passage at 109-125: "We [-oppose-]{+support+} peace" ([-…-] only in the quote, {+…+} only in the document)',
      },
    ],
    [
      'a duplicate id',
      { positions: TINY.positions + TINY.positions.replace(/^/, '') },
      {
        file: 'positions/positions.yaml',
        line: 12,
        entry: 'position:tokayev-peace',
        reason: 'duplicate id: already defined at positions/positions.yaml:1',
      },
    ],
    [
      'an alias claimed by two entities',
      {
        entities: `${TINY.entities}- id: topic:council\n  kind: topic\n  name: Council\n  aliases: [peace]\n  lookupAliases: [COUNCIL FOR PEACE]\n`,
      },
      {
        entry: 'topic:council',
        reason: 'alias "COUNCIL FOR PEACE" is already claimed by organization:board-of-peace (as "Council for Peace")',
      },
    ],
    [
      'an alias that occurs in no document',
      { entities: TINY.entities.replace('aliases: [Tokayev]', 'aliases: [Tokayev, Tokaev]') },
      {
        entry: 'person:kassym-jomart-tokayev',
        reason: expect.stringContaining('alias "Tokaev" occurs in no document'),
      },
    ],
    [
      'a subject kind the predicate does not take',
      { statements: TINY.statements.replace('subject: country:kz', 'subject: topic:peace') },
      { entry: 'statement:kz-member', reason: 'subject: member_of does not take a topic subject (allowed: country)' },
    ],
    [
      'a value where the predicate needs an object',
      { statements: TINY.statements.replace('object: organization:board-of-peace', 'value: { amount: 3, unit: visit }') },
      { entry: 'statement:kz-member', reason: 'object: member_of needs an entity object' },
    ],
    [
      'an invalid date',
      { statements: TINY.statements.replace('"--01-22"', '"2025-02-30"') },
      { entry: 'statement:kz-member', reason: 'qualifiers.start: invalid date "2025-02-30": day 30 is out of range for month 2' },
    ],
    [
      'a country id that does not match its ISO code',
      { entities: TINY.entities.replace('iso2: US', 'iso2: USA') },
      { entry: 'country:us', reason: 'attributes.iso2: a country needs its ISO 3166-1 alpha-2 code' },
    ],
  ])('reports %s with file, line, entry and reason', (_name, overrides, expected) => {
    const issues = issuesOf(overrides);
    expect(issues).toContainEqual(expect.objectContaining(expected));
  });

  it('reports every problem at once, and loads nothing', () => {
    const issues = issuesOf({
      statements: TINY.statements.replace('object: organization:board-of-peace', 'object: organization:nowhere'),
      positions: TINY.positions.replace('We support peace', 'We oppose peace'),
    });
    expect(issues.map((i) => i.entry)).toEqual(['statement:kz-member', 'position:tokayev-peace']);
  });

  it('formats the error message with file:line [entry]: reason', () => {
    expect(() =>
      buildDataset(tinyFiles({ statements: TINY.statements.replace('organization:board-of-peace', 'organization:nowhere') })),
    ).toThrow('statements/statements.yaml:1 [statement:kz-member]: object: unknown entity organization:nowhere');
  });
});
