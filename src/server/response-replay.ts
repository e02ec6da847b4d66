import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http';
import type { ServerLogger } from './logger.js';

/** A cached answer as the response cache holds it: its serialized body and that body's ETag. */
export interface CachedAnswer {
  readonly body: Buffer;
  readonly etag: string;
}

/** What the response cache tells the replay about a request it answered from (or into) the cache. */
export interface ReplayableAnswer {
  /** The response cache's key of the answer (looked up again on every replay). */
  readonly cacheKey: string;
  /** The operation name the request log writes for it. */
  readonly operationName: string | null;
}

/** How a request that came through yoga was answered: everything a replay writes again. */
interface Replay extends ReplayableAnswer {
  readonly status: number;
  readonly statusText: string | undefined;
  readonly headers: OutgoingHttpHeaders;
}

/** Options of {@link ResponseReplay}. */
export interface ResponseReplayOptions {
  /** The GraphQL endpoint's path: only POSTs to exactly this path are replayed. */
  readonly endpoint: string;
  /** The request log (see `useRequestLog`): a replayed request is logged as yoga's would be. */
  readonly logger: ServerLogger;
  /** Most requests remembered (the least recently replayed goes first). Default 1000. */
  readonly maxEntries?: number;
  /** Largest request body replayed, in bytes (larger ones always go through yoga). Default 4096. */
  readonly maxBodyBytes?: number;
}

const CONTENT_LENGTH = /^\d+$/;

/**
 * The response cache's hits answered at the socket, before yoga: a POST whose exact bytes (body,
 * and the request headers yoga's answer depends on: `Content-Type`, `Accept`, `Origin`) were
 * answered from the response cache before gets the same status and headers as then (yoga's,
 * CORS and ETag included) and the cached answer's bytes, with the same request log line; nothing
 * is parsed. A hit through yoga costs about 2.3× a bare node:http answer on this machine, nearly
 * all of it in the framework (Request and Response objects, the plugin hooks), the same for every
 * operation; a replay costs what node:http does (bench/results.md).
 *
 * Everything else goes to yoga unchanged: other methods and paths, requests without a declared
 * `Content-Length` or with a larger body than `maxBodyBytes`, conditional requests
 * (`If-None-Match`, which yoga's path answers with 304s), and every request not seen before.
 * A request seen before is replayed only while the response cache still holds its answer, so the
 * cache's bounds and its dataset version hold for replays too. The bytes of a body read here
 * are handed to yoga as the request's body when it is not a replay.
 */
export class ResponseReplay {
  readonly #replays = new Map<string, Replay>();
  /** Requests on their way through yoga, with their replay key. */
  readonly #pending = new WeakMap<IncomingMessage, string>();
  /** Those the response cache answered, with what it said about them. */
  readonly #answered = new WeakMap<IncomingMessage, ReplayableAnswer>();
  readonly #options: ResponseReplayOptions;
  readonly #maxEntries: number;
  readonly #maxBodyBytes: number;
  #lookup: (cacheKey: string) => CachedAnswer | undefined = () => undefined;

  constructor(options: ResponseReplayOptions) {
    this.#options = options;
    this.#maxEntries = options.maxEntries ?? 1000;
    this.#maxBodyBytes = options.maxBodyBytes ?? 4096;
  }

  /** Called by the response cache: how to find a cached answer by its key (undefined once evicted). */
  connect(lookup: (cacheKey: string) => CachedAnswer | undefined): void {
    this.#lookup = lookup;
  }

  /** Called by the response cache for a request it answered with a cached (or newly cached) answer. */
  answered(request: IncomingMessage, answer: ReplayableAnswer): void {
    if (this.#pending.has(request)) this.#answered.set(request, answer);
  }

  /** Answers `req` from a replay, or hands it to `next` (yoga), reading its body first if eligible. */
  handle(req: IncomingMessage, res: ServerResponse, next: (req: IncomingMessage, res: ServerResponse) => void): void {
    const started = performance.now();
    const { headers } = req;
    const declared = headers['content-length'];
    if (
      req.method !== 'POST' ||
      req.url !== this.#options.endpoint ||
      declared === undefined ||
      !CONTENT_LENGTH.test(declared) ||
      Number(declared) === 0 ||
      Number(declared) > this.#maxBodyBytes ||
      headers['transfer-encoding'] !== undefined ||
      headers['if-none-match'] !== undefined
    ) {
      next(req, res);
      return;
    }
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.once('end', () => {
      const body = chunks.length === 1 ? (chunks[0] as Buffer) : Buffer.concat(chunks);
      const key = `${headers['content-type'] ?? ''}\u0000${headers.accept ?? ''}\u0000${headers.origin ?? ''}\u0000${body.toString('latin1')}`;
      if (this.#replay(key, res, started)) return;
      // whatwg-node reads a body already read from `req.body` (as frameworks' body parsers leave it).
      (req as IncomingMessage & { body?: Buffer }).body = body;
      this.#pending.set(req, key);
      this.#recordOnWriteHead(req, res, key);
      next(req, res);
    });
  }

  #replay(key: string, res: ServerResponse, started: number): boolean {
    const replay = this.#replays.get(key);
    if (!replay) return false;
    const answer = this.#lookup(replay.cacheKey);
    if (!answer) {
      this.#replays.delete(key);
      return false;
    }
    // Most recently replayed last.
    this.#replays.delete(key);
    this.#replays.set(key, replay);
    res.writeHead(replay.status, replay.statusText, replay.headers);
    res.end(answer.body);
    this.#log(replay, started);
    return true;
  }

  /** Remembers the status and headers yoga writes for `req`, if the response cache answered it. */
  #recordOnWriteHead(req: IncomingMessage, res: ServerResponse, key: string): void {
    const writeHead = res.writeHead.bind(res) as (...args: unknown[]) => ServerResponse;
    res.writeHead = (status: number, ...rest: unknown[]) => {
      res.writeHead = writeHead;
      const answer = this.#answered.get(req);
      const [statusText, given] = typeof rest[0] === 'string' || rest[0] === undefined ? rest : [undefined, rest[0]];
      if (answer && status === 200 && (given === undefined || isPlainHeaders(given))) {
        // Headers set before (`setHeaders`), by their names as written, and those given here.
        const headers: OutgoingHttpHeaders = {};
        for (const name of (res as unknown as { getRawHeaderNames(): string[] }).getRawHeaderNames()) headers[name] = res.getHeader(name);
        if (isPlainHeaders(given)) Object.assign(headers, given);
        this.#remember(key, { ...answer, status, statusText: statusText as string | undefined, headers });
      }
      return writeHead(status, ...rest);
    };
  }

  #remember(key: string, replay: Replay): void {
    this.#replays.delete(key);
    this.#replays.set(key, replay);
    if (this.#replays.size > this.#maxEntries) this.#replays.delete(this.#replays.keys().next().value as string);
  }

  /** The line `useRequestLog` writes for the same request. */
  #log(replay: Replay, started: number): void {
    try {
      this.#options.logger.info({
        msg: 'request',
        method: 'POST',
        path: this.#options.endpoint,
        status: replay.status,
        durationMs: Math.round((performance.now() - started) * 1000) / 1000,
        operationName: replay.operationName,
      });
    } catch {
      // A failing log sink must not take the server down (as in useRequestLog).
    }
  }
}

/** Headers as yoga hands them to `writeHead` in one object (not an array of raw pairs, not absent). */
function isPlainHeaders(headers: unknown): headers is OutgoingHttpHeaders {
  return typeof headers === 'object' && headers !== null && !Array.isArray(headers);
}
