import { createHash } from 'node:crypto';
import type { ExecutionResult } from 'graphql';
import { jsonBytes } from '../json-bytes.js';

/** A stored answer: its serialized body (UTF-8) and that body's strong ETag, and the bytes both take. */
export interface StoredAnswer {
  readonly body: Buffer;
  readonly etag: string;
  readonly bytes: number;
}

/** Bytes counted per entry beside its body and ETag: its hashed key, the map slot, the entry object. */
const ENTRY_OVERHEAD_BYTES = 200;

/**
 * The response cache's answers by key, serialized, least recently used first: at most
 * `maxEntries` of them and `maxBytes` counted together (body, ETag, key and a fixed overhead each).
 */
export class AnswerStore {
  readonly #entries = new Map<string, StoredAnswer>();
  #bytes = 0;

  constructor(
    private readonly version: string,
    private readonly maxEntries: number,
    private readonly maxBytes: number,
  ) {}

  /** The answer stored under `key`, now the most recently used; undefined if none. */
  get(key: string): StoredAnswer | undefined {
    const entry = this.#entries.get(key);
    if (entry) {
      this.#entries.delete(key);
      this.#entries.set(key, entry);
    }
    return entry;
  }

  /** Serializes `result` and stores it under `key` (evicting the oldest as needed); null if it alone exceeds the bytes. */
  store(key: string, result: ExecutionResult): StoredAnswer | null {
    const body = jsonBytes(result);
    const etag = `"${createHash('sha256').update(this.version).update('\u0000').update(body).digest('base64url')}"`;
    const size = body.length + etag.length + key.length + ENTRY_OVERHEAD_BYTES;
    if (size > this.maxBytes) return null;
    const entry: StoredAnswer = { body, etag, bytes: size };
    const previous = this.#entries.get(key);
    if (previous) this.#bytes -= previous.bytes;
    this.#entries.set(key, entry);
    this.#bytes += size;
    for (const [oldest, old] of this.#entries) {
      if (this.#entries.size <= this.maxEntries && this.#bytes <= this.maxBytes) break;
      this.#entries.delete(oldest);
      this.#bytes -= old.bytes;
    }
    return entry;
  }
}
