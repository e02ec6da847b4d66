import { unearnedTime } from '../earned-time.js';
import type { Position, SourceLocation, Statement, TimeValue } from '../model.js';
import { rawPositionSchema, type RawPosition } from '../raw-schema.js';
import { timeFromSource } from '../time-source.js';
import type { DatasetFiles } from './dataset-files.js';
import type { FactContext, LoadedStatements } from './statements.js';
import { toTime } from './to-time.js';
import { NONE } from '../none.js';

/** One position, checked and frozen. */
export function buildPosition(
  ctx: FactContext,
  statementById: (id: string) => Statement | undefined,
  loaded: LoadedStatements,
  raw: RawPosition,
  at: SourceLocation,
  entry: string,
): Position {
  const { check, refs } = ctx;
  const holder = refs.entityRef(at, entry, 'holder', raw.holder) as string;
  const onBehalfOf = refs.entityRef(at, entry, 'onBehalfOf', raw.onBehalfOf);
  const topic = refs.entityRef(at, entry, 'topic', raw.topic) as string;
  const venue = refs.entityRef(at, entry, 'venue', raw.venue);
  const about = raw.about ? raw.about.map((id, i) => refs.entityRef(at, entry, `about[${i}]`, id) as string) : NONE;
  const evidenceDocuments = raw.evidence.map((e) => e.document);
  const derive = (from: string): TimeValue | string | null =>
    // A statement that failed to parse is reported once, not again as unknown here.
    !loaded.complete && from.startsWith('statement:') && statementById(from) === undefined
      ? null
      : timeFromSource(from, { documents: ctx.documentById, evidenceDocuments, statement: statementById, venue });
  const evidence = Object.freeze(ctx.locate(at, entry, 'evidence', raw.evidence));
  const date = toTime(check, at, entry, 'date', raw.date, derive);
  const unearned = evidence.length === raw.evidence.length ? unearnedTime('date', date, evidence) : null;
  if (unearned !== null) check.add(at, entry, unearned);
  return Object.freeze({
    id: raw.id,
    holder,
    onBehalfOf,
    topic,
    about: about === NONE ? NONE : Object.freeze(about),
    stance: raw.stance,
    polarity: raw.polarity,
    summary: raw.summary,
    speech: raw.speech,
    venue,
    date,
    evidence,
    source: at,
  });
}

/** The positions of `positions/*.yaml`, each checked against the entities, documents and statements. */
export function loadPositions(ctx: FactContext, files: DatasetFiles, loaded: LoadedStatements): Position[] {
  let index: Map<string, Statement> | null = null;
  /** Statements by id, indexed on first use (only a derived position date needs it). */
  const statementById = (id: string): Statement | undefined => (index ??= new Map(loaded.statements.map((x) => [x.id, x]))).get(id);
  const positions: Position[] = [];
  ctx.check.forEachEntry(
    files.positions,
    'positions',
    rawPositionSchema,
    (raw, at, entry) => {
      if (ctx.check.claimId(raw.id, at)) positions.push(buildPosition(ctx, statementById, loaded, raw, at, entry));
    },
    ctx.refs.ofInvalidEntry('position'),
  );
  return positions;
}
