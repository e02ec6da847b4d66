import { beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeGraph } from '../../src/graph/knowledge-graph.js';
import {
  ACTOR_KINDS,
  dyadsTable,
  entitiesTable,
  mentionsTable,
  positionsTable,
  rowsToCsv,
  statementsTable,
} from '../../src/library/tables/index.js';
import { openGraph } from '../../src/library/open-graph.js';
import { MINI_SEEDS, miniGraph, seedsGraph } from '../helpers/graphs.js';

let mini: KnowledgeGraph;
let seeds: KnowledgeGraph;
let text: string;

beforeAll(async () => {
  mini = await miniGraph();
  seeds = await seedsGraph();
  text = mini.dataset.documents[0]!.text;
});

const DOC = 'document:tokayev-explains-board-of-peace';
/** Where a quote starts in the mini document, found independently of the loader. */
const at = (quote: string) => ({ start: text.indexOf(quote), end: text.indexOf(quote) + quote.length });

describe('entitiesTable', () => {
  it('has one row per entity with names, attributes and counts', () => {
    const rows = entitiesTable(mini);
    expect(rows.map((r) => r.id)).toEqual(mini.dataset.entities.map((e) => e.id));
    const mentionsOfKz = mini.dataset.mentions.filter((m) => m.entity === 'country:kz');
    expect(rows.find((r) => r.id === 'country:kz')).toEqual({
      id: 'country:kz',
      kind: 'COUNTRY',
      name: 'Kazakhstan',
      description: mini.entityById.get('country:kz')!.description,
      iso2: 'KZ',
      acronym: null,
      statements: 2, // member of the Board of Peace; relation with Israel
      positions: 0,
      positionsAbout: 0,
      mentions: mentionsOfKz.length,
      documents: 1,
    });
    const tokayev = rows.find((r) => r.id === 'person:kassym-jomart-tokayev')!;
    expect([tokayev.kind, tokayev.statements, tokayev.positions]).toEqual(['PERSON', 1, 3]);
    expect(rows.find((r) => r.id === 'organization:un')).toMatchObject({ statements: 1, positionsAbout: 1 });
  });
});

describe('statementsTable', () => {
  it('flattens a statement with an object, its qualifiers and its evidence', () => {
    const quote = 'Kazakhstan became one of 19 founding countries';
    const row = statementsTable(mini).find((r) => r.statement === 'statement:kz-member-of-board-of-peace');
    expect(row).toMatchObject({
      statement: 'statement:kz-member-of-board-of-peace',
      subject: 'country:kz',
      subjectName: 'Kazakhstan',
      subjectKind: 'COUNTRY',
      predicate: 'member_of',
      predicateLabel: mini.predicateById.get('member_of')!.label,
      object: 'organization:board-of-peace',
      objectName: 'Board of Peace',
      objectKind: 'ORGANIZATION',
      valueType: null,
      value: null,
      amount: null,
      pointInTime: null,
      startTime: '--01-22',
      startTimePrecision: 'MONTH_DAY',
      startTimeEarliest: null,
      startTimeInferred: "The document dates Tokayev's signing of the charter (Jan. 22), not the membership itself.",
      startTimeSource: 'INFERRED',
      startTimeDerivedFrom: null,
      endTime: null,
      onBehalfOf: null,
      inferred: null,
      inferredFrom: null,
      role: 'founding member',
      counterpart: null,
      evidenceIndex: 0,
      evidenceCount: 1,
      document: DOC,
      quote,
      exact: quote,
      ...at(quote),
    });
  });

  it('gives a literal value its typed columns', () => {
    const row = statementsTable(mini).find((r) => r.statement === 'statement:board-founding-count');
    expect(row).toMatchObject({
      object: null,
      objectName: null,
      objectKind: null,
      valueType: 'QUANTITY',
      value: 'exact 19 country',
      amount: 19,
      unit: 'country',
      comparator: 'EXACT',
      text: null,
      time: null,
      quote: 'one of 19 founding countries',
      ...at('one of 19 founding countries'),
    });
  });

  it('has one row per statement × evidence, every row with the same columns, offsets into the document', () => {
    for (const kg of [mini, seeds]) {
      const rows = statementsTable(kg);
      expect(rows).toHaveLength(kg.dataset.statements.reduce((n, s) => n + s.evidence.length, 0));
      const columns = Object.keys(rows[0]!);
      for (const row of rows) {
        expect(Object.keys(row)).toEqual(columns);
        for (const value of Object.values(row)) expect(['string', 'number', 'boolean', 'object']).toContain(typeof value);
        expect(kg.documentById.get(row.document)!.text.slice(row.start, row.end)).toBe(row.exact);
      }
      expect(new Set(rows.map((r) => `${r.statement}#${r.evidenceIndex}`)).size).toBe(rows.length);
    }
  });
});

describe('positionsTable', () => {
  it('flattens a position with its about list, date and evidence', () => {
    const quote = 'represents a significant step forward in efforts to end multiple conflicts';
    const rows = positionsTable(mini);
    expect(rows).toHaveLength(3);
    expect(rows[0]).toEqual({
      position: 'position:tokayev-board-of-peace-significant-step',
      holder: 'person:kassym-jomart-tokayev',
      holderName: 'Kassym-Jomart Tokayev',
      holderKind: 'PERSON',
      onBehalfOf: 'country:kz',
      onBehalfOfName: 'Kazakhstan',
      topic: 'organization:board-of-peace',
      topicName: 'Board of Peace',
      topicKind: 'ORGANIZATION',
      stance: 'ASSESSES',
      polarity: 'POSITIVE',
      speech: 'REPORTED',
      summary: 'The Board of Peace is endorsed by the UN and a significant step toward ending conflicts.',
      venue: 'work:reliability-is-the-new-power',
      venueName: 'Reliability Is the New Power',
      date: '--02-18',
      datePrecision: 'MONTH_DAY',
      dateEarliest: null,
      dateLatest: null,
      dateInferred: null,
      // Derived, not copied: the date the article was published (its published_in statement).
      dateSource: 'DERIVED',
      dateDerivedFrom: 'statement:article-published',
      evidenceIndex: 0,
      evidenceCount: 1,
      document: DOC,
      quote,
      exact: quote,
      ...at(quote),
      sentence: mini.positionById.get('position:tokayev-board-of-peace-significant-step')!.evidence[0]!.sentence,
      paragraph: mini.positionById.get('position:tokayev-board-of-peace-significant-step')!.evidence[0]!.paragraph,
    });
    expect(positionsTable(seeds)).toHaveLength(seeds.dataset.positions.reduce((n, p) => n + p.evidence.length, 0));
  });
});

describe('mentionsTable', () => {
  it('has one row per mention, each pointing at its alias in the text', () => {
    for (const kg of [mini, seeds]) {
      const rows = mentionsTable(kg);
      expect(rows).toHaveLength(kg.dataset.mentions.length);
      for (const row of rows) {
        expect(kg.documentById.get(row.document)!.text.slice(row.start, row.end)).toBe(row.alias);
        expect(row.entityName).toBe(kg.entityById.get(row.entity)!.name);
      }
    }
    const kz = mentionsTable(mini).filter((r) => r.entity === 'country:kz');
    const occurrences = [...text.matchAll(/\bKazakhstan\b/g)].map((m) => m.index);
    expect(kz.map((r) => r.start)).toEqual(occurrences);
  });
});

describe('dyadsTable', () => {
  it('links actors by statements (object, counterpart) and positions (topic, about)', () => {
    const rows = dyadsTable(mini);
    expect(rows.map((r) => [r.a, r.b, r.linkedAs, r.id])).toEqual([
      ['country:kz', 'organization:board-of-peace', 'OBJECT', 'statement:kz-member-of-board-of-peace'],
      ['country:sa', 'organization:board-of-peace', 'OBJECT', 'statement:sa-member-of-board-of-peace'],
      ['person:donald-trump', 'organization:board-of-peace', 'OBJECT', 'statement:trump-initiated-board-of-peace'],
      ['organization:board-of-peace', 'organization:un', 'OBJECT', 'statement:board-of-peace-endorsed-by-un'],
      ['country:kz', 'country:il', 'OBJECT', 'statement:kz-relation-with-il'],
      ['person:kassym-jomart-tokayev', 'organization:board-of-peace', 'OBJECT', 'statement:tokayev-signed-charter'],
      ['person:kassym-jomart-tokayev', 'organization:board-of-peace', 'TOPIC', 'position:tokayev-board-of-peace-significant-step'],
      ['person:kassym-jomart-tokayev', 'organization:un', 'ABOUT', 'position:tokayev-board-of-peace-significant-step'],
      ['person:kassym-jomart-tokayev', 'country:il', 'ABOUT', 'position:tokayev-two-state-solution'],
      ['person:kassym-jomart-tokayev', 'country:us', 'TOPIC', 'position:tokayev-reliable-partner'],
    ]);
    expect(rows[5]).toMatchObject({
      link: 'STATEMENT',
      predicate: 'member_of',
      stance: null,
      date: '--01-22',
      datePrecision: 'MONTH_DAY',
      dateField: 'POINT_IN_TIME',
      quote: 'Tokayev signed the charter of the Board of Peace on Jan. 22',
    });
    expect(rows[0]).toMatchObject({ date: '--01-22', dateField: 'START_TIME' });
    expect(rows[9]).toMatchObject({
      link: 'POSITION',
      predicate: 'position_on',
      aOnBehalfOf: 'country:kz',
      stance: 'COMMITS',
      polarity: 'POSITIVE',
      date: null,
      dateField: null,
      symmetric: false,
    });
  });

  it('takes the actor kinds as an option and never pairs an actor with itself', () => {
    const withProjects = dyadsTable(mini, { actorKinds: ['company', 'project'] });
    expect(withProjects.map((r) => [r.a, r.b])).toEqual([['company:cove-capital', 'project:tungsten-deposit']]);
    for (const row of dyadsTable(seeds)) {
      expect(ACTOR_KINDS).toContain(row.aKind.toLowerCase());
      expect(ACTOR_KINDS).toContain(row.bKind.toLowerCase());
      expect(row.a).not.toBe(row.b);
    }
  });

  it('includes counterparts of literal statements', () => {
    const putin = dyadsTable(seeds).filter((r) => r.id === 'statement:putin-visit-count-kazakhstan');
    expect(putin.map((r) => [r.a, r.b, r.linkedAs, r.predicate])).toEqual([
      ['person:vladimir-putin', 'country:kz', 'COUNTERPART', 'visit_count'],
    ]);
  });
});

describe('rowsToCsv', () => {
  it('writes RFC 4180 CSV with a header, quoting where needed, null as an empty cell', () => {
    const csv = rowsToCsv([
      { id: 'a', quote: 'He said "yes", then left', n: 3, ok: true, none: null },
      { id: 'b', quote: 'two\nlines', n: 0.5, ok: false, none: null },
    ]);
    expect(csv).toBe('id,quote,n,ok,none\r\na,"He said ""yes"", then left",3,true,\r\nb,"two\nlines",0.5,false,\r\n');
    expect(rowsToCsv([], ['id', 'name'] as never)).toBe('id,name\r\n');
    expect(rowsToCsv([{ a: 1, b: 2 }], ['b'])).toBe('b\r\n2\r\n');
  });
});

describe('openGraph().tables', () => {
  it('builds the same tables as the table functions', async () => {
    const handle = await openGraph({ directory: MINI_SEEDS });
    expect(handle.tables.entities()).toEqual(entitiesTable(mini));
    expect(handle.tables.statements()).toEqual(statementsTable(mini));
    expect(handle.tables.positions()).toEqual(positionsTable(mini));
    expect(handle.tables.mentions()).toEqual(mentionsTable(mini));
    expect(handle.tables.dyads({ actorKinds: ['person', 'country'] })).toEqual(dyadsTable(mini, { actorKinds: ['person', 'country'] }));
  });
});
