import type { EntityKind, Evidence } from '../dataset/model.js';
import { ENTITY_KINDS } from '../dataset/model.js';
import { inferredFacts, type InferredFacts } from './inferred-facts.js';
import type { KnowledgeGraph } from './knowledge-graph.js';

/** A paragraph of a document, as reported by {@link coverageReport}. */
export interface ParagraphRef {
  readonly index: number;
  readonly start: number;
  readonly end: number;
  /** The paragraph's first 120 characters. */
  readonly text: string;
}

/** A capitalised name in the texts that no entity alias covers. */
export interface UnlinkedName {
  readonly name: string;
  readonly count: number;
  readonly documents: readonly string[];
}

/** Per-document coverage. */
export interface DocumentCoverage {
  readonly statements: number;
  readonly positions: number;
  readonly paragraphs: number;
  /** Paragraphs no statement, position or metadata quote touches, and not excused in coverage.yaml. */
  readonly uncoveredParagraphs: readonly ParagraphRef[];
  /** Paragraphs excused in coverage.yaml (headings, share buttons, captions), with the reason. */
  readonly excusedParagraphs: ReadonlyArray<ParagraphRef & { readonly reason: string }>;
}

/** The curation coverage report printed by `diplomacy-graph stats`. */
export interface CoverageReport {
  readonly version: string;
  readonly entities: Readonly<Record<EntityKind, number>>;
  readonly statements: number;
  readonly positions: number;
  readonly mentions: number;
  readonly evidence: number;
  readonly documents: Readonly<Record<string, DocumentCoverage>>;
  readonly unlinkedNames: readonly UnlinkedName[];
  /** Names deliberately left unlinked (coverage.yaml), with the reason. */
  readonly excusedNames: ReadonlyArray<{ readonly name: string; readonly reason: string }>;
  /** What the curation infers rather than states, by field and by reason, and the derived times. */
  readonly inferred: InferredFacts;
}

/** Lower-case words that may join the words of a name: "Board of Peace", "Organization of Turkic States". */
const CONNECTORS = new Set(['of', 'for', 'the', 'and', 'de', 'on']);
const TOKEN = /[\p{L}\p{N}][\p{L}\p{N}'’.-]*[\p{L}\p{N}]|[\p{L}\p{N}]/gu;

interface Candidate {
  readonly name: string;
  readonly start: number;
  readonly end: number;
}

const isCapitalised = (word: string): boolean => /^\p{Lu}/u.test(word);

/** Runs of capitalised words (with connectors inside) in a text: candidate proper names. */
function nameCandidates(text: string): Candidate[] {
  const tokens = [...text.matchAll(TOKEN)].map((m) => {
    const start = m.index ?? 0;
    return { word: m[0].replace(/[’'.]+$/u, ''), start, end: start + m[0].length };
  });
  const out: Candidate[] = [];
  let i = 0;
  while (i < tokens.length) {
    const first = tokens[i];
    if (!first || !isCapitalised(first.word)) {
      i++;
      continue;
    }
    let j = i;
    let last = i;
    while (j + 1 < tokens.length) {
      const next = tokens[j + 1] as (typeof tokens)[number];
      const gap = text.slice((tokens[j] as (typeof tokens)[number]).end, next.start);
      if (!/^[ \t]+$/.test(gap) && gap !== '') break;
      if (isCapitalised(next.word)) last = j + 1;
      else if (!CONNECTORS.has(next.word)) break;
      j++;
    }
    const startTok = tokens[i] as (typeof tokens)[number];
    const endTok = tokens[last] as (typeof tokens)[number];
    out.push({
      name: text.slice(startTok.start, endTok.end).replace(/[’'.]+$/u, ''),
      start: startTok.start,
      end: endTok.start + endTok.word.length,
    });
    i = last + 1;
  }
  return out;
}

const MONTHS = new Set([
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
]);

function atSentenceStart(text: string, offset: number): boolean {
  const before = text.slice(Math.max(0, offset - 6), offset);
  return offset === 0 || /(^\s*|[.!?:]["'”’»]?\s+|\n\s*)["'“«(]?$/u.test(before);
}

/**
 * Drops what makes a candidate not a name: a common word that only has a capital because it
 * starts a sentence ("However", "In November" → "November"), a lone letter ("Q", "I") or a month.
 * Returns null when nothing name-like remains.
 */
function trimCommonStart(text: string, candidate: Candidate, lowerWords: ReadonlySet<string>): Candidate | null {
  let { name, start } = candidate;
  const words = name.split(/\s+/);
  if (atSentenceStart(text, start) && words.length > 0 && lowerWords.has((words[0] ?? '').toLowerCase())) {
    words.shift();
    while (words.length > 0 && CONNECTORS.has(words[0] ?? '')) words.shift();
    if (words.length === 0) return null;
    const rest = words.join(' ');
    start = candidate.end - rest.length;
    name = rest;
  } else if (atSentenceStart(text, start) && words.length === 1) {
    return null;
  }
  if (name.length === 1 || MONTHS.has(name)) return null;
  return { name, start, end: candidate.end };
}

function paragraphRef(text: string, index: number, range: { start: number; end: number }): ParagraphRef {
  return { index, start: range.start, end: range.end, text: text.slice(range.start, Math.min(range.end, range.start + 120)) };
}

/**
 * How completely the curated files cover the documents: counts, each document's paragraphs that
 * yield no statement, position or metadata quote, and capitalised names no alias covers. A name
 * counts as common (not a name) when it also occurs in lower case in the corpus, such as a
 * capitalised sentence-initial word.
 */
export function coverageReport(kg: KnowledgeGraph): CoverageReport {
  const { dataset } = kg;
  const entities = Object.fromEntries(ENTITY_KINDS.map((k) => [k, kg.entitiesByKind.get(k)?.length ?? 0])) as Record<EntityKind, number>;
  const lowerWords = new Set<string>();
  for (const doc of dataset.documents) for (const m of doc.text.matchAll(/\b\p{Ll}[\p{L}-]*/gu)) lowerWords.add(m[0]);
  const excusedNameSet = new Set(dataset.excusedNames.map((n) => n.name));

  const documents: Record<string, DocumentCoverage> = {};
  const unlinked = new Map<string, { count: number; documents: Set<string> }>();
  let evidenceCount = 0;
  for (const doc of dataset.documents) {
    const statements = kg.statementsByDocument.get(doc.id) ?? [];
    const positions = kg.positionsByDocument.get(doc.id) ?? [];
    const evidence: Evidence[] = [
      ...statements.flatMap((s) => s.evidence),
      ...positions.flatMap((p) => p.evidence),
      ...[doc.title, doc.outlet, doc.author, doc.published, doc.url, doc.sourceUrl, doc.language, doc.genre].flatMap((f) =>
        f?.evidence ? [f.evidence] : [],
      ),
    ].filter((e) => e.document === doc.id);
    evidenceCount += statements.reduce((n, s) => n + s.evidence.filter((e) => e.document === doc.id).length, 0);
    evidenceCount += positions.reduce((n, p) => n + p.evidence.filter((e) => e.document === doc.id).length, 0);
    const covered = new Set<number>();
    for (const e of evidence) {
      doc.paragraphs.forEach((p, i) => {
        if (e.start < p.end && e.end > p.start) covered.add(i);
      });
    }
    const excuses = new Map(dataset.excusedParagraphs.filter((x) => x.document === doc.id).map((x) => [x.paragraph, x.reason]));
    const uncoveredParagraphs: ParagraphRef[] = [];
    const excusedParagraphs: Array<ParagraphRef & { reason: string }> = [];
    doc.paragraphs.forEach((range, index) => {
      if (covered.has(index)) return;
      const reason = excuses.get(index);
      if (reason === undefined) uncoveredParagraphs.push(paragraphRef(doc.text, index, range));
      else excusedParagraphs.push({ ...paragraphRef(doc.text, index, range), reason });
    });
    documents[doc.id] = {
      statements: statements.length,
      positions: positions.length,
      paragraphs: doc.paragraphs.length,
      uncoveredParagraphs,
      excusedParagraphs,
    };

    const mentions = kg.mentionsByDocument.get(doc.id) ?? [];
    for (const found of nameCandidates(doc.text)) {
      const candidate = trimCommonStart(doc.text, found, lowerWords);
      if (candidate === null) continue;
      if (mentions.some((m) => m.start < candidate.end && m.end > candidate.start)) continue;
      if (excusedNameSet.has(candidate.name)) continue;
      const entry = unlinked.get(candidate.name) ?? { count: 0, documents: new Set<string>() };
      entry.count++;
      entry.documents.add(doc.id);
      unlinked.set(candidate.name, entry);
    }
  }
  return {
    version: dataset.version,
    entities,
    statements: dataset.statements.length,
    positions: dataset.positions.length,
    mentions: dataset.mentions.length,
    evidence: evidenceCount,
    documents,
    unlinkedNames: [...unlinked.entries()]
      .map(([name, v]) => ({ name, count: v.count, documents: [...v.documents].sort() }))
      .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name)),
    excusedNames: dataset.excusedNames,
    inferred: inferredFacts(dataset),
  };
}
