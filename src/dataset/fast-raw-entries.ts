import { COMPARATORS, ENTITY_KINDS, POLARITIES, SPEECH_TYPES, STANCES } from './model.js';
import type { RawPosition, RawStatement, RawTime } from './raw-schema.js';

/**
 * Hand-written checks of the two entry types a large dataset has millions of (statements and
 * positions), accepting exactly what `rawStatementSchema` / `rawPositionSchema` accept unchanged.
 * zod copies every object it parses and runs generic checks; these return the parsed YAML value
 * itself when it is plainly valid, and `null` for anything else — an invalid entry, or a valid one
 * zod would transform (a string with surrounding white space to trim) — which then goes through
 * the zod schema, so every message and every transformed value is zod's own.
 */

const ENTITY_ID = new RegExp(`^(${ENTITY_KINDS.join('|')}):[a-z0-9]+(?:-[a-z0-9]+)*$`);
const DOCUMENT_ID = /^document:[a-z0-9]+(?:-[a-z0-9]+)*$/;
const STATEMENT_ID = /^statement:[a-z0-9]+(?:-[a-z0-9]+)*$/;
const POSITION_ID = /^position:[a-z0-9]+(?:-[a-z0-9]+)*$/;
const COMPARATOR_SET: ReadonlySet<unknown> = new Set(COMPARATORS);
const STANCE_SET: ReadonlySet<unknown> = new Set(STANCES);
const POLARITY_SET: ReadonlySet<unknown> = new Set(POLARITIES);
const SPEECH_SET: ReadonlySet<unknown> = new Set(SPEECH_TYPES);

type Fields = Record<string, unknown>;

/** A plain object (what the YAML readers produce for a mapping). */
function isRecord(value: unknown): value is Fields {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/** Whether every own key of `value` is one of `allowed` (zod's strict objects reject the others). */
function onlyKeys(value: Fields, allowed: ReadonlySet<string>): boolean {
  for (const key in value) if (!allowed.has(key)) return false;
  return true;
}

/** A code unit that `String#trim` might remove: ASCII white space and controls, or anything non-ASCII. */
function mayTrim(code: number): boolean {
  return code <= 0x20 || code >= 0x80;
}

/** `nonEmpty` (`z.string().trim().min(1)`) that needs no trimming. */
function isTrimmedNonEmpty(value: unknown): value is string {
  if (typeof value !== 'string' || value.length === 0) return false;
  if (mayTrim(value.charCodeAt(0)) || mayTrim(value.charCodeAt(value.length - 1))) return value.trim() === value;
  return true;
}

function isEntityId(value: unknown): value is string {
  return typeof value === 'string' && ENTITY_ID.test(value);
}

function isOptional(value: Fields, key: string, check: (v: unknown) => boolean): boolean {
  return !(key in value) || check(value[key]);
}

function isNullableOptional(value: Fields, key: string, check: (v: unknown) => boolean): boolean {
  return !(key in value) || value[key] === null || check(value[key]);
}

const TIME_KEYS: ReadonlySet<string> = new Set(['value', 'inferred']);
function isRawTime(value: unknown): value is RawTime {
  if (typeof value === 'string') return true;
  return (
    isRecord(value) && onlyKeys(value, TIME_KEYS) && typeof value['value'] === 'string' && isOptional(value, 'inferred', isTrimmedNonEmpty)
  );
}

const EVIDENCE_KEYS: ReadonlySet<string> = new Set(['document', 'quote', 'occurrence']);
function isEvidence(value: unknown): boolean {
  if (!isRecord(value) || !onlyKeys(value, EVIDENCE_KEYS)) return false;
  const document = value['document'];
  if (typeof document !== 'string' || !DOCUMENT_ID.test(document) || !isTrimmedNonEmpty(value['quote'])) return false;
  return isOptional(value, 'occurrence', (n) => typeof n === 'number' && Number.isInteger(n) && n > 0);
}

function isEvidenceList(value: unknown): boolean {
  if (!Array.isArray(value) || value.length === 0) return false;
  for (const item of value) if (!isEvidence(item)) return false;
  return true;
}

const QUANTITY_KEYS: ReadonlySet<string> = new Set(['amount', 'unit', 'comparator']);
const TEXT_KEYS: ReadonlySet<string> = new Set(['text']);
const TIME_VALUE_KEYS: ReadonlySet<string> = new Set(['time']);
function isValue(value: unknown): boolean {
  if (!isRecord(value)) return false;
  if ('amount' in value) {
    const amount = value['amount'];
    return (
      onlyKeys(value, QUANTITY_KEYS) &&
      typeof amount === 'number' &&
      Number.isFinite(amount) &&
      isTrimmedNonEmpty(value['unit']) &&
      isOptional(value, 'comparator', (c) => COMPARATOR_SET.has(c))
    );
  }
  if ('text' in value) return onlyKeys(value, TEXT_KEYS) && isTrimmedNonEmpty(value['text']);
  return 'time' in value && onlyKeys(value, TIME_VALUE_KEYS) && isRawTime(value['time']);
}

const QUALIFIER_KEYS: ReadonlySet<string> = new Set([
  'pointInTime',
  'start',
  'end',
  'role',
  'characterization',
  'note',
  'areas',
  'location',
  'counterpart',
  'via',
]);
function isQualifiers(value: unknown): boolean {
  if (!isRecord(value) || !onlyKeys(value, QUALIFIER_KEYS)) return false;
  for (const key in value) {
    const item = value[key];
    switch (key) {
      case 'pointInTime':
      case 'start':
      case 'end':
        if (!isRawTime(item)) return false;
        break;
      case 'role':
      case 'characterization':
      case 'note':
        if (!isTrimmedNonEmpty(item)) return false;
        break;
      case 'areas':
        if (!Array.isArray(item)) return false;
        for (const area of item) if (!isTrimmedNonEmpty(area)) return false;
        break;
      default:
        if (!isEntityId(item)) return false;
    }
  }
  return true;
}

const STATEMENT_KEYS: ReadonlySet<string> = new Set(['id', 'subject', 'predicate', 'object', 'value', 'qualifiers', 'evidence']);

/** The entry itself when `rawStatementSchema` would accept it unchanged; otherwise null (ask zod). */
export function fastRawStatement(value: unknown): RawStatement | null {
  if (!isRecord(value) || !onlyKeys(value, STATEMENT_KEYS)) return null;
  const id = value['id'];
  if (typeof id !== 'string' || !STATEMENT_ID.test(id)) return null;
  if (!isEntityId(value['subject']) || typeof value['predicate'] !== 'string') return null;
  if (!isOptional(value, 'object', isEntityId) || !isOptional(value, 'value', isValue)) return null;
  if (!isOptional(value, 'qualifiers', isQualifiers) || !isEvidenceList(value['evidence'])) return null;
  return value as unknown as RawStatement;
}

const POSITION_KEYS: ReadonlySet<string> = new Set([
  'id',
  'holder',
  'onBehalfOf',
  'topic',
  'about',
  'stance',
  'polarity',
  'summary',
  'speech',
  'venue',
  'date',
  'evidence',
]);
function isEntityIdList(value: unknown): boolean {
  if (!Array.isArray(value)) return false;
  for (const item of value) if (!isEntityId(item)) return false;
  return true;
}

/** The entry itself when `rawPositionSchema` would accept it unchanged; otherwise null (ask zod). */
export function fastRawPosition(value: unknown): RawPosition | null {
  if (!isRecord(value) || !onlyKeys(value, POSITION_KEYS)) return null;
  const id = value['id'];
  if (typeof id !== 'string' || !POSITION_ID.test(id)) return null;
  if (!isEntityId(value['holder']) || !isEntityId(value['topic'])) return null;
  if (!isNullableOptional(value, 'onBehalfOf', isEntityId) || !isNullableOptional(value, 'venue', isEntityId)) return null;
  if (!isOptional(value, 'about', isEntityIdList)) return null;
  if (!STANCE_SET.has(value['stance']) || !POLARITY_SET.has(value['polarity']) || !SPEECH_SET.has(value['speech'])) return null;
  if (!isTrimmedNonEmpty(value['summary']) || !isNullableOptional(value, 'date', isRawTime)) return null;
  if (!isEvidenceList(value['evidence'])) return null;
  return value as unknown as RawPosition;
}
