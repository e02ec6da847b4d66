export { createClient, type ClientOptions, type ClientHeaders } from './create-client.js';
export { createInProcessClient } from './create-in-process-client.js';
export { type DiplomacyGraphClient, type GraphQLResponse, type VariablesArgument } from './diplomacy-graph-client.js';
export { GraphQLRequestError, type GraphQLRequestErrorDetails } from './graphql-request-error.js';
/** The named operations of operations/*.graphql as TypedDocumentNodes, with their result and variables types. */
export * as operations from './generated/graphql.js';
