import type { IncomingMessage, ServerResponse } from 'node:http';

/**
 * The GraphQL server that `createServer` builds, without a socket. It is a graphql-yoga instance,
 * but only these members are public API, so the published types do not depend on yoga's (which
 * need DOM and ESNext libraries to compile) and yoga can change underneath.
 */
export interface DiplomacyGraphServer {
  /** The path GraphQL is served at (`/graphql`). */
  readonly graphqlEndpoint: string;
  /** Answers one Fetch API request: `await server.fetch('http://localhost/graphql?query={dataset{version}}')`. */
  fetch(input: string | URL | Request, init?: RequestInit): Response | Promise<Response>;
  /** A `node:http` request listener: `http.createServer((req, res) => void server.handle(req, res))`. */
  handle(request: IncomingMessage, response: ServerResponse): unknown;
}
