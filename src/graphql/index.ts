export type { GraphQLContext } from './context.js';
export { createSchema } from './create-schema.js';
export { executeQuery } from './execute-query.js';
export { PreparedOperations } from './prepared-operations.js';
export { typeDefs } from './generated/type-defs.js';
