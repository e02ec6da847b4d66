/**
 * Synthetic dataset generator in the curated seeds/ format (see seeds/README.md), for the scale
 * benchmark. Deterministic (seeded PRNG): the same arguments write the same bytes.
 *
 * Shape at `statements = N`: N / 10 entities (countries first: they are the hubs), N / 50
 * documents, N / 10 positions. Subjects, objects, holders and topics are drawn from a Zipf-like
 * (log-uniform rank) distribution, so degrees follow a power law: the top entity takes part in
 * roughly 1 / ln(entities) of all statements, the median one in a handful. Every quote is
 * written into its document's text (some with typographic quotes or dashes the loader must
 * tolerate), and every alias occurs in at least one document.
 *
 * Usage: `tsx bench/synthetic/generate.ts <statements> <directory>`
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ENTITY_KINDS, type EntityKind } from '../../src/dataset/model.js';
import { normalizeAlias } from '../../src/dataset/normalize-alias.js';

/** What {@link generateDataset} wrote. */
export interface GeneratedDataset {
  readonly directory: string;
  readonly statements: number;
  readonly entities: number;
  readonly documents: number;
  readonly positions: number;
  readonly bytes: number;
  /** Entity ids useful to query: the top hub, a typical (median-rank) node, a leaf-ish node. */
  readonly hub: string;
  readonly typical: string;
  /** An alias of {@link typical}, for lookups. */
  readonly typicalAlias: string;
  readonly leaf: string;
}

/** Mulberry32: a small, fast, seeded PRNG. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const CONSONANTS = 'bcdfghjklmnprstvwxz';
const VOWELS = 'aeiou';
/** A pronounceable word for `n`: fixed-width consonant–vowel syllables, so distinct n give distinct words. */
function word(n: number, syllables = 3): string {
  let out = '';
  let rest = n;
  for (let i = 0; i < syllables; i++) {
    const s = rest % (CONSONANTS.length * VOWELS.length);
    rest = Math.floor(rest / (CONSONANTS.length * VOWELS.length));
    out += `${CONSONANTS[s % CONSONANTS.length]}${VOWELS[Math.floor(s / CONSONANTS.length)]}`;
  }
  return out;
}
const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

const NOUNS: Partial<Record<EntityKind, readonly string[]>> = {
  organization: ['Union', 'Council', 'Forum', 'Organization', 'Assembly'],
  company: ['Holdings', 'Group', 'Industries'],
  topic: ['Reform', 'Security', 'Trade', 'Energy Policy', 'Water Policy'],
  event: ['Summit', 'Visit', 'Conference', 'Talks'],
  agreement: ['Accord', 'Treaty', 'Charter', 'Declaration'],
  project: ['Corridor', 'Initiative', 'Pipeline'],
  place: ['City', 'Port', 'Valley'],
  region: ['Basin', 'Steppe'],
  office: ['Presidency', 'Ministry'],
  outlet: ['Herald', 'Times', 'Gazette'],
  territory: ['Strip', 'Islands'],
  work: ['Interview', 'Article'],
};
const NON_COUNTRY_KINDS: readonly EntityKind[] = ENTITY_KINDS.filter((k) => k !== 'country');
const FIRST_NAMES = ['Amira', 'Bolat', 'Dana', 'Erlan', 'Gulnar', 'Ivan', 'Marat', 'Nadia', 'Omar', 'Saule', 'Timur', 'Zhanna'];

interface SyntheticEntity {
  readonly id: string;
  readonly kind: EntityKind;
  readonly name: string;
  readonly aliases: readonly string[];
  readonly iso2?: string;
}

const PREDICATES = [
  { id: 'cooperates_with', label: 'cooperates with', inverse: 'cooperates with', verb: 'agreed to cooperate with', symmetric: true },
  { id: 'member_of', label: 'member of', inverse: 'has member', verb: 'joined', symmetric: false },
  { id: 'met_with', label: 'met with', inverse: 'met with', verb: 'held talks with', symmetric: true },
  { id: 'signed', label: 'signed', inverse: 'signed by', verb: 'signed a document with', symmetric: false },
  { id: 'supports', label: 'supports', inverse: 'supported by', verb: 'expressed support for', symmetric: false },
  { id: 'located_in', label: 'located in', inverse: 'location of', verb: 'is based in', symmetric: false },
] as const;
const QUANTITY_PREDICATE = { id: 'trade_volume', label: 'trade volume', inverse: 'trade volume of', verb: 'reported trade worth' };
const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;
const STANCES = ['supports', 'opposes', 'proposes', 'commits', 'assesses', 'rejects', 'hopes', 'expects'] as const;
const POLARITY_OF: Record<(typeof STANCES)[number], string> = {
  supports: 'positive',
  opposes: 'negative',
  proposes: 'positive',
  commits: 'positive',
  assesses: 'neutral',
  rejects: 'negative',
  hopes: 'positive',
  expects: 'neutral',
};

/** YAML double-quoted scalar (the generated text has no backslashes or control characters). */
const q = (s: string): string => `"${s.replace(/"/g, '\\"')}"`;
const pad = (n: number, width: number): string => String(n).padStart(width, '0');

/** Entities, records and files per YAML file. */
const PER_FILE = 10_000;

/** The generator's state: sizes, the entities, the seeded draws, and each document's sentences so far. */
interface Draft {
  readonly statementCount: number;
  readonly entityCount: number;
  readonly documentCount: number;
  readonly positionCount: number;
  readonly countryCount: number;
  /** Digits of a statement or position number in its id. */
  readonly idWidth: number;
  readonly entities: readonly SyntheticEntity[];
  /** Indexes of the persons in {@link entities}. */
  readonly persons: readonly number[];
  readonly random: () => number;
  /** Sentences of each document, in order: every quote is written into its document. */
  readonly docSentences: string[][];
}

/** Writes a synthetic dataset with `statementCount` statements into `directory` (replacing it). */
export async function generateDataset(statementCount: number, directory: string, seed = 20250103): Promise<GeneratedDataset> {
  const entityCount = Math.max(20, Math.round(statementCount / 10));
  const documentCount = Math.max(2, Math.round(statementCount / 50));
  const countryCount = Math.min(26 * 26, Math.max(5, Math.round(entityCount * 0.05)));
  const { entities, persons } = syntheticEntities(entityCount, countryCount);
  const draft: Draft = {
    statementCount,
    entityCount,
    documentCount,
    positionCount: Math.max(5, Math.round(statementCount / 10)),
    countryCount,
    idWidth: String(statementCount).length,
    entities,
    persons,
    random: prng(seed),
    docSentences: Array.from({ length: documentCount }, () => []),
  };
  // Every alias occurs in some document: a roster sentence per entity, spread over the documents.
  entities.forEach((e, i) => {
    draft.docSentences[i % documentCount]?.push(`Among those present was ${e.aliases.join(', also called ')}.`);
  });
  const statementLines = syntheticStatements(draft);
  const positionLines = syntheticPositions(draft);
  const bytes = await writeDraft(directory, draft, statementLines, positionLines);
  const typical = entities[countryCount + Math.floor((entityCount - countryCount) / 2)] as SyntheticEntity;
  return {
    directory,
    statements: statementCount,
    entities: entityCount,
    documents: documentCount,
    positions: draft.positionCount,
    bytes,
    hub: (entities[0] as SyntheticEntity).id,
    typical: typical.id,
    typicalAlias: typical.name.toUpperCase(),
    leaf: (entities[entityCount - 1] as SyntheticEntity).id,
  };
}

/** The entities, countries first: unique ids and unique normalised aliases. */
function syntheticEntities(entityCount: number, countryCount: number): { entities: SyntheticEntity[]; persons: number[] } {
  const taken = new Set<string>();
  const entities: SyntheticEntity[] = [];
  const persons: number[] = [];
  for (let i = 0; i < entityCount; i++) {
    if (i < countryCount) {
      const iso2 = `${String.fromCharCode(65 + Math.floor(i / 26))}${String.fromCharCode(65 + (i % 26))}`;
      const name = `${cap(word(i * 7 + 1))}land`;
      taken.add(normalizeAlias(name));
      entities.push({ id: `country:${iso2.toLowerCase()}`, kind: 'country', name, aliases: [name], iso2 });
      continue;
    }
    const kind = NON_COUNTRY_KINDS[i % NON_COUNTRY_KINDS.length] as EntityKind;
    const base = cap(word((i * 7919) % 1_000_000));
    let name: string;
    const aliases: string[] = [];
    if (kind === 'person') {
      name = `${FIRST_NAMES[i % FIRST_NAMES.length]} ${base}`;
      aliases.push(name, `President ${base}`);
      persons.push(i);
    } else {
      const nouns = NOUNS[kind] ?? ['Body'];
      name = `${base} ${nouns[i % nouns.length]}`;
      aliases.push(name);
      // A short form for a third of them, like "Board" for "Board of Peace" — only when unique.
      if (i % 3 === 0) aliases.push(`the ${base}`);
    }
    const unique = aliases.filter((a) => {
      const key = normalizeAlias(a);
      if (taken.has(key)) return false;
      taken.add(key);
      return true;
    });
    if (!unique.includes(name)) throw new Error(`generator: name collision for ${name}`);
    entities.push({ id: `${kind}:${base.toLowerCase()}-${i}`, kind, name, aliases: unique });
  }
  return { entities, persons };
}

/** Log-uniform rank below `n`: P(rank r) ∝ 1 / (r + 1), a Zipf law with exponent 1. */
const zipf = (draft: Draft, n: number): number => Math.min(n - 1, Math.floor(Math.exp(draft.random() * Math.log(n + 1))) - 1);
const pickEntity = (draft: Draft): number => zipf(draft, draft.entityCount);
const pickPerson = (draft: Draft): number => draft.persons[zipf(draft, draft.persons.length)] as number;
const docId = (d: number): string => `document:d-${pad(d, 6)}`;
const alias = (e: SyntheticEntity, n: number): string => e.aliases[n % e.aliases.length] as string;

/** The statements' YAML records, by file; each quote (and its date, when it has one) goes into its document. */
function syntheticStatements(draft: Draft): string[][] {
  const { statementCount, documentCount, idWidth, docSentences } = draft;
  const statementLines: string[][] = [];
  const facts = new Set<string>();
  for (let k = 0; k < statementCount; k++) {
    const d = Math.floor((k * documentCount) / statementCount);
    const { lines, quote, when } = statementClaim(draft, k);
    // The loader refuses a statement that repeats another's subject, predicate, object or value
    // and qualifiers: a repeated fact (Zipf picks hubs often) is a distinct case with its own note.
    const fact = lines.slice(1).join('\n');
    if (facts.has(fact)) {
      if (lines.includes('  qualifiers:')) lines.push(`    note: case ${pad(k, idWidth)}`);
      else lines.push('  qualifiers:', `    note: case ${pad(k, idWidth)}`);
    }
    facts.add(fact);
    lines.push('  evidence:', `    - document: ${docId(d)}`, `      quote: ${q(quote)}`);
    // Typography the loader must tolerate: the document writes a dash and curly quotes for some.
    const written = k % 20 === 0 ? quote.replace(' in case ', ' in case – ').replace(/case – (\d+)$/, 'case – “$1”') : quote;
    if (k % 20 === 0) lines[lines.length - 1] = `      quote: ${q(quote.replace(/case (\d+)$/, 'case - "$1"'))}`;
    docSentences[d]?.push(`On the record, ${written}${when}.`);
    (statementLines[Math.floor(k / PER_FILE)] ??= []).push(lines.join('\n'));
  }
  return statementLines;
}

/**
 * Statement `k`'s id, subject, predicate and object or value, and qualifiers (YAML lines), its
 * quote, and the date its evidence sentence states (`when`, empty when none): every tenth states
 * a quantity, every fourth of the others a point in time.
 */
function statementClaim(draft: Draft, k: number): { lines: string[]; quote: string; when: string } {
  const { entities, entityCount, idWidth, random } = draft;
  const subject = entities[pickEntity(draft)] as SyntheticEntity;
  const lines: string[] = [`- id: statement:s-${pad(k, idWidth)}`, `  subject: ${subject.id}`];
  if (k % 10 === 9) {
    const amount = 1000 + Math.floor(random() * 1_000_000);
    lines.push(`  predicate: ${QUANTITY_PREDICATE.id}`, `  value: { amount: ${amount}, unit: USD, comparator: exact }`);
    return { lines, quote: `${alias(subject, k)} ${QUANTITY_PREDICATE.verb} ${amount} USD in case ${pad(k, idWidth)}`, when: '' };
  }
  let objectIndex = pickEntity(draft);
  if (entities[objectIndex] === subject) objectIndex = (objectIndex + 1) % entityCount;
  const object = entities[objectIndex] as SyntheticEntity;
  const predicate = PREDICATES[k % PREDICATES.length] as (typeof PREDICATES)[number];
  const quote = `${alias(subject, k)} ${predicate.verb} ${alias(object, k >> 1)} in case ${pad(k, idWidth)}`;
  lines.push(`  predicate: ${predicate.id}`, `  object: ${object.id}`);
  if (k % 4 !== 0) return { lines, quote, when: '' };
  const year = 1991 + (k % 34);
  lines.push('  qualifiers:', `    pointInTime: "${year}-${pad(1 + (k % 12), 2)}"`, `    role: partner ${k % 7}`);
  // The loader accepts a time only where an evidence sentence states it.
  return { lines, quote, when: ` in ${MONTH_NAMES[k % 12] as string} ${year}` };
}

/** The positions' YAML records, by file; each quote (and its year, for every fifth) goes into its document. */
function syntheticPositions(draft: Draft): string[][] {
  const { positionCount, documentCount, countryCount, idWidth, entities, docSentences } = draft;
  const positionLines: string[][] = [];
  for (let p = 0; p < positionCount; p++) {
    const d = Math.floor((p * documentCount) / positionCount);
    const holder = entities[pickPerson(draft)] as SyntheticEntity;
    const topic = entities[pickEntity(draft)] as SyntheticEntity;
    const about = entities[pickEntity(draft)] as SyntheticEntity;
    const stance = STANCES[p % STANCES.length] as (typeof STANCES)[number];
    const quote = `${alias(holder, p)} ${stance} the matter of ${alias(topic, p)} in statement ${pad(p, idWidth)}`;
    docSentences[d]?.push(`According to the transcript, ${quote}${p % 5 === 0 ? ` in 20${pad(10 + (p % 15), 2)}` : ''}.`);
    const lines = [
      `- id: position:p-${pad(p, idWidth)}`,
      `  holder: ${holder.id}`,
      ...(p % 2 === 0 ? [`  onBehalfOf: ${(entities[p % countryCount] as SyntheticEntity).id}`] : []),
      `  topic: ${topic.id}`,
      `  about: [${about.id === topic.id ? '' : about.id}]`,
      `  stance: ${stance}`,
      `  polarity: ${POLARITY_OF[stance]}`,
      `  summary: ${holder.name} ${stance} the matter of ${topic.name}.`,
      `  speech: ${p % 3 === 0 ? 'direct' : 'reported'}`,
      `  date: ${p % 5 === 0 ? `"20${pad(10 + (p % 15), 2)}"` : 'null'}`,
      '  evidence:',
      `    - document: ${docId(d)}`,
      `      quote: ${q(quote)}`,
    ];
    (positionLines[Math.floor(p / PER_FILE)] ??= []).push(lines.join('\n'));
  }
  return positionLines;
}

/** Writes the dataset's files into `directory` (replacing it); resolves with the bytes written. */
async function writeDraft(directory: string, draft: Draft, statementLines: string[][], positionLines: string[][]): Promise<number> {
  await rm(directory, { recursive: true, force: true });
  for (const sub of ['documents', 'vocabulary', 'entities', 'statements', 'positions'])
    await mkdir(join(directory, sub), { recursive: true });
  let bytes = 0;
  const write = async (path: string, text: string): Promise<void> => {
    bytes += Buffer.byteLength(text);
    await writeFile(join(directory, path), text);
  };
  const docYaml: string[] = ['# Synthetic documents (bench/synthetic/generate.ts).'];
  for (let d = 0; d < draft.documentCount; d++) {
    await write(`documents/d-${pad(d, 6)}.txt`, documentText(d, draft.docSentences[d] ?? []));
    docYaml.push(...documentRecord(d));
  }
  await write('documents.yaml', `${docYaml.join('\n')}\n`);
  await write('vocabulary/predicates.yaml', predicatesYaml());
  for (let f = 0; f * PER_FILE < draft.entityCount; f++) {
    const chunk = draft.entities.slice(f * PER_FILE, (f + 1) * PER_FILE).map(entityRecord);
    await write(`entities/e-${pad(f, 4)}.yaml`, `${chunk.join('\n')}\n`);
  }
  for (const [f, chunk] of statementLines.entries()) await write(`statements/s-${pad(f, 4)}.yaml`, `${chunk.join('\n')}\n`);
  for (const [f, chunk] of positionLines.entries()) await write(`positions/p-${pad(f, 4)}.yaml`, `${chunk.join('\n')}\n`);
  return bytes;
}

const documentTitle = (d: number): string => `Synthetic report ${d}: diplomacy in brief`;
const published = (d: number): string => `${2000 + (d % 25)}-0${1 + (d % 9)}-1${d % 10}`;

/** Document `d`'s text: its title, its sentences five to a paragraph, and its publication date. */
function documentText(d: number, sentences: readonly string[]): string {
  const paragraphs: string[] = [documentTitle(d)];
  for (let i = 0; i < sentences.length; i += 5) paragraphs.push(sentences.slice(i, i + 5).join(' '));
  paragraphs.push(`Published ${published(d)}.`);
  return `${paragraphs.join('\n\n')}\n`;
}

/** Document `d`'s record in documents.yaml (YAML lines). */
function documentRecord(d: number): string[] {
  const title = documentTitle(d);
  return [
    `- id: ${docId(d)}`,
    `  file: d-${pad(d, 6)}.txt`,
    `  title:`,
    `    value: ${q(title)}`,
    `    quote: ${q(title)}`,
    `  published: { value: "${published(d)}", quote: "Published ${published(d)}" }`,
    `  language: { value: en, inferred: Synthetic English text. }`,
  ];
}

/** vocabulary/predicates.yaml: the relation predicates and the quantity predicate, for every kind. */
function predicatesYaml(): string {
  const allKinds = `[${ENTITY_KINDS.join(', ')}]`;
  const vocab = [
    ...PREDICATES.map((p) =>
      [
        `- id: ${p.id}`,
        `  label: ${p.label}`,
        `  inverse: ${p.inverse}`,
        `  subject: ${allKinds}`,
        `  object: ${allKinds}`,
        `  symmetric: ${p.symmetric}`,
      ].join('\n'),
    ),
    [
      `- id: ${QUANTITY_PREDICATE.id}`,
      `  label: ${QUANTITY_PREDICATE.label}`,
      `  inverse: ${QUANTITY_PREDICATE.inverse}`,
      `  subject: ${allKinds}`,
      '  value: quantity',
    ].join('\n'),
  ];
  return `${vocab.join('\n')}\n`;
}

/** An entity's YAML record. */
function entityRecord(e: SyntheticEntity): string {
  return [
    `- id: ${e.id}`,
    `  kind: ${e.kind}`,
    `  name: ${e.name}`,
    `  aliases: [${e.aliases.join(', ')}]`,
    `  description: A synthetic ${e.kind}.`,
    ...(e.iso2 ? [`  attributes: { iso2: ${e.iso2} }`] : []),
  ].join('\n');
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const [countArg, directory] = process.argv.slice(2);
  const count = Number(countArg);
  if (!Number.isInteger(count) || count <= 0 || !directory) {
    process.stderr.write('usage: tsx bench/synthetic/generate.ts <statements> <directory>\n');
    process.exit(2);
  }
  const started = performance.now();
  const result = await generateDataset(count, directory);
  process.stdout.write(`${JSON.stringify({ ...result, ms: Math.round(performance.now() - started) })}\n`);
}
