import { describe, expect, it } from 'vitest';
import { formatCoverageReport } from '../../src/cli/format-coverage-report.js';
import { coverageReport } from '../../src/graph/coverage-report.js';
import { inferredFacts } from '../../src/graph/inferred-facts.js';
import { seedsGraph } from '../helpers/graphs.js';

const ARTICLE_PUBLISHED = 'statement:reliability-is-the-new-power-published-in-the-national-interest';
const AS_PRESIDENT_OF_KZ =
  'Kassym-Jomart Tokayev acts as President of Kazakhstan (statement:tokayev-holds-office-president-of-kazakhstan); ' +
  'a head of state signs, visits, meets and talks for the state.';

describe('seed dates are earned', () => {
  it('every dated position is dated by the article’s publication statement (derived, not copied)', async () => {
    const kg = await seedsGraph();
    const dated = kg.dataset.positions.filter((p) => p.date !== null);
    expect(dated).toHaveLength(45);
    expect(new Set(dated.map((p) => `${p.venue} ${p.date!.value} ${p.date!.derivedFrom} ${p.date!.inferred}`))).toEqual(
      new Set([`work:reliability-is-the-new-power --02-18 ${ARTICLE_PUBLISHED} null`]),
    );
    // The statement they derive from states the date in its own evidence (document 004).
    const source = kg.statementById.get(ARTICLE_PUBLISHED)!;
    expect(source.qualifiers.pointInTime).toMatchObject({ value: '--02-18', inferred: null, derivedFrom: null });
    expect(source.evidence.map((e) => e.quote)).toContain('published in The National Interest on Feb. 18');
  });

  it('names no event by a year only an inference supports', async () => {
    const kg = await seedsGraph();
    const names = [
      'event:central-asia-china-summit-2025',
      'event:xi-jinping-visit-kazakhstan-2025',
      'event:kazakhstan-china-talks-in-china-2025',
    ].map((id) => kg.entityById.get(id)!.name);
    expect(names).toEqual(['Central Asia–China summit', "Xi Jinping's visit to Kazakhstan", 'Kazakh–Chinese talks in China ("this fall")']);
    // …while the years their sentences state stay: "In November 2024, Vladimir Putin paid a state visit".
    expect(kg.entityById.get('event:putin-state-visit-kazakhstan-2024')!.name).toBe(
      "Vladimir Putin's state visit to Kazakhstan (November 2024)",
    );
  });
});

describe('office-holders’ acts and the states they acted for', () => {
  it('says which state each act was for, inferred with the reason', async () => {
    const kg = await seedsGraph();
    const acts = kg.dataset.statements.filter((s) => s.onBehalfOf !== null).map((s) => [s.id, s.onBehalfOf!.entity]);
    expect(acts).toEqual([
      ['statement:tokayev-putin-regular-phone-calls', 'country:kz'],
      ['statement:tokayev-putin-meet-at-international-forums', 'country:kz'],
      ['statement:putin-participates-in-state-visit-kazakhstan-2024', 'country:ru'],
      ['statement:putin-visited-kazakhstan-2024-11', 'country:ru'],
      ['statement:tokayev-spoke-with-putin-informal-conversation', 'country:kz'],
      ['statement:tokayev-discussed-rosatom-with-putin', 'country:kz'],
      ['statement:tokayev-spoke-with-trump', 'country:kz'],
      ['statement:tokayev-participates-in-working-visit-to-washington', 'country:kz'],
      ['statement:tokayev-signed-board-of-peace-charter', 'country:kz'],
      ['statement:tokayev-met-with-shehbaz-sharif', 'country:kz'],
      ['statement:tokayev-visited-pakistan', 'country:kz'],
      ['statement:tokayev-participates-in-state-visit-to-pakistan', 'country:kz'],
      ['statement:tokayev-signed-board-of-peace-charter-in-davos', 'country:kz'],
      ['statement:shehbaz-sharif-signed-board-of-peace-charter', 'country:pk'],
    ]);
    expect(kg.statementById.get('statement:tokayev-visited-pakistan')!.onBehalfOf).toEqual({
      entity: 'country:kz',
      inferred: AS_PRESIDENT_OF_KZ,
    });
  });

  it('adds the state’s own relation as an inferred statement resting on the person’s, with the person’s quote', async () => {
    const kg = await seedsGraph();
    const inferred = kg.dataset.statements
      .filter((s) => s.inferred !== null)
      .map((s) => [s.subject, s.predicate, s.object, s.inferredFrom, s.evidence.map((e) => e.quote).join(' | ')]);
    expect(inferred).toEqual([
      [
        'country:ru',
        'participates_in',
        'event:putin-state-visit-kazakhstan-2024',
        'statement:putin-participates-in-state-visit-kazakhstan-2024',
        'Vladimir Putin paid a state visit to Kazakhstan',
      ],
      [
        'country:kz',
        'signed',
        'agreement:board-of-peace-charter',
        'statement:tokayev-signed-board-of-peace-charter',
        'Tokayev signed the charter of the Board of Peace on Jan. 22',
      ],
      [
        'country:kz',
        'signed',
        'agreement:board-of-peace-charter',
        'statement:tokayev-signed-board-of-peace-charter-in-davos',
        'Together with Prime Minister Shehbaz Sharif, you signed the founding agreement of the Board of Peace in Davos.',
      ],
      [
        'country:pk',
        'signed',
        'agreement:board-of-peace-charter',
        'statement:shehbaz-sharif-signed-board-of-peace-charter',
        'Together with Prime Minister Shehbaz Sharif, you signed the founding agreement of the Board of Peace in Davos.',
      ],
      [
        'country:kz',
        'participates_in',
        'event:tokayev-state-visit-to-pakistan',
        'statement:tokayev-participates-in-state-visit-to-pakistan',
        'My first state visit to Pakistan',
      ],
    ]);
    // Each rests on an act whose onBehalfOf is the same state.
    for (const s of kg.dataset.statements.filter((x) => x.inferred !== null)) {
      expect(kg.statementById.get(s.inferredFrom!)!.onBehalfOf!.entity).toBe(s.subject);
    }
  });
});

describe('inferredFacts (stats)', () => {
  it('counts the seeds’ inferred values by field and by reason, and the derived times', async () => {
    const kg = await seedsGraph();
    const facts = inferredFacts(kg.dataset);
    expect(facts.total).toBe(33);
    expect(facts.byField).toEqual({
      'document.genre': 3,
      'document.language': 5,
      statement: 5,
      'statement.onBehalfOf': 14,
      'statement.qualifiers.pointInTime': 1,
      'statement.qualifiers.start': 2,
      'statement.value.time': 3,
    });
    expect(facts.byReason.slice(0, 4).map((r) => [r.count, r.fields])).toEqual([
      [14, { statement: 3, 'statement.onBehalfOf': 11 }],
      [3, { statement: 1, 'statement.onBehalfOf': 2 }],
      [3, { 'document.language': 3 }],
      [2, { statement: 1, 'statement.onBehalfOf': 1 }],
    ]);
    expect(facts.byReason[0]!.reason).toBe(AS_PRESIDENT_OF_KZ);
    expect(facts.byReason.reduce((n, r) => n + r.count, 0)).toBe(33);
    expect(facts.derivedTimes).toEqual({ 'position.date': 45 });
  });

  it('is part of the coverage report and of the `stats` text', async () => {
    const kg = await seedsGraph();
    const report = coverageReport(kg);
    expect(report.inferred).toEqual(inferredFacts(kg.dataset));
    const lines = formatCoverageReport(report).split('\n');
    expect(lines).toContain(
      'inferred: 33 (document.genre 3, document.language 5, statement 5, statement.onBehalfOf 14, ' +
        'statement.qualifiers.pointInTime 1, statement.qualifiers.start 2, statement.value.time 3)',
    );
    expect(lines).toContain(`  ×14 ${AS_PRESIDENT_OF_KZ} [statement 3, statement.onBehalfOf 11]`);
    expect(lines).toContain('derived times: position.date 45');
  });
});
