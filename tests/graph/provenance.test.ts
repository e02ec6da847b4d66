import { describe, expect, it } from 'vitest';
import { InvalidArgumentError, UnknownEntityError } from '../../src/errors.js';
import { coMentions, type CoMention } from '../../src/graph/co-mentions.js';
import { entityMentionsByDocument, entitySupportByDocument } from '../../src/graph/documents-of-entity.js';
import { provenance } from '../../src/graph/provenance.js';
import { singleSourcePositions } from '../../src/graph/single-source-positions.js';
import { singleSourceStatements } from '../../src/graph/single-source-statements.js';
import { tinyGraph } from '../helpers/tiny-graph.js';

const kg = tinyGraph({
  edges: [
    ['person:ann', 'knows', 'person:bob', { id: 'both', documents: ['alpha', 'beta'] }],
    ['person:ann', 'likes', 'person:cat', { id: 'alpha-only', documents: ['alpha'] }],
    ['person:bob', 'knows', 'person:cat', { id: 'beta-only', documents: ['beta'] }],
  ],
  positions: [
    { id: 'single', holder: 'person:ann', topic: 'person:cat', documents: ['alpha'] },
    { id: 'double', holder: 'person:bob', topic: 'person:ann', documents: ['alpha', 'beta'] },
  ],
  paragraphs: {
    notes: ['Ann met Bob and Cat in the city.', 'Ann called Bob twice: Bob answered.', 'Dan stayed home.'],
    other: ['Ann and Dan.'],
  },
  entities: ['person:dan'],
});

const ids = (items: ReadonlyArray<{ id: string }>): string[] => items.map((i) => i.id);

describe('provenance', () => {
  it('groups evidence by supporting document, each quote at its offsets', () => {
    const found = provenance(kg, 'statement:both');
    expect(found?.statement?.id).toBe('statement:both');
    expect(found?.position).toBeNull();
    expect(found?.sources.map((s) => s.document)).toEqual(['document:alpha', 'document:beta']);
    for (const source of found!.sources) {
      const text = kg.documentById.get(source.document)!.text;
      for (const e of source.evidence) expect(text.slice(e.start, e.end)).toBe('Ann knows Bob (record both)');
    }
    expect(provenance(kg, 'position:single')?.sources.map((s) => s.document)).toEqual(['document:alpha']);
    expect(provenance(kg, 'position:single')?.statement).toBeNull();
    expect(provenance(kg, 'statement:nope')).toBeNull();
  });

  it('single-source statements are exactly those with one distinct document', () => {
    expect(ids(singleSourceStatements(kg))).toEqual(['statement:alpha-only', 'statement:beta-only']);
    expect(ids(singleSourceStatements(kg, { document: 'document:alpha' }))).toEqual(['statement:alpha-only']);
    expect(ids(singleSourceStatements(kg, { document: 'document:beta', predicate: 'knows' }))).toEqual(['statement:beta-only']);
    expect(ids(singleSourceStatements(kg, { predicate: 'likes' }))).toEqual(['statement:alpha-only']);
    expect(singleSourceStatements(kg, { document: 'document:nope' })).toEqual([]);
    expect(() => singleSourceStatements(kg, { predicate: 'nope' })).toThrow(InvalidArgumentError);
  });

  it('single-source positions likewise', () => {
    expect(ids(singleSourcePositions(kg))).toEqual(['position:single']);
    expect(ids(singleSourcePositions(kg, { holder: 'Bob' }))).toEqual([]);
    expect(ids(singleSourcePositions(kg, { holder: 'Ann', document: 'document:alpha' }))).toEqual(['position:single']);
    expect(singleSourcePositions(kg, { document: 'document:beta' })).toEqual([]);
    expect(() => singleSourcePositions(kg, { holder: 'Atlantis' })).toThrow('holder: no entity is named "Atlantis"');
  });
});

describe('documents of an entity', () => {
  it('lists the mentions per document, most first (ties in dataset order), each at its offsets', () => {
    const found = entityMentionsByDocument(kg, 'Bob');
    expect(found.map((d) => [d.document.id, d.mentions.length])).toEqual([
      ['document:beta', 3],
      ['document:notes', 3],
      ['document:alpha', 2],
    ]);
    for (const { document, mentions } of found) for (const m of mentions) expect(document.text.slice(m.start, m.end)).toBe('Bob');
    expect(() => entityMentionsByDocument(kg, 'Atlantis')).toThrow(UnknownEntityError);
  });

  it('lists the facts each document supports, most first', () => {
    const found = entitySupportByDocument(kg, 'person:ann');
    expect(found.map((d) => [d.document.id, ids(d.statements), ids(d.positions)])).toEqual([
      ['document:alpha', ['statement:both', 'statement:alpha-only'], ['position:single', 'position:double']],
      ['document:beta', ['statement:both'], ['position:double']],
    ]);
    expect(() => entitySupportByDocument(kg, 'Atlantis')).toThrow(UnknownEntityError);
  });
});

describe('coMentions', () => {
  const summary = (found: readonly CoMention[]): string[] =>
    found.map(
      (c) => `${c.entity} ${c.contexts.length}/${c.mentionCount} ${c.contexts.map((x) => `${x.document}#${x.paragraph}`).join(' ')}`,
    );

  it('counts shared paragraphs, then mentions in them', () => {
    expect(summary(coMentions(kg, 'person:dan'))).toEqual(['person:ann 1/1 document:other#0']);
    expect(summary(coMentions(kg, 'Ann'))).toEqual([
      'person:bob 6/7 document:alpha#0 document:alpha#3 document:beta#0 document:beta#2 document:notes#0 document:notes#1',
      'person:cat 3/3 document:alpha#1 document:alpha#2 document:notes#0',
      'person:dan 1/1 document:other#0',
    ]);
  });

  it('counts shared documents with the document scope', () => {
    expect(summary(coMentions(kg, 'person:dan', { scope: 'document' }))).toEqual([
      'person:ann 2/3 document:notes#null document:other#null',
      'person:bob 1/3 document:notes#null',
      'person:cat 1/1 document:notes#null',
    ]);
  });

  it('filters by kind, bounds the list and rejects an unknown entity', () => {
    expect(coMentions(kg, 'person:dan', { kinds: ['organization'] })).toEqual([]);
    expect(coMentions(kg, 'person:dan', { scope: 'document', first: 1 }).map((c) => c.entity)).toEqual(['person:ann']);
    expect(() => coMentions(kg, 'Atlantis')).toThrow('entity: no entity is named "Atlantis"');
    expect(() => coMentions(kg, 'person:dan', { first: -1 })).toThrow(InvalidArgumentError);
  });
});
