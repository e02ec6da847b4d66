import { describe, expect, it } from 'vitest';
import { InvalidArgumentError, UnknownEntityError } from '../../src/errors.js';
import type { EntityWhere, PositionWhere, StatementWhere } from '../../src/graph/filters/types.js';
import { MAX_FILTER_DEPTH, MAX_FILTER_OPERATORS } from '../../src/graph/filters/compile-where.js';
import { listDocuments } from '../../src/graph/list-documents.js';
import { listEntities } from '../../src/graph/list-entities.js';
import { listPositions } from '../../src/graph/list-positions.js';
import { listStatements } from '../../src/graph/list-statements.js';
import { queryApiGraph } from './query-api-fixture.js';

const kg = await queryApiGraph();
const countries = (where: EntityWhere) => listEntities(kg, 'country', { where }).map((e) => e.id);
const statements = (where: StatementWhere) => listStatements(kg, { where }).map((s) => s.id.replace('statement:', ''));
const positions = (where: PositionWhere) => listPositions(kg, { where }).map((p) => p.id.replace('position:', ''));

describe('entity filters', () => {
  it('applies string operators: eq exact, contains/startsWith ignoring case and diacritics', () => {
    expect(countries({ name: { eq: 'Alderia' } })).toEqual(['country:xa']);
    expect(countries({ name: { eq: 'alderia' } })).toEqual([]);
    expect(countries({ name: { in: ['Carpania', 'Borduria', 'Atlantis'] } })).toEqual(['country:xb', 'country:xc']);
    expect(countries({ name: { contains: 'URIA' } })).toEqual(['country:xb']);
    expect(countries({ name: { startsWith: 'ál' } })).toEqual(['country:xa']);
    expect(countries({ anyName: { contains: 'republic' } })).toEqual(['country:xd']);
    expect(countries({ description: { contains: 'a' } })).toEqual([]);
  });

  it('resolves `is` like an entity lookup', () => {
    expect(listEntities(kg, null, { where: { is: 'nu' } }).map((e) => e.id)).toEqual(['organization:northern-union']);
  });

  it('rejects an unknown name or id with the argument path and the closest entities, never an empty answer', () => {
    const thrown = (run: () => unknown): UnknownEntityError => {
      try {
        run();
      } catch (error) {
        if (error instanceof UnknownEntityError) return error;
        throw error;
      }
      throw new Error('no error');
    };
    const typo = thrown(() => listEntities(kg, 'country', { where: { memberOf: { some: { entity: { is: 'Northern Unoin' } } } } }));
    expect(typo.code).toBe('BAD_USER_INPUT');
    expect(typo.reason).toBe('UNKNOWN_ENTITY');
    expect(typo.argument).toBe('where.memberOf.some.entity.is');
    expect(typo.value).toBe('Northern Unoin');
    expect(typo.suggestions[0]).toEqual({
      id: 'organization:northern-union',
      name: 'Northern Union',
      kind: 'organization',
      matchedBy: 'alias',
      alias: 'Northern Union',
    });
    expect(typo.message).toMatch(
      /^where\.memberOf\.some\.entity\.is: no entity is named "Northern Unoin" — did you mean Northern Union \(organization:northern-union\)/,
    );
    expect(thrown(() => listEntities(kg, null, { where: { is: 'Atlantis' } })).argument).toBe('where.is');
    const ids = thrown(() => listStatements(kg, { where: { AND: [{ subject: { id: { in: ['country:xa', 'country:zz'] } } }] } }));
    expect([ids.argument, ids.value]).toEqual(['where.AND[0].subject.id.in[1]', 'country:zz']);
    expect(thrown(() => listPositions(kg, { where: { concerns: { NOT: { is: 'nobody' } } } })).argument).toBe('where.concerns.NOT.is');
  });

  it('rejects a predicate that is not in the vocabulary', () => {
    expect(() => listStatements(kg, { where: { OR: [{ predicate: { in: ['member_of', 'memberof'] } }] } })).toThrow(
      new InvalidArgumentError('where.OR[0].predicate.in[1]: "memberof" is not a predicate of the vocabulary'),
    );
  });

  it('combines filters with AND, OR and NOT', () => {
    expect(countries({ OR: [{ name: { startsWith: 'al' } }, { name: { contains: 'uria' } }] })).toEqual(['country:xa', 'country:xb']);
    expect(countries({ NOT: { memberOf: { some: { entity: { is: 'Northern Union' } } } } })).toEqual(['country:xd']);
    expect(
      countries({
        AND: [{ memberOf: { some: { entity: { is: 'NU' } } } }, { NOT: { subjectOf: { some: { predicate: { eq: 'chairs' } } } } }],
      }),
    ).toEqual(['country:xb', 'country:xc']);
    expect(countries({ OR: [] })).toEqual([]);
    expect(countries({ AND: [] })).toHaveLength(4);
  });

  it('applies relationship filters some / none / all, with `all` true for no relations', () => {
    const founding = { entity: { is: 'Northern Union' }, role: { eq: 'founding member' } };
    expect(countries({ memberOf: { some: founding } })).toEqual(['country:xa', 'country:xb']);
    expect(countries({ memberOf: { all: { role: { eq: 'founding member' } } } })).toEqual(['country:xa', 'country:xb']);
    expect(countries({ memberOf: { none: { entity: { kind: { eq: 'organization' } } } } })).toEqual([]);
    expect(listEntities(kg, 'person', { where: { memberOf: { all: { role: { eq: 'x' } } } } }).map((e) => e.id)).toEqual([
      'person:ana-ortiz',
      'person:ben-kim',
    ]);
    expect(listEntities(kg, 'organization', { where: { members: { some: { start: { from: '2024' } } } } }).map((e) => e.id)).toEqual([
      'organization:northern-union',
      'organization:river-forum',
    ]);
    expect(countries({ memberOf: { some: { start: { yearKnown: false } } } })).toEqual(['country:xb']);
  });

  it('filters by counts from the load-time indexes', () => {
    expect(listEntities(kg, null, { where: { statementCount: { gte: 3 } } }).map((e) => e.id)).toEqual([
      'country:xa',
      'organization:northern-union',
      'office:president-of-alderia',
    ]);
    expect(countries({ sourceCount: { eq: 2 } })).toEqual(['country:xa', 'country:xb']);
  });

  it('filters through positions and documents', () => {
    expect(listEntities(kg, 'person', { where: { positions: { some: { stance: { eq: 'hopes' } } } } }).map((e) => e.id)).toEqual([
      'person:ben-kim',
    ]);
    expect(countries({ positionsAbout: { some: { holder: { is: 'Ana Ortiz' } } } })).toEqual(['country:xb', 'country:xc']);
    expect(countries({ mentionedIn: { none: { id: { eq: 'document:forum-notes' } } } })).toEqual(['country:xc', 'country:xd']);
  });
});

describe('statement filters', () => {
  it('filters by subject, predicate, object and involvement', () => {
    expect(statements({ predicate: { eq: 'member_of' }, object: { is: 'NU' } })).toEqual([
      'xa-member-of-union',
      'xb-member-of-union',
      'xc-member-of-union',
    ]);
    expect(statements({ subject: { kind: { eq: 'person' } } })).toEqual(['ortiz-president', 'ortiz-president-again']);
    expect(statements({ involves: { is: 'Borduria' } })).toEqual(['xb-member-of-union', 'xa-relation-with-xb']);
    expect(statements({ hasObject: false })).toEqual(['summit-date']);
    expect(statements({ object: { id: { eq: 'country:xa' } } })).toEqual(['president-office-of-xa']);
  });

  it('filters by time with the precision rule (YEAR 2024 overlaps June–July 2024; --01-22 never matches a range)', () => {
    expect(statements({ time: { from: '2024-06', to: '2024-07' } })).toEqual([
      'xc-member-of-union',
      'xd-member-of-forum',
      'xa-chairs-union',
    ]);
    expect(statements({ time: { from: '2024-06', to: '2024-07', match: 'WITHIN' } })).toEqual(['xd-member-of-forum', 'xa-chairs-union']);
    expect(statements({ time: { from: '1995', to: '1995' } })).toEqual(['ortiz-president', 'ortiz-president-again']);
    expect(statements({ time: { to: '1999' } })).toEqual(['xa-member-of-union', 'ortiz-president', 'ortiz-president-again']);
    expect(statements({ time: { from: '2025' } })).toEqual(['summit-date']);
    expect(statements({ time: { yearKnown: false } })).toEqual(['xb-member-of-union']);
    expect(statements({ time: { exists: false } })).toEqual(['president-office-of-xa', 'xa-relation-with-xb']);
    expect(statements({ time: { precision: { in: ['day', 'month'] } } })).toEqual(['xd-member-of-forum', 'xa-chairs-union', 'summit-date']);
    expect(statements({ qualifiers: { start: { precision: { eq: 'decade' } } } })).toEqual(['ortiz-president', 'ortiz-president-again']);
  });

  it('filters by qualifiers, source count, documents and evidence', () => {
    expect(statements({ qualifiers: { role: { eq: 'observer' } } })).toEqual(['xc-member-of-union']);
    expect(statements({ qualifiers: { characterization: { contains: 'PARTNERS' } } })).toEqual(['xa-relation-with-xb']);
    expect(statements({ sourceCount: { gt: 1 } })).toEqual(['xa-member-of-union', 'xa-relation-with-xb']);
    expect(statements({ documents: { some: { title: { startsWith: 'river' } } } })).toEqual(['xa-member-of-union', 'xa-relation-with-xb']);
    expect(statements({ documents: { all: { id: { eq: 'document:union-report' } } }, predicate: { eq: 'member_of' } })).toEqual([
      'xb-member-of-union',
      'xc-member-of-union',
      'xd-member-of-forum',
    ]);
    expect(statements({ evidence: { some: { sentence: { contains: 'took place' } } } })).toEqual(['summit-date']);
  });
});

describe('position filters', () => {
  it('filters by holder, topic or about, stance, polarity, speech, date and documents', () => {
    expect(positions({ holder: { is: 'Ana Ortiz' }, concerns: { is: 'Borduria' } })).toEqual(['ortiz-water-sharing']);
    expect(positions({ concerns: { is: 'Northern Union' } })).toEqual(['ortiz-union-delays']);
    expect(positions({ topic: { is: 'water sharing' } })).toEqual(['ortiz-water-sharing', 'kim-water-sharing']);
    expect(positions({ about: { some: { is: 'Carpania' } } })).toEqual(['ortiz-union-delays']);
    expect(positions({ stance: { in: ['supports', 'hopes'] }, speech: { eq: 'reported' } })).toEqual(['kim-water-sharing']);
    expect(positions({ polarity: { in: ['mixed', 'neutral'] } })).toEqual(['ortiz-union-delays', 'kim-water-sharing']);
    expect(positions({ date: { from: '2024' } })).toEqual(['ortiz-water-sharing']);
    expect(positions({ date: { exists: true } })).toEqual(['ortiz-water-sharing', 'ortiz-union-delays']);
    expect(positions({ onBehalfOf: { is: 'Alderia' }, NOT: { date: { yearKnown: true } } })).toEqual(['ortiz-union-delays']);
    expect(positions({ documents: { some: { id: { eq: 'document:forum-notes' } } } })).toEqual([
      'ortiz-water-sharing',
      'kim-water-sharing',
    ]);
    expect(positions({ evidence: { some: { quote: { contains: 'DELAYS' } } } })).toEqual(['ortiz-union-delays']);
  });
});

describe('document filters', () => {
  it('filters by metadata, publication time and mentions', () => {
    expect(listDocuments(kg, { where: { published: { from: '2025' } } }).map((d) => d.id)).toEqual(['document:union-report']);
    expect(listDocuments(kg, { where: { mentions: { some: { is: 'Ben Kim' } } } }).map((d) => d.id)).toEqual(['document:forum-notes']);
    expect(listDocuments(kg, { where: { text: { contains: 'lakeside' } } }).map((d) => d.id)).toEqual(['document:union-report']);
    expect(listDocuments(kg, { where: { published: { exists: false } } }).map((d) => d.id)).toEqual(['document:forum-notes']);
  });
});

describe('invalid filters', () => {
  it('names the argument of a malformed date', () => {
    expect(() => listStatements(kg, { where: { qualifiers: { start: { from: '2024-13' } } } })).toThrow(
      new InvalidArgumentError('where.qualifiers.start.from: invalid date "2024-13": month 13 is out of range'),
    );
    expect(() => countries({ memberOf: { some: { start: { to: '--01' } } } })).toThrow('where.memberOf.some.start.to: "--01" has no year');
  });

  it('limits nesting depth and the number of operators', () => {
    let deep: EntityWhere = { name: { eq: 'x' } };
    for (let i = 0; i <= MAX_FILTER_DEPTH; i++) deep = { NOT: deep };
    expect(() => countries(deep)).toThrow(`filters may be nested at most ${MAX_FILTER_DEPTH} levels deep`);
    const wide: EntityWhere = { OR: Array.from({ length: MAX_FILTER_OPERATORS + 1 }, (_, i) => ({ name: { eq: `n${i}` } })) };
    expect(() => countries(wide)).toThrow(InvalidArgumentError);
    expect(() => countries(wide)).toThrow(`at most ${MAX_FILTER_OPERATORS} operators`);
  });
});
