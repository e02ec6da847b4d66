import { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';

/**
 * Answers HTTP 413 (`REQUEST_ENTITY_TOO_LARGE`) to a request whose declared `Content-Length`
 * exceeds `maxBytes`, naming both sizes, before any of the body is read. Bodies without a length
 * (chunked) are cut off at the same size by yoga's `maxRequestBodySize`, set to the same limit.
 */
export function useBodyLimit(maxBytes: number): Plugin {
  return {
    onRequestParse({ request }) {
      const declared = request.headers.get('content-length');
      if (declared === null || !/^\d+$/.test(declared)) return;
      const bytes = Number(declared);
      if (bytes <= maxBytes) return;
      throw new GraphQLError(`Request body too large: ${bytes} bytes; the limit is ${maxBytes} bytes.`, {
        extensions: { code: 'REQUEST_ENTITY_TOO_LARGE', http: { status: 413 } },
      });
    },
  };
}
