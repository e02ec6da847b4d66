import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../src/dataset/build-dataset.js';
import { editDistance } from '../../src/dataset/diagnostics/edit-distance.js';
import { nearestNames } from '../../src/dataset/diagnostics/nearest-names.js';
import { wordDiff } from '../../src/dataset/diagnostics/word-diff.js';
import { DatasetError, type DatasetIssue } from '../../src/errors.js';
import { TINY, tinyFiles, type TinyYaml } from '../helpers/dataset-files.js';

function reasons(overrides: TinyYaml): string[] {
  try {
    buildDataset(tinyFiles(overrides));
  } catch (error) {
    expect(error).toBeInstanceOf(DatasetError);
    return (error as DatasetError).issues.map((i: DatasetIssue) => `${i.entry ?? '-'}: ${i.reason}`);
  }
  throw new Error('expected a DatasetError');
}

describe('diagnostics that teach', () => {
  it('shows the closest passage of the document with the word differences marked', () => {
    expect(reasons({ statements: TINY.statements.replace('"Council for Peace" on Jan. 22', '"Council of Peace" on 22 Jan.') })).toEqual([
      'statement:kz-member: evidence[0]: quote not found in document:tiny: "Kazakhstan joined the "Council of Peace" on 22 Jan. - a step"; ' +
        'closest passage at 12-73: "Kazakhstan joined the “Council [-of-]{+for+} Peace” on {+Jan.+} 22 [-Jan.-] — a step" ' +
        '([-…-] only in the quote, {+…+} only in the document)',
    ]);
  });

  it('says when no passage is similar', () => {
    expect(reasons({ positions: TINY.positions.replace('We support peace', 'Quantum chromodynamics') })).toEqual([
      'position:tokayev-peace: evidence[0]: quote not found in document:tiny: "Quantum chromodynamics"; no similar passage',
    ]);
  });

  it('rejects a quote that starts or ends inside a word, naming the whole words', () => {
    expect(reasons({ positions: TINY.positions.replace('We support peace', 'We support pea') })).toEqual([
      'position:tokayev-peace: evidence[0]: quote "We support pea" starts or ends inside a word in document:tiny: the text has "We support peace" (quote whole words)',
    ]);
    expect(reasons({ positions: TINY.positions.replace('We support peace', 'akhstan joined') })).toEqual([
      'position:tokayev-peace: evidence[0]: quote "akhstan joined" starts or ends inside a word in document:tiny: the text has "Kazakhstan joined" (quote whole words)',
    ]);
  });

  it('suggests the nearest valid key, enum value, predicate, entity (also by alias) and document', () => {
    const statements = TINY.statements
      .replace('predicate: member_of', 'predicate: membr_of')
      .replace('subject: country:kz', 'subject: country:kx')
      .replace('object: organization:board-of-peace', 'object: organization:board-of-peas')
      .replace('qualifiers:', 'qualifers:');
    expect(reasons({ statements })).toEqual([
      'statement:kz-member: unknown key "qualifers" (did you mean "qualifiers"?)',
      'statement:kz-member: subject: unknown entity country:kx (did you mean "country:kz"?)',
      'statement:kz-member: object: unknown entity organization:board-of-peas (did you mean "organization:board-of-peace"?)',
      'statement:kz-member: predicate: unknown predicate "membr_of" (did you mean "member_of"?)',
    ]);
    const positions = TINY.positions
      .replace('holder: person:kassym-jomart-tokayev', 'holder: person:tokayev')
      .replace('stance: supports', 'stance: suports')
      .replace('document: document:tiny', 'document: document:tiyn');
    expect(reasons({ positions })).toEqual([
      'position:tokayev-peace: stance: "suports" is not allowed (did you mean "supports"?)',
      'position:tokayev-peace: holder: unknown entity person:tokayev (did you mean "person:kassym-jomart-tokayev"?)',
      'position:tokayev-peace: evidence[0].document: unknown document document:tiyn (did you mean "document:tiny"?)',
    ]);
  });

  it('explains a union by the form the entry was meant as', () => {
    const documents = TINY.documents.replace('quote: Board news }', 'qoute: Board news }');
    expect(reasons({ documents })).toEqual(['document:tiny: title: unknown key "qoute" (did you mean "quote"?)']);
    const statements = TINY.statements.replace(
      'object: organization:board-of-peace',
      'object: organization:board-of-peace\n  value: { amount: 3, unti: visit }',
    );
    expect(reasons({ statements })).toContain('statement:kz-member: value: unknown key "unti" (did you mean "unit"?)');
  });

  it('reports one problem for a wrong document file name, not one per quote of the document', () => {
    expect(reasons({ documents: TINY.documents.replace('file: tiny.txt', 'file: tiny.text.txt') })).toEqual([
      'document:tiny: file: documents/tiny.text.txt does not exist (the only file without an entry is "tiny.txt")',
    ]);
  });

  it('does not cascade from an entity with a shape problem to the entries that reference it', () => {
    expect(reasons({ entities: TINY.entities.replace('  aliases: [Council for Peace]', '  alias: [Council for Peace]') })).toEqual([
      'organization:board-of-peace: unknown key "alias" (did you mean "aliases"?)',
    ]);
  });

  it('reports shape and reference problems of the same entry in one round', () => {
    const statements = TINY.statements
      .replace('subject: country:kz', 'subject: country:kx')
      .replace('role: founding member', 'rol: founding member');
    expect(reasons({ statements })).toEqual([
      'statement:kz-member: qualifiers: unknown key "rol" (did you mean "role"?)',
      'statement:kz-member: subject: unknown entity country:kx (did you mean "country:kz"?)',
    ]);
  });
});

describe('edit distance and nearest names', () => {
  it('counts edits and stops past the limit', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('kitten', 'sitting', 1)).toBe(2);
    expect(editDistance('', 'abc')).toBe(3);
  });

  it('suggests only close names, best first', () => {
    expect(nearestNames('membr_of', ['member_of', 'members_of', 'visited', 'memorial'])).toEqual(['member_of']);
    expect(nearestNames('xyz', ['member_of'])).toEqual([]);
  });

  it('marks word differences like git diff --word-diff', () => {
    expect(wordDiff('the quick brown fox', 'the quick red fox jumps')).toBe('the quick [-brown-]{+red+} fox {+jumps+}');
    expect(wordDiff('a “b” c', 'a "b" c')).toBe('a "b" c');
  });
});
