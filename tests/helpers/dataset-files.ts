import type { DatasetFiles } from '../../src/dataset/build/dataset-files.js';

/** A tiny document for loader tests. */
export const TINY_TEXT = `Board news

Kazakhstan joined the “Council for Peace” on Jan. 22 — a step the U.S. welcomed.

Tokayev said: «We support peace». The President of Kazakhstan repeated it.
`;

/** Inline YAML for each file of a tiny, valid dataset; tests override one file to inject a mistake. */
export interface TinyYaml {
  documents?: string;
  vocabulary?: string;
  entities?: string;
  statements?: string;
  positions?: string;
  coverage?: string;
  text?: string;
}

export const TINY: Required<TinyYaml> = {
  documents: `- id: document:tiny
  file: tiny.txt
  title: { value: Board news, quote: Board news }
  published: null
`,
  vocabulary: `- id: member_of
  label: member of
  inverse: has member
  subject: [country]
  object: [organization]
- id: visit_count
  label: number of visits
  inverse: number of visits by
  subject: [person]
  value: quantity
`,
  entities: `- id: country:kz
  kind: country
  name: Kazakhstan
  aliases: [Kazakhstan]
  attributes: { iso2: KZ }
- id: country:us
  kind: country
  name: United States
  aliases: [U.S.]
  attributes: { iso2: US }
- id: organization:board-of-peace
  kind: organization
  name: Board of Peace
  aliases: [Council for Peace]
- id: person:kassym-jomart-tokayev
  kind: person
  name: Kassym-Jomart Tokayev
  aliases: [Tokayev]
  lookupAliases: [Tokaev]
- id: office:president-of-kazakhstan
  kind: office
  name: President of Kazakhstan
  aliases: [President of Kazakhstan]
- id: topic:peace
  kind: topic
  name: Peace
  aliases: [peace]
`,
  statements: `- id: statement:kz-member
  subject: country:kz
  predicate: member_of
  object: organization:board-of-peace
  qualifiers: { start: "--01-22", role: founding member }
  evidence:
    - document: document:tiny
      quote: 'Kazakhstan joined the "Council for Peace" on Jan. 22 - a step'
`,
  positions: `- id: position:tokayev-peace
  holder: person:kassym-jomart-tokayev
  onBehalfOf: country:kz
  topic: topic:peace
  stance: supports
  polarity: positive
  summary: Supports peace.
  speech: direct
  evidence:
    - document: document:tiny
      quote: We support peace
`,
  coverage: '',
  text: TINY_TEXT,
};

/** In-memory dataset files built from {@link TINY}, with `overrides` replacing whole files. */
export function tinyFiles(overrides: TinyYaml = {}): DatasetFiles {
  const y = { ...TINY, ...overrides };
  return {
    directory: '/tiny',
    documentsYaml: { path: 'documents.yaml', text: y.documents },
    texts: new Map([['tiny.txt', { path: 'documents/tiny.txt', text: y.text }]]),
    vocabulary: [{ path: 'vocabulary/predicates.yaml', text: y.vocabulary }],
    entities: [{ path: 'entities/entities.yaml', text: y.entities }],
    statements: [{ path: 'statements/statements.yaml', text: y.statements }],
    positions: [{ path: 'positions/positions.yaml', text: y.positions }],
    coverage: y.coverage ? { path: 'coverage.yaml', text: y.coverage } : null,
  };
}
