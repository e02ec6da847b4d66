import { describe, expect, it } from 'vitest';
import type { Evidence, Position, Statement, TimeValue } from '../../src/dataset/model.js';
import { coverageReport } from '../../src/graph/coverage-report.js';
import type { KnowledgeGraph } from '../../src/graph/knowledge-graph.js';
import { resolveEntity } from '../../src/graph/resolve-entity.js';
import { seedsGraph } from '../helpers/graphs.js';

const DOC = {
  d000: 'document:tokaev-reliable-partner-usa',
  d001: 'document:tokayev-pragmatism-responsibility',
  d002: 'document:nca-ana-tili-interview',
  d003: 'document:kazakh-leader-applauds-trump',
  d004: 'document:tokayev-explains-board-of-peace',
} as const;

interface Triple {
  readonly subject: string;
  readonly predicate: string;
  readonly object?: string;
}

/** The one statement with this subject, predicate and (if given) object; fails when there is not exactly one. */
function statement(kg: KnowledgeGraph, { subject, predicate, object }: Triple): Statement {
  const found = (kg.statementsBySubject.get(subject) ?? []).filter(
    (s) => s.predicate === predicate && (object === undefined || s.object === object),
  );
  expect(found, `${subject} ${predicate} ${object ?? ''}`).toHaveLength(1);
  return found[0] as Statement;
}

/** The positions of a holder on a topic with a stance. */
function positions(kg: KnowledgeGraph, holder: string, topic: string, stance: Position['stance']): Position[] {
  return (kg.positionsByHolder.get(holder) ?? []).filter((p) => p.topic === topic && p.stance === stance);
}

/** Asserts that `item` cites `quote` from `document`, and that the quote sits at its offsets in the text. */
function expectEvidence(kg: KnowledgeGraph, item: { readonly evidence: readonly Evidence[] }, document: string, quote: string): Evidence {
  const evidence = item.evidence.find((e) => e.document === document && e.quote === quote);
  expect(evidence, `${document}: ${quote}`).toBeDefined();
  const e = evidence as Evidence;
  const text = kg.documentById.get(document)?.text ?? '';
  expect(text.slice(e.start, e.end)).toBe(quote);
  return e;
}

const documentsOf = (item: { readonly evidence: readonly Evidence[] }): string[] =>
  [...new Set(item.evidence.map((e) => e.document))].sort();

const time = (t: TimeValue | null): (Pick<TimeValue, 'value' | 'precision' | 'year'> & { inferred: boolean }) | null =>
  t === null ? null : { value: t.value, precision: t.precision, year: t.year, inferred: t.inferred !== null };

describe('seed facts, document 000 (the translation of "Reliability Is the New Power")', () => {
  it('Kazakhstan joins the Council for Peace as a founding member; the start date is inferred from the signing', async () => {
    const kg = await seedsGraph();
    const s = statement(kg, { subject: 'country:kz', predicate: 'member_of', object: 'organization:board-of-peace' });
    expect(s.qualifiers.role).toBe('founding member');
    expect(time(s.qualifiers.start)).toEqual({ value: '--01-22', precision: 'monthDay', year: null, inferred: true });
    expectEvidence(kg, s, DOC.d000, 'prompted us to decide to join the Council for Peace');
    expectEvidence(kg, s, DOC.d004, 'Kazakhstan became one of 19 founding countries');
  });

  it('GDP per capita reached $15,000', async () => {
    const kg = await seedsGraph();
    const s = statement(kg, { subject: 'country:kz', predicate: 'gdp_per_capita' });
    expect(s.value).toEqual({ type: 'quantity', amount: 15000, unit: 'USD', comparator: 'reached' });
    expect(documentsOf(s)).toEqual([DOC.d000, DOC.d001]);
    expectEvidence(kg, s, DOC.d000, 'GDP per capita reaching $15,000');
    expectEvidence(kg, s, DOC.d001, 'GDP per capita has reached $15,000');
  });

  it('Cove Capital, an American company, takes part in developing the tungsten deposit in Kazakhstan', async () => {
    const kg = await seedsGraph();
    const part = statement(kg, { subject: 'company:cove-capital', predicate: 'participates_in', object: 'project:tungsten-deposit' });
    expectEvidence(kg, part, DOC.d000, 'with the participation of the American company Cove Capital');
    expectEvidence(kg, part, DOC.d004, 'in partnership with the American company Cove Capital');
    const origin = statement(kg, { subject: 'company:cove-capital', predicate: 'country_of_origin', object: 'country:us' });
    expectEvidence(kg, origin, DOC.d000, 'the American company Cove Capital');
    const where = statement(kg, { subject: 'project:tungsten-deposit', predicate: 'located_in', object: 'country:kz' });
    expectEvidence(kg, where, DOC.d000, 'a major tungsten deposit in Kazakhstan');
  });

  it('the Board of Peace is a significant step forward: one position of the article, cited by 000, 001 and 004', async () => {
    const kg = await seedsGraph();
    const found = positions(kg, 'person:kassym-jomart-tokayev', 'organization:board-of-peace', 'supports').filter((p) =>
      p.evidence.some((e) => e.quote === 'He welcomed the creation of the Board of Peace'),
    );
    expect(found).toHaveLength(1);
    const p = found[0] as Position;
    expect(p).toMatchObject({
      onBehalfOf: 'country:kz',
      polarity: 'positive',
      speech: 'direct',
      venue: 'work:reliability-is-the-new-power',
    });
    expect(time(p.date)).toEqual({ value: '--02-18', precision: 'monthDay', year: null, inferred: false });
    expect(documentsOf(p)).toEqual([DOC.d000, DOC.d001, DOC.d004].sort());
    expectEvidence(kg, p, DOC.d000, 'Council for Peace, supported by the UN, is a significant step forward');
    expectEvidence(kg, p, DOC.d004, 'represents a significant step forward in efforts to end multiple conflicts');
  });
});

describe('seed facts, document 001 (summary of the article)', () => {
  it('Tokayev welcomed the Board of Peace (reported by 001)', async () => {
    const kg = await seedsGraph();
    const [p] = positions(kg, 'person:kassym-jomart-tokayev', 'organization:board-of-peace', 'supports').filter((x) =>
      x.evidence.some((e) => e.document === DOC.d001),
    );
    expect(p).toBeDefined();
    expectEvidence(kg, p as Position, DOC.d001, 'He welcomed the creation of the Board of Peace');
  });

  it('he wrote ahead of his working visit to Washington, D.C.', async () => {
    const kg = await seedsGraph();
    const s = statement(kg, {
      subject: 'person:kassym-jomart-tokayev',
      predicate: 'participates_in',
      object: 'event:working-visit-to-washington',
    });
    expect(s.qualifiers.pointInTime).toBeNull();
    expectEvidence(kg, s, DOC.d001, 'Writing ahead of his working visit to Washington, D.C.');
    const where = statement(kg, { subject: 'event:working-visit-to-washington', predicate: 'located_in', object: 'place:washington' });
    expectEvidence(kg, where, DOC.d001, 'his working visit to Washington, D.C.');
  });
});

describe('seed facts, document 002 (nCa on the Ana tili interview)', () => {
  it('is dated 2025-01-03', async () => {
    const kg = await seedsGraph();
    const doc = kg.documentById.get(DOC.d002);
    expect(doc?.published?.value).toBe('2025-01-03');
    expect(time(doc?.publishedTime ?? null)).toEqual({ value: '2025-01-03', precision: 'day', year: 2025, inferred: false });
  });

  it('Putin has made 33 visits to Kazakhstan', async () => {
    const kg = await seedsGraph();
    const s = statement(kg, { subject: 'person:vladimir-putin', predicate: 'visit_count' });
    expect(s.value).toEqual({ type: 'quantity', amount: 33, unit: 'visit', comparator: 'exact' });
    expect(s.qualifiers.counterpart).toBe('country:kz');
    expectEvidence(kg, s, DOC.d002, 'Putin had made 33 visits to Kazakhstan');
  });

  it('OTS trade exceeded $45 billion in 2024 (stated year); Kazakhstan chaired the OTS "last year" (inferred year)', async () => {
    const kg = await seedsGraph();
    const trade = statement(kg, { subject: 'organization:ots', predicate: 'trade_volume' });
    expect(trade.value).toEqual({ type: 'quantity', amount: 45_000_000_000, unit: 'USD', comparator: 'exceeded' });
    expect(time(trade.qualifiers.pointInTime)).toEqual({ value: '2024', precision: 'year', year: 2024, inferred: false });
    expectEvidence(kg, trade, DOC.d002, 'in 2024 the volume of mutual trade turnover exceeded $ 45 billion');
    const chair = statement(kg, { subject: 'country:kz', predicate: 'chairs', object: 'organization:ots' });
    expect(chair.qualifiers.role).toBe('chair nation');
    expect(time(chair.qualifiers.pointInTime)).toEqual({ value: '2024', precision: 'year', year: 2024, inferred: true });
    const member = statement(kg, { subject: 'country:kz', predicate: 'member_of', object: 'organization:ots' });
    expectEvidence(kg, member, DOC.d002, 'Kazakhstan stood at the origins of the creation of this organization');
  });

  it('Kazakh–Chinese relations have reached the level of eternal strategic partnership', async () => {
    const kg = await seedsGraph();
    const s = statement(kg, { subject: 'country:kz', predicate: 'relation_with', object: 'country:cn' });
    expect(s.qualifiers.characterization).toBe('eternal strategic partnership');
    expectEvidence(kg, s, DOC.d002, 'it has reached the level of eternal strategic partnership');
  });

  it('Xi Jinping’s 2025 visit is dated by inference, the November 2024 state visit by the text', async () => {
    const kg = await seedsGraph();
    const xi = statement(kg, { subject: 'event:xi-jinping-visit-kazakhstan-2025', predicate: 'point_in_time' });
    expect(xi.value?.type === 'time' && time(xi.value.time)).toEqual({ value: '2025', precision: 'year', year: 2025, inferred: true });
    const putin = statement(kg, { subject: 'event:putin-state-visit-kazakhstan-2024', predicate: 'point_in_time' });
    expect(putin.value?.type === 'time' && time(putin.value.time)).toEqual({
      value: '2024-11',
      precision: 'month',
      year: 2024,
      inferred: false,
    });
  });
});

describe('seed facts, document 003 (The Caspian Post on the News International interview)', () => {
  it('diplomatic relations with Pakistan since 1992', async () => {
    const kg = await seedsGraph();
    const s = statement(kg, { subject: 'country:kz', predicate: 'relation_with', object: 'country:pk' });
    expect(time(s.qualifiers.start)).toEqual({ value: '1992', precision: 'year', year: 1992, inferred: false });
    expectEvidence(
      kg,
      s,
      DOC.d003,
      'Since the establishment of diplomatic relations in 1992, our two countries have worked together on many issues and projects of common interest.',
    );
  });

  it('more than 60 bilateral documents were signed during the state visit to Pakistan', async () => {
    const kg = await seedsGraph();
    const s = statement(kg, { subject: 'event:tokayev-state-visit-to-pakistan', predicate: 'documents_signed_count' });
    expect(s.value).toEqual({ type: 'quantity', amount: 60, unit: 'document', comparator: 'more_than' });
    expectEvidence(kg, s, DOC.d003, 'During the visit, governments and businesses signed more than 60 bilateral documents');
  });

  it('proposes a 120-year lease of Greenland', async () => {
    const kg = await seedsGraph();
    const found = positions(kg, 'person:kassym-jomart-tokayev', 'project:greenland-lease-proposal', 'proposes');
    expect(found).toHaveLength(1);
    const p = found[0] as Position;
    expect(p).toMatchObject({ speech: 'direct', venue: 'work:news-international-interview', date: null });
    expect(p.about).toEqual(expect.arrayContaining(['territory:greenland', 'country:us', 'country:dk']));
    expectEvidence(
      kg,
      p,
      DOC.d003,
      'As a practical option, it is suggested that the US and Denmark consider a 120-year leasing arrangement for Greenland.',
    );
    const term = statement(kg, { subject: 'project:greenland-lease-proposal', predicate: 'lease_term' });
    expect(term.value).toEqual({ type: 'quantity', amount: 120, unit: 'year', comparator: 'exact' });
  });

  it('the Board of Peace implements UN Security Council Resolution 2803', async () => {
    const kg = await seedsGraph();
    const s = statement(kg, { subject: 'organization:board-of-peace', predicate: 'implements', object: 'agreement:unsc-resolution-2803' });
    expectEvidence(kg, s, DOC.d003, 'this initiative implements United Nations Security Council Resolution 2803');
  });
});

describe('seed facts, document 004 (report of the article)', () => {
  it('19 founding countries, among them Saudi Arabia', async () => {
    const kg = await seedsGraph();
    const count = statement(kg, { subject: 'organization:board-of-peace', predicate: 'founding_member_count' });
    expect(count.value).toEqual({ type: 'quantity', amount: 19, unit: 'country', comparator: 'exact' });
    expectEvidence(kg, count, DOC.d004, 'one of 19 founding countries');
    const sa = statement(kg, { subject: 'country:sa', predicate: 'member_of', object: 'organization:board-of-peace' });
    expect(sa.qualifiers.role).toBe('founding member');
    expectEvidence(kg, sa, DOC.d004, 'one of 19 founding countries, alongside Saudi Arabia');
  });

  it('the charter was signed on Jan. 22, year unknown; the Davos signing of document 003 stays a separate statement', async () => {
    const kg = await seedsGraph();
    const signed = (kg.statementsBySubject.get('person:kassym-jomart-tokayev') ?? []).filter(
      (s) => s.predicate === 'signed' && s.object === 'agreement:board-of-peace-charter',
    );
    expect(signed).toHaveLength(2);
    const jan22 = signed.find((s) => s.qualifiers.pointInTime !== null) as Statement;
    expect(time(jan22.qualifiers.pointInTime)).toEqual({ value: '--01-22', precision: 'monthDay', year: null, inferred: false });
    expect(jan22.qualifiers.location).toBeNull();
    expect(documentsOf(jan22)).toEqual([DOC.d004]);
    expectEvidence(kg, jan22, DOC.d004, 'Tokayev signed the charter of the Board of Peace on Jan. 22');
    const davos = signed.find((s) => s.qualifiers.location !== null) as Statement;
    expect(davos.qualifiers.location).toBe('place:davos');
    expect(davos.qualifiers.pointInTime).toBeNull();
    expect(documentsOf(davos)).toEqual([DOC.d003]);
  });

  it('the article was published in The National Interest on Feb. 18, year unknown', async () => {
    const kg = await seedsGraph();
    const s = statement(kg, {
      subject: 'work:reliability-is-the-new-power',
      predicate: 'published_in',
      object: 'outlet:the-national-interest',
    });
    expect(time(s.qualifiers.pointInTime)).toEqual({ value: '--02-18', precision: 'monthDay', year: null, inferred: false });
    expectEvidence(kg, s, DOC.d004, 'published in The National Interest on Feb. 18');
  });
});

describe('seed facts stated by several documents are one statement', () => {
  it.each([
    [{ subject: 'country:kz', predicate: 'party_to', object: 'agreement:abraham-accords' }, [DOC.d000, DOC.d001, DOC.d003]],
    [{ subject: 'country:kz', predicate: 'relation_with', object: 'country:il' }, [DOC.d001, DOC.d003, DOC.d004]],
    [
      { subject: 'person:kassym-jomart-tokayev', predicate: 'holds_office', object: 'office:president-of-kazakhstan' },
      [DOC.d000, DOC.d002, DOC.d003],
    ],
    [
      { subject: 'person:donald-trump', predicate: 'holds_office', object: 'office:president-of-the-united-states' },
      [DOC.d001, DOC.d002, DOC.d003, DOC.d004],
    ],
    [{ subject: 'country:kz', predicate: 'pursues', object: 'project:political-reform' }, [DOC.d000, DOC.d001, DOC.d003]],
    [
      { subject: 'project:political-reform', predicate: 'follows_principle', object: 'topic:strong-president-principle' },
      [DOC.d000, DOC.d001, DOC.d003],
    ],
  ])('%o', async (triple, documents) => {
    const kg = await seedsGraph();
    const s = statement(kg, triple);
    expect(documentsOf(s)).toEqual([...documents].sort());
    expect(s.evidence).toHaveLength(documents.length);
  });

  it('Kazakhstan, the largest economy in Central Asia, in all four documents that say so', async () => {
    const kg = await seedsGraph();
    const found = (kg.statementsBySubject.get('country:kz') ?? []).filter(
      (s) => s.predicate === 'described_as' && s.value?.type === 'string' && /largest economy/.test(s.value.text),
    );
    expect(found).toHaveLength(1);
    const s = found[0] as Statement;
    expect(s.value).toEqual({ type: 'string', text: 'the largest economy in Central Asia' });
    expect(documentsOf(s)).toEqual([DOC.d000, DOC.d001, DOC.d002, DOC.d003].sort());
    expectEvidence(kg, s, DOC.d002, 'the great importance of our country as the largest economy in the Central Asian region');
    expectEvidence(kg, s, DOC.d003, 'Today, Kazakhstan remains the largest economy in Central Asia.');
  });

  it('no two statements share subject, predicate and object or value, except the documented ones', async () => {
    const kg = await seedsGraph();
    const groups = new Map<string, string[]>();
    for (const s of kg.dataset.statements) {
      const key = [s.subject, s.predicate, s.object ?? JSON.stringify(s.value)].join(' ');
      groups.set(key, [...(groups.get(key) ?? []), s.id]);
    }
    const repeated = [...groups.entries()].filter(([, ids]) => ids.length > 1).map(([key]) => key);
    expect(repeated.sort()).toEqual([
      // Kazakhstan's own signature, inferred from each of Tokayev's two (below).
      'country:kz signed agreement:board-of-peace-charter',
      // The Jan. 22 signing (document 004) and the Davos signing (document 003): neither text supports the other's qualifier.
      'person:kassym-jomart-tokayev signed agreement:board-of-peace-charter',
      // Three different conversations in document 002: regular phone calls, the four-hour talk, the talk about Rosatom.
      'person:kassym-jomart-tokayev spoke_with person:vladimir-putin',
    ]);
  });
});

describe('seed positions read the right way round', () => {
  it('advocating negotiations on the Russia–Ukraine war is a position on diplomacy about the war, not support for the war', async () => {
    const kg = await seedsGraph();
    const onWar = kg.dataset.positions.filter((p) => p.topic === 'topic:russia-ukraine-war');
    expect(onWar.filter((p) => p.stance !== 'assesses')).toEqual([]);
    const diplomacy = kg.dataset.positions.filter((p) => p.topic === 'topic:diplomacy' && p.about.includes('topic:russia-ukraine-war'));
    expect(diplomacy.map((p) => [p.stance, p.polarity, p.venue])).toEqual([
      ['supports', 'positive', 'work:ana-tili-interview'],
      ['supports', 'positive', 'work:news-international-interview'],
      ['supports', 'positive', 'work:news-international-interview'],
    ]);
    const [noMediator] = positions(kg, 'person:kassym-jomart-tokayev', 'topic:mediation', 'rejects').filter((p) =>
      p.evidence.some((e) => e.document === DOC.d003),
    );
    expectEvidence(kg, noMediator as Position, DOC.d003, 'Kazakhstan does not seek a mediating role');
  });
});

describe('seed quotes, coverage and aliases', () => {
  it('every evidence quote sits at its offsets', async () => {
    const kg = await seedsGraph();
    const squash = (s: string): string =>
      s
        .replace(/[“”«»]/g, '"')
        .replace(/[‘’]/g, "'")
        .replace(/[–—]/g, '-')
        .replace(/\s+/g, ' ');
    for (const item of [...kg.dataset.statements, ...kg.dataset.positions]) {
      for (const e of item.evidence) {
        const text = kg.documentById.get(e.document)?.text ?? '';
        expect(text.slice(e.start, e.end), item.id).toBe(e.exact);
        expect(squash(e.exact), item.id).toBe(squash(e.quote));
      }
    }
  });

  it('every document has no uncovered paragraph and no unlinked name', async () => {
    const report = coverageReport(await seedsGraph());
    expect(Object.keys(report.documents).sort()).toEqual(Object.values(DOC).sort());
    for (const [document, coverage] of Object.entries(report.documents)) {
      expect(coverage.uncoveredParagraphs, document).toEqual([]);
    }
    expect(report.unlinkedNames).toEqual([]);
    for (const excused of [...report.excusedNames, ...Object.values(report.documents).flatMap((d) => d.excusedParagraphs)]) {
      expect(excused.reason.length).toBeGreaterThan(10);
    }
  });

  it.each([
    ['Council for Peace', 'organization:board-of-peace'],
    ['Tokaev', 'person:kassym-jomart-tokayev'],
    ['OTS', 'organization:ots'],
    ['Organization of Turkic States', 'organization:ots'],
    ['Акорды', 'organization:akorda'],
    ['White House', 'organization:white-house'],
    ['Gaza', 'territory:gaza'],
  ])('resolves %s', async (alias, id) => {
    expect(resolveEntity(await seedsGraph(), alias)?.id).toBe(id);
  });

  it.each([
    ['country:tm', DOC.d003],
    ['country:af', DOC.d003],
    ['region:asia', DOC.d000],
    ['region:europe', DOC.d000],
  ])('%s is mentioned in %s', async (entity, document) => {
    const kg = await seedsGraph();
    expect((kg.mentionsByEntity.get(entity) ?? []).some((m) => m.document === document)).toBe(true);
  });
});
