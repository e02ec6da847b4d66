import { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';

/** Content types a GraphQL POST may use here. */
const ACCEPTED_CONTENT_TYPES = ['application/json', 'application/graphql+json', 'application/graphql', 'application/x-www-form-urlencoded'];

/**
 * Turns two request-parsing failures into client errors with a message, where yoga would answer
 * otherwise:
 *
 * - a POST whose `Content-Type` no parser accepts: HTTP 415 `UNSUPPORTED_MEDIA_TYPE` naming the
 *   type received and the types accepted (yoga answers 415 with an empty body);
 * - `variables` or `extensions` that are not valid JSON in a GET query string or a form-encoded
 *   body: HTTP 400 `BAD_REQUEST` (yoga's parser lets the `SyntaxError` through, a 500).
 *
 * Runs after yoga's own parsers have been matched, so `requestParser` is the one selected.
 */
export function useRequestParsing(): Plugin {
  return {
    onRequestParse({ request, requestParser, setRequestParser }) {
      if (!requestParser) {
        if (request.method !== 'POST') return;
        const received = request.headers.get('content-type');
        throw new GraphQLError(
          `Unsupported Content-Type ${received === null ? '(none)' : JSON.stringify(received)}; send one of ${ACCEPTED_CONTENT_TYPES.join(', ')}.`,
          { extensions: { code: 'UNSUPPORTED_MEDIA_TYPE', http: { status: 415 } } },
        );
      }
      setRequestParser(async (req) => {
        try {
          return await requestParser(req);
        } catch (error) {
          if (!(error instanceof SyntaxError)) throw error;
          throw new GraphQLError(`Invalid JSON in the request parameters ("variables" or "extensions"): ${error.message}`, {
            extensions: { code: 'BAD_REQUEST', http: { status: 400 } },
          });
        }
      });
    },
  };
}
