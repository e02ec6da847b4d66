import { type DocumentNode, type ExecutionResult, parse, validate } from 'graphql';
import { createSchema } from './create-schema.js';
import type { JitStates } from './jit-compiled.js';

/** A valid document and what is known of running it (see {@link JitStates}). */
export interface PreparedOperation {
  readonly document: DocumentNode;
  readonly states: JitStates;
}

/** Documents remembered by their source text, at most; the oldest is forgotten first. */
const DEFAULT_MAX_DOCUMENTS = 1000;

/**
 * Parsing and validating cost far more than executing a typical operation, and the schema never
 * changes: a cache of valid documents by source text (bounded) and by DocumentNode (typed
 * documents, weakly), so a repeated operation costs one lookup before it executes. Invalid ones
 * are parsed and validated again each time, so their errors are always fresh.
 *
 * The graphql layer holds no cache of its own: the adapter that runs operations owns one (the
 * library handle, the in-process client), so its lifetime and size are the adapter's choice.
 */
export class PreparedOperations {
  readonly #bySource = new Map<string, PreparedOperation>();
  readonly #byDocument = new WeakMap<DocumentNode, PreparedOperation>();
  readonly #maxDocuments: number;

  constructor(options: { readonly maxDocuments?: number } = {}) {
    this.#maxDocuments = options.maxDocuments ?? DEFAULT_MAX_DOCUMENTS;
  }

  /** The prepared form of a valid `source`, or the parse or validation errors of an invalid one. */
  prepare(source: string | DocumentNode): PreparedOperation | ExecutionResult {
    const known = typeof source === 'string' ? this.#bySource.get(source) : this.#byDocument.get(source);
    if (known) return known;
    const prepared = prepareOperation(source);
    if (!('states' in prepared)) return prepared;
    this.#byDocument.set(prepared.document, prepared);
    if (typeof source === 'string') {
      this.#bySource.set(source, prepared);
      if (this.#bySource.size > this.#maxDocuments) this.#bySource.delete(this.#bySource.keys().next().value as string);
    }
    return prepared;
  }
}

/** Parses and validates `source` without caching: its prepared form, or its errors. */
export function prepareOperation(source: string | DocumentNode): PreparedOperation | ExecutionResult {
  let document: DocumentNode;
  try {
    document = typeof source === 'string' ? parse(source) : source;
  } catch (error) {
    return { errors: [error as never] };
  }
  const errors = validate(createSchema(), document);
  return errors.length > 0 ? { errors } : { document, states: new Map() };
}
