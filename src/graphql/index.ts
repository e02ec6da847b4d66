export type { GraphQLContext } from './context.js';
export { createSchema } from './create-schema.js';
export { executeQuery } from './execute-query.js';
export { PreparedOperations } from './prepared-operations.js';
export { toGraphQLError, expectedErrorOf } from './to-graphql-error.js';
export { withDatasetVersion } from './with-dataset-version.js';
export { typeDefs } from './generated/type-defs.js';
