import type { StatementValueResolvers } from '../generated/resolvers-types.js';

export const StatementValue: StatementValueResolvers = {
  __resolveType: (value) => ('type' in value ? (value.type === 'quantity' ? 'Quantity' : 'StringValue') : 'TimeValue'),
};
