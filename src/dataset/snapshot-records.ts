import { LocatedEvidence } from './located-evidence.js';
import type { Evidence, Mention, Position, Qualifiers, SourceLocation, Statement, StatementValue, TimeValue } from './model.js';
import { NONE } from './none.js';

/** Evidence as offsets into its document: [document, quote (null: the exact text), start, end, sentence start, sentence end, paragraph, occurrences]. */
export type PackedEvidence = [string, string | null, number, number, number, number, number, number];
/** A time as its index in the snapshot's table of times; null for none. */
type TimeRef = number | null;
type PackedValue = null | ['quantity', number, string, string] | ['string', string] | ['time', number];
/** Qualifiers in field order, times as references; 0 when a statement has none. */
type PackedQualifiers = 0 | [TimeRef, TimeRef, TimeRef, ...unknown[]];
export type PackedStatement = [string, string, string, string | null, PackedValue, PackedQualifiers, ...unknown[]];
export type PackedPosition = unknown[];
export type PackedMention = [string, string, string, number, number, number];

/** Writes records as arrays in field order: half the bytes of keyed objects, and no key strings to read back. */
export class RecordPacker {
  readonly times: TimeValue[] = [];
  private readonly timeIndex = new Map<string, number>();

  /** A time's index in {@link times}: equal times (a million statements repeat a few thousand) are written once and shared when read. */
  time(time: TimeValue | null): TimeRef {
    if (time === null) return null;
    const key = `${time.value}\u0000${time.inferred ?? ''}\u0000${time.derivedFrom ?? ''}`;
    let index = this.timeIndex.get(key);
    if (index === undefined) {
      index = this.times.push(time) - 1;
      this.timeIndex.set(key, index);
    }
    return index;
  }

  evidence(e: Evidence): PackedEvidence {
    return [e.document, e.quote === e.exact ? null : e.quote, e.start, e.end, e.sentenceStart, e.sentenceEnd, e.paragraph, e.occurrences];
  }

  statement(s: Statement): PackedStatement {
    const q = s.qualifiers;
    const empty = Object.values(q).every((v) => v === null || (Array.isArray(v) && v.length === 0));
    const qualifiers: PackedQualifiers = empty
      ? 0
      : [
          this.time(q.pointInTime),
          this.time(q.start),
          this.time(q.end),
          q.role,
          q.characterization,
          q.note,
          q.areas,
          q.location,
          q.counterpart,
          q.via,
        ];
    const v = s.value;
    const value: PackedValue =
      v === null
        ? null
        : v.type === 'quantity'
          ? ['quantity', v.amount, v.unit, v.comparator]
          : v.type === 'string'
            ? ['string', v.text]
            : ['time', this.time(v.time) as number];
    const onBehalfOf = s.onBehalfOf && [s.onBehalfOf.entity, s.onBehalfOf.inferred];
    const evidence = s.evidence.map((e) => this.evidence(e));
    return [
      s.id,
      s.subject,
      s.predicate,
      s.object,
      value,
      qualifiers,
      onBehalfOf,
      s.inferred,
      s.inferredFrom,
      evidence,
      s.source.file,
      s.source.line,
    ];
  }

  position(p: Position): PackedPosition {
    const evidence = p.evidence.map((e) => this.evidence(e));
    return [
      p.id,
      p.holder,
      p.onBehalfOf,
      p.topic,
      p.about,
      p.stance,
      p.polarity,
      p.summary,
      p.speech,
      p.venue,
      this.time(p.date),
      evidence,
      p.source.file,
      p.source.line,
    ];
  }

  mention(m: Mention): PackedMention {
    return [m.entity, m.document, m.alias, m.start, m.end, m.paragraph];
  }
}

/** Reads packed records back, sharing what a built dataset shares: times, entity ids, empty qualifiers, source files. */
export class RecordUnpacker {
  private readonly strings = new Map<string, string>();
  private readonly noQualifiers: Qualifiers = Object.freeze({
    pointInTime: null,
    start: null,
    end: null,
    role: null,
    characterization: null,
    note: null,
    areas: NONE,
    location: null,
    counterpart: null,
    via: null,
  });

  constructor(
    private readonly times: readonly TimeValue[],
    private readonly texts: ReadonlyMap<string, string>,
  ) {}

  /** One string per id (entity, predicate, document, file), shared by every reference to it. */
  shared<T extends string | null>(value: T): T {
    if (value === null) return value;
    const known = this.strings.get(value);
    if (known !== undefined) return known as T;
    this.strings.set(value, value);
    return value;
  }

  time(ref: TimeRef): TimeValue | null {
    return ref === null ? null : (this.times[ref] as TimeValue);
  }

  evidence([document, quote, start, end, sentenceStart, sentenceEnd, paragraph, occurrences]: PackedEvidence): Evidence {
    const text = this.texts.get(document) ?? '';
    const written = quote ?? text.slice(start, end);
    return new LocatedEvidence(this.shared(document), text, written, { start, end, sentenceStart, sentenceEnd }, paragraph, occurrences);
  }

  private source(file: string, line: number | null): SourceLocation {
    return Object.freeze({ file: this.shared(file), line });
  }

  private qualifiers(packed: PackedQualifiers): Qualifiers {
    if (packed === 0) return this.noQualifiers;
    const [pointInTime, start, end, role, characterization, note, areas, location, counterpart, via] = packed as [
      TimeRef,
      TimeRef,
      TimeRef,
      string | null,
      string | null,
      string | null,
      string[],
      string | null,
      string | null,
      string | null,
    ];
    return Object.freeze({
      pointInTime: this.time(pointInTime),
      start: this.time(start),
      end: this.time(end),
      role,
      characterization,
      note,
      areas: areas.length === 0 ? NONE : Object.freeze(areas),
      location: this.shared(location),
      counterpart: this.shared(counterpart),
      via: this.shared(via),
    });
  }

  private value(packed: PackedValue): StatementValue | null {
    if (packed === null) return null;
    if (packed[0] === 'quantity')
      return Object.freeze({ type: 'quantity', amount: packed[1], unit: packed[2], comparator: packed[3] as 'exact' });
    if (packed[0] === 'string') return Object.freeze({ type: 'string', text: packed[1] });
    return Object.freeze({ type: 'time', time: this.time(packed[1]) as TimeValue });
  }

  statement(packed: PackedStatement): Statement {
    const [id, subject, predicate, object, value, qualifiers, onBehalfOf, inferred, inferredFrom, evidence, file, line] = packed as [
      string,
      string,
      string,
      string | null,
      PackedValue,
      PackedQualifiers,
      [string, string | null] | null,
      string | null,
      string | null,
      PackedEvidence[],
      string,
      number | null,
    ];
    return Object.freeze({
      id,
      subject: this.shared(subject),
      predicate: this.shared(predicate),
      object: this.shared(object),
      value: this.value(value),
      qualifiers: this.qualifiers(qualifiers),
      onBehalfOf: onBehalfOf && Object.freeze({ entity: this.shared(onBehalfOf[0]), inferred: onBehalfOf[1] }),
      inferred,
      inferredFrom,
      evidence: Object.freeze(evidence.map((e) => this.evidence(e))),
      source: this.source(file, line),
    });
  }

  position(packed: PackedPosition): Position {
    const [id, holder, onBehalfOf, topic, about, stance, polarity, summary, speech, venue, date, evidence, file, line] = packed as [
      string,
      string,
      string | null,
      string,
      string[],
      Position['stance'],
      Position['polarity'],
      string,
      Position['speech'],
      string | null,
      TimeRef,
      PackedEvidence[],
      string,
      number | null,
    ];
    return Object.freeze({
      id,
      holder: this.shared(holder),
      onBehalfOf: this.shared(onBehalfOf),
      topic: this.shared(topic),
      about: about.length === 0 ? NONE : Object.freeze(about.map((x) => this.shared(x))),
      stance,
      polarity,
      summary,
      speech,
      venue: this.shared(venue),
      date: this.time(date),
      evidence: Object.freeze(evidence.map((e) => this.evidence(e))),
      source: this.source(file, line),
    });
  }

  mention([entity, document, alias, start, end, paragraph]: PackedMention): Mention {
    return Object.freeze({ entity: this.shared(entity), document: this.shared(document), alias, start, end, paragraph });
  }
}
