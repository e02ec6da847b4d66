import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../src/dataset/build-dataset.js';
import { parseTime } from '../../src/dataset/parse-time.js';
import { timeStatedIn } from '../../src/dataset/time-stated-in.js';
import type { TimeValue } from '../../src/dataset/model.js';
import { DatasetError, type DatasetIssue } from '../../src/errors.js';
import { TINY, TINY_TEXT, tinyFiles, type TinyYaml } from '../helpers/dataset-files.js';

/** TINY plus an essay (a venue) whose publication statement dates what is said in it. */
const ESSAY: Required<TinyYaml> = {
  ...TINY,
  text: `${TINY_TEXT}\nThe essay Peace Now appeared in the Gazette on Feb. 18.\n`,
  vocabulary: `${TINY.vocabulary}- id: published_in\n  label: published in\n  inverse: published\n  subject: [work]\n  object: [outlet]\n`,
  entities: `${TINY.entities}- id: work:peace-now\n  kind: work\n  name: Peace Now\n  aliases: [Peace Now]\n- id: outlet:gazette\n  kind: outlet\n  name: Gazette\n  aliases: [Gazette]\n`,
  statements: `${TINY.statements}- id: statement:peace-now-published
  subject: work:peace-now
  predicate: published_in
  object: outlet:gazette
  qualifiers: { pointInTime: "--02-18" }
  evidence:
    - document: document:tiny
      quote: The essay Peace Now appeared in the Gazette on Feb. 18
`,
  positions: TINY.positions.replace('  speech: direct\n', '  speech: direct\n  venue: work:peace-now\n  date: DATE\n'),
};

const essay = (date: string, overrides: TinyYaml = {}): TinyYaml => ({
  ...ESSAY,
  positions: ESSAY.positions.replace('DATE', date),
  ...overrides,
});

function issuesOf(overrides: TinyYaml): DatasetIssue[] {
  try {
    buildDataset(tinyFiles(overrides));
  } catch (error) {
    expect(error).toBeInstanceOf(DatasetError);
    return [...(error as DatasetError).issues];
  }
  throw new Error('expected a DatasetError');
}

const time = (value: string): TimeValue => parseTime(value) as TimeValue;

describe('timeStatedIn: every part of a time must be in the sentence', () => {
  it.each([
    ['--02-18', 'published in The National Interest on Feb. 18, he said', true],
    ['--02-18', 'published in The National Interest in February', false],
    ['--01-22', 'Tokayev signed the charter of the Board of Peace on Jan. 22.', true],
    ['2025-01-03', '///nCa, 3 January 2025', true],
    ['2025-01-03', 'date 2025-01-03 Kazakhstan, recognized as a middle power', true],
    ['2025-01-03', 'In January 2025, talks began.', false],
    ['2024-11', 'In November 2024, Vladimir Putin paid a state visit to Kazakhstan', true],
    ['2024-11', 'In November, Vladimir Putin paid a state visit', false],
    ['1992', 'Since the establishment of diplomatic relations in 1992, our two countries', true],
    ['1992', 'relations established in 19920 documents', false],
    ['1990s', 'President of Alderia since the 1990s', true],
    ['2025', 'The high-level dialogue will continue in 2025.', true],
    ['2025', 'Xi’s visit to Kazakhstan, as well as the talks in China this fall', false],
    ['2025-05', 'In May 2025 the talks resumed.', true],
    ['2025-05', 'The talks may resume in 2025.', false],
  ])('%s in "%s" → %s', (value, sentence, stated) => {
    expect(timeStatedIn(time(value), sentence)).toBe(stated);
  });
});

describe('the loader earns every date', () => {
  it('accepts a date stated in the evidence sentence, and derives one from the venue’s publication statement', () => {
    const dataset = buildDataset(tinyFiles(essay('{ derivedFrom: statement:peace-now-published }')));
    expect(dataset.statements[0]!.qualifiers.start).toMatchObject({ value: '--01-22', derivedFrom: null, inferred: null });
    expect(dataset.positions[0]!.date).toMatchObject({
      value: '--02-18',
      precision: 'monthDay',
      derivedFrom: 'statement:peace-now-published',
      inferred: null,
    });
  });

  it('accepts an inferred date with its reason', () => {
    const dataset = buildDataset(tinyFiles(essay('{ value: "--02-18", inferred: "said in the essay; dated by its publication" }')));
    expect(dataset.positions[0]!.date).toMatchObject({
      value: '--02-18',
      inferred: 'said in the essay; dated by its publication',
      derivedFrom: null,
    });
  });

  it.each([
    [
      'a date copied from another sentence',
      essay('"--02-18"'),
      {
        file: 'positions/positions.yaml',
        line: 1,
        entry: 'position:tokayev-peace',
        reason:
          'date: "--02-18" is stated in none of this entry\'s evidence sentences; quote the sentence that states it, derive it ' +
          'from the record that does ({ derivedFrom: statement:… | document:… }), or mark it { value, inferred: <reason> }',
      },
    ],
    [
      'a statement time its quote’s sentence does not state',
      { statements: TINY.statements.replace('"--01-22"', '"--02-22"') },
      {
        file: 'statements/statements.yaml',
        line: 1,
        entry: 'statement:kz-member',
        reason: expect.stringMatching(/^qualifiers\.start: "--02-22" is stated in none/),
      },
    ],
    [
      'a date derived from a statement about another record than the venue',
      essay('{ derivedFrom: statement:kz-member }'),
      {
        entry: 'position:tokayev-peace',
        reason: "date.derivedFrom: statement:kz-member is not about this position's venue (work:peace-now)",
      },
    ],
    [
      'a date derived from a document without a publication date',
      essay('{ derivedFrom: document:tiny }'),
      { entry: 'position:tokayev-peace', reason: 'date.derivedFrom: document:tiny has no publication date' },
    ],
    [
      'a date derived from an unknown statement',
      essay('{ derivedFrom: statement:nope }'),
      { entry: 'position:tokayev-peace', reason: 'date.derivedFrom: unknown statement statement:nope' },
    ],
    [
      'a statement time derived from another statement',
      {
        statements: TINY.statements.replace(
          '{ start: "--01-22", role: founding member }',
          '{ start: { derivedFrom: statement:kz-member }, role: founding member }',
        ),
      },
      {
        entry: 'statement:kz-member',
        reason: 'qualifiers.start.derivedFrom: statement:kz-member: only a document (its publication date) may date a statement',
      },
    ],
  ])('reports %s with file, line, entry and reason', (_name, overrides, expected) => {
    expect(issuesOf(overrides)).toEqual([expect.objectContaining(expected)]);
  });
});

describe('the loader refuses duplicate statements, naming both', () => {
  it('same subject, predicate, object and qualifiers', () => {
    const twin = TINY.statements.replace('statement:kz-member', 'statement:kz-member-again');
    expect(issuesOf({ statements: `${TINY.statements}${twin}` })).toEqual([
      {
        file: 'statements/statements.yaml',
        line: 9,
        entry: 'statement:kz-member-again',
        reason:
          'duplicate statement: same subject, predicate, object/value and qualifiers as statement:kz-member (statements/statements.yaml:1)',
      },
    ]);
  });

  it('a different qualifier makes a different statement', () => {
    const other = TINY.statements
      .replace('statement:kz-member', 'statement:kz-member-role')
      .replace('role: founding member', 'role: member');
    expect(buildDataset(tinyFiles({ statements: `${TINY.statements}${other}` })).statements).toHaveLength(2);
  });
});

describe('onBehalfOf and inferred statements', () => {
  const VOCABULARY = `${TINY.vocabulary}- id: spoke_for\n  label: spoke for\n  inverse: spoken for by\n  subject: [person]\n  object: [topic]\n`;
  const said = (onBehalfOf: string, extra = ''): TinyYaml => ({
    vocabulary: VOCABULARY,
    statements: `${TINY.statements}- id: statement:tokayev-spoke-for-peace
  subject: person:kassym-jomart-tokayev
  predicate: spoke_for
  object: topic:peace
  onBehalfOf: ${onBehalfOf}
${extra}  evidence:
    - document: document:tiny
      quote: We support peace
`,
  });

  it('accepts a state the evidence sentence names, or one inferred with its reason', () => {
    const inferred = buildDataset(tinyFiles(said('{ entity: country:kz, inferred: he is President of Kazakhstan }')));
    expect(inferred.statements[1]).toMatchObject({
      onBehalfOf: { entity: 'country:kz', inferred: 'he is President of Kazakhstan' },
      inferred: null,
      inferredFrom: null,
    });
  });

  it('refuses a stated onBehalfOf that no evidence sentence names', () => {
    expect(issuesOf(said('country:us'))).toEqual([
      expect.objectContaining({
        entry: 'statement:tokayev-spoke-for-peace',
        reason: 'onBehalfOf: United States is named in none of the evidence sentences; mark it { entity, inferred: <reason> }',
      }),
    ]);
  });

  it('checks what an inferred statement is inferred from', () => {
    const from = (id: string, inferred = '  inferred: implied by his words\n'): TinyYaml =>
      said('{ entity: country:kz, inferred: he is President of Kazakhstan }', `${inferred}  inferredFrom: ${id}\n`);
    expect(buildDataset(tinyFiles(from('position:tokayev-peace'))).statements[1]).toMatchObject({
      inferred: 'implied by his words',
      inferredFrom: 'position:tokayev-peace',
    });
    expect(issuesOf(from('statement:nope'))).toEqual([
      expect.objectContaining({
        entry: 'statement:tokayev-spoke-for-peace',
        reason: 'inferredFrom: unknown statement or position statement:nope',
      }),
    ]);
    expect(issuesOf(from('statement:kz-member', ''))).toEqual([
      expect.objectContaining({
        entry: 'statement:tokayev-spoke-for-peace',
        reason: 'inferredFrom: only an inferred statement (with `inferred: <reason>`) names what it is inferred from',
      }),
    ]);
  });
});

describe('names and descriptions state no year their source does not', () => {
  it('a year no sentence mentioning the entity states is an error; one it states is not', () => {
    const withYear = (description: string): TinyYaml => ({
      entities: TINY.entities.replace('  name: Board of Peace\n', `  name: Board of Peace\n  description: ${description}\n`),
    });
    expect(issuesOf(withYear('Founded in 2026.'))).toEqual([
      {
        file: 'entities/entities.yaml',
        line: 11,
        entry: 'organization:board-of-peace',
        reason: 'description: states the year 2026, which no sentence mentioning the entity states',
      },
    ]);
    const text = TINY_TEXT.replace('on Jan. 22', 'on Jan. 22, 2026,');
    const statements = TINY.statements.replace('on Jan. 22 - a step', 'on Jan. 22, 2026, - a step');
    expect(() => buildDataset(tinyFiles({ ...withYear('Founded in 2026.'), text, statements }))).not.toThrow();
  });
});
