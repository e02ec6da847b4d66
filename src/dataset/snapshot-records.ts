import { LocatedEvidence } from './located-evidence.js';
import type { Evidence, Mention, Position, Qualifiers, SourceLocation, Statement, StatementValue, TimeValue } from './model.js';
import { NO_QUALIFIERS, NONE } from './none.js';

/** A string (an id, a file, an alias) as its index in the snapshot's table of strings; null for none. */
export type StringRef = number;
/** Evidence as offsets into its document: [document, quote (null: the exact text), start, end, sentence start, sentence end, paragraph, occurrences]. */
export type PackedEvidence = [StringRef, string | null, number, number, number, number, number, number];
/** A time as its index in the snapshot's table of times; null for none. */
type TimeRef = number | null;
type PackedValue = null | ['quantity', number, string, string] | ['string', string] | ['time', number];
/** Qualifiers in field order, times as references; 0 when a statement has none. */
type PackedQualifiers = 0 | [TimeRef, TimeRef, TimeRef, ...unknown[]];
export type PackedStatement = [string, StringRef, StringRef, StringRef | null, PackedValue, PackedQualifiers, ...unknown[]];
export type PackedPosition = unknown[];
export type PackedMention = [StringRef, StringRef, StringRef, number, number, number];

/**
 * Writes records as arrays in field order (half the bytes of keyed objects, and no key strings to
 * read back), with ids, files and aliases as references to one table of strings: read back, each
 * is one string shared by every use, found by index instead of by hashing a parsed copy.
 */
export class RecordPacker {
  readonly times: TimeValue[] = [];
  readonly strings: string[] = [];
  private readonly timeIndex = new Map<string, number>();
  private readonly stringIndex = new Map<string, number>();

  /** A string's index in {@link strings}. */
  ref(value: string): StringRef;
  ref(value: string | null): StringRef | null;
  ref(value: string | null): StringRef | null {
    if (value === null) return null;
    let index = this.stringIndex.get(value);
    if (index === undefined) {
      index = this.strings.push(value) - 1;
      this.stringIndex.set(value, index);
    }
    return index;
  }

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
    return [
      this.ref(e.document),
      e.quote === e.exact ? null : e.quote,
      e.start,
      e.end,
      e.sentenceStart,
      e.sentenceEnd,
      e.paragraph,
      e.occurrences,
    ];
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
          this.ref(q.location),
          this.ref(q.counterpart),
          this.ref(q.via),
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
    const onBehalfOf = s.onBehalfOf && [this.ref(s.onBehalfOf.entity), s.onBehalfOf.inferred];
    const evidence = s.evidence.map((e) => this.evidence(e));
    return [
      s.id,
      this.ref(s.subject),
      this.ref(s.predicate),
      this.ref(s.object),
      value,
      qualifiers,
      onBehalfOf,
      s.inferred,
      s.inferredFrom,
      evidence,
      this.ref(s.source.file),
      s.source.line,
    ];
  }

  position(p: Position): PackedPosition {
    const evidence = p.evidence.map((e) => this.evidence(e));
    return [
      p.id,
      this.ref(p.holder),
      this.ref(p.onBehalfOf),
      this.ref(p.topic),
      p.about.map((id) => this.ref(id)),
      p.stance,
      p.polarity,
      p.summary,
      p.speech,
      this.ref(p.venue),
      this.time(p.date),
      evidence,
      this.ref(p.source.file),
      p.source.line,
    ];
  }

  mention(m: Mention): PackedMention {
    return [this.ref(m.entity), this.ref(m.document), this.ref(m.alias), m.start, m.end, m.paragraph];
  }
}

/** Reads packed records back, sharing what a built dataset shares: times, ids, empty qualifiers, source files. */
export class RecordUnpacker {
  constructor(
    private readonly times: readonly TimeValue[],
    private readonly strings: readonly string[],
    private readonly texts: ReadonlyMap<string, string>,
  ) {}

  /** The string of a reference (see {@link RecordPacker.ref}). */
  string(ref: StringRef): string;
  string(ref: StringRef | null): string | null;
  string(ref: StringRef | null): string | null {
    if (ref === null) return null;
    const value = this.strings[ref];
    if (value === undefined) throw new Error(`snapshot: no string ${ref}`);
    return value;
  }

  time(ref: TimeRef): TimeValue | null {
    return ref === null ? null : (this.times[ref] as TimeValue);
  }

  evidence([ref, quote, start, end, sentenceStart, sentenceEnd, paragraph, occurrences]: PackedEvidence): Evidence {
    const document = this.string(ref);
    const text = this.texts.get(document) ?? '';
    const written = quote ?? text.slice(start, end);
    return new LocatedEvidence(document, text, written, { start, end, sentenceStart, sentenceEnd }, paragraph, occurrences);
  }

  private source(file: StringRef, line: number | null): SourceLocation {
    return Object.freeze({ file: this.string(file), line });
  }

  private qualifiers(packed: PackedQualifiers): Qualifiers {
    if (packed === 0) return NO_QUALIFIERS;
    const [pointInTime, start, end, role, characterization, note, areas, location, counterpart, via] = packed as [
      TimeRef,
      TimeRef,
      TimeRef,
      string | null,
      string | null,
      string | null,
      string[],
      StringRef | null,
      StringRef | null,
      StringRef | null,
    ];
    return Object.freeze({
      pointInTime: this.time(pointInTime),
      start: this.time(start),
      end: this.time(end),
      role,
      characterization,
      note,
      areas: areas.length === 0 ? NONE : Object.freeze(areas),
      location: this.string(location),
      counterpart: this.string(counterpart),
      via: this.string(via),
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
      StringRef,
      StringRef,
      StringRef | null,
      PackedValue,
      PackedQualifiers,
      [StringRef, string | null] | null,
      string | null,
      string | null,
      PackedEvidence[],
      StringRef,
      number | null,
    ];
    return Object.freeze({
      id,
      subject: this.string(subject),
      predicate: this.string(predicate),
      object: this.string(object),
      value: this.value(value),
      qualifiers: this.qualifiers(qualifiers),
      onBehalfOf: onBehalfOf && Object.freeze({ entity: this.string(onBehalfOf[0]), inferred: onBehalfOf[1] }),
      inferred,
      inferredFrom,
      evidence: Object.freeze(evidence.map((e) => this.evidence(e))),
      source: this.source(file, line),
    });
  }

  position(packed: PackedPosition): Position {
    const [id, holder, onBehalfOf, topic, about, stance, polarity, summary, speech, venue, date, evidence, file, line] = packed as [
      string,
      StringRef,
      StringRef | null,
      StringRef,
      StringRef[],
      Position['stance'],
      Position['polarity'],
      string,
      Position['speech'],
      StringRef | null,
      TimeRef,
      PackedEvidence[],
      StringRef,
      number | null,
    ];
    return Object.freeze({
      id,
      holder: this.string(holder),
      onBehalfOf: this.string(onBehalfOf),
      topic: this.string(topic),
      about: about.length === 0 ? NONE : Object.freeze(about.map((x) => this.string(x))),
      stance,
      polarity,
      summary,
      speech,
      venue: this.string(venue),
      date: this.time(date),
      evidence: Object.freeze(evidence.map((e) => this.evidence(e))),
      source: this.source(file, line),
    });
  }

  mention([entity, document, alias, start, end, paragraph]: PackedMention): Mention {
    return Object.freeze({
      entity: this.string(entity),
      document: this.string(document),
      alias: this.string(alias),
      start,
      end,
      paragraph,
    });
  }
}
