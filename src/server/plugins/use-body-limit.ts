import { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';

/** Only one non-negative integer is a valid Content-Length (not lists, signs or blanks). */
const CONTENT_LENGTH = /^\d+$/;

function tooLarge(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'REQUEST_ENTITY_TOO_LARGE', http: { status: 413 } } });
}

/**
 * `request` with its body cut off with a 413 once more than `maxBytes` have been read (what
 * yoga's `maxRequestBodySize` does, for bodies without a declared length).
 */
function limitBody(
  request: Request,
  maxBytes: number,
  fetchAPI: { Request: typeof Request; TransformStream: typeof TransformStream },
): Request {
  const body = request.body;
  if (!body) return request;
  // A native stream needs the native TransformStream (graphql-yoga#4583).
  const Transform = body instanceof ReadableStream ? globalThis.TransformStream : fetchAPI.TransformStream;
  let bytesRead = 0;
  const limited = body.pipeThrough(
    new Transform<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        bytesRead += chunk.byteLength;
        if (bytesRead > maxBytes) {
          controller.error(tooLarge(`Request body too large: the limit is ${maxBytes} bytes.`));
          return;
        }
        controller.enqueue(chunk);
      },
    }),
  );
  return new fetchAPI.Request(request.url, {
    method: request.method,
    headers: request.headers,
    signal: request.signal,
    body: limited,
    duplex: 'half',
  } as RequestInit);
}

/**
 * Holds request bodies to `maxBytes` (yoga's own `maxRequestBodySize` must be off):
 *
 * - a declared `Content-Length` that is not one non-negative integer: HTTP 400 `BAD_REQUEST`;
 * - a declared length over `maxBytes`: HTTP 413 `REQUEST_ENTITY_TOO_LARGE` naming both sizes,
 *   before any of the body is read. A body with a declared length is not counted again: node's
 *   HTTP parser never delivers more than `Content-Length` bytes (and rejects a request that also
 *   says `Transfer-Encoding`), so re-streaming every body through a counter (what yoga does)
 *   would only cost time;
 * - a body without a declared length (chunked) is cut off with a 413 once `maxBytes` are read.
 */
export function useBodyLimit(maxBytes: number): Plugin {
  return {
    onRequestParse({ request, requestParser, setRequestParser, fetchAPI }) {
      const declared = request.headers.get('content-length');
      if (declared !== null) {
        if (!CONTENT_LENGTH.test(declared)) {
          throw new GraphQLError('Content-Length header is invalid.', { extensions: { code: 'BAD_REQUEST', http: { status: 400 } } });
        }
        const bytes = Number(declared);
        if (bytes > maxBytes) throw tooLarge(`Request body too large: ${bytes} bytes; the limit is ${maxBytes} bytes.`);
        return;
      }
      if (!requestParser || request.body === null) return;
      setRequestParser((req) => requestParser(limitBody(req, maxBytes, fetchAPI)));
    },
  };
}
