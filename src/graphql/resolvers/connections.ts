import type { Resolvers } from '../generated/resolvers-types.js';

/** A connection's `aggregate` works on the whole filtered list the page was cut from. */
const aggregate = { aggregate: <T extends { readonly items: readonly unknown[] }>(connection: T): T => connection };

/** Connection types whose `aggregate` counts over their whole list. */
export const connectionTypes = {
  PositionConnection: aggregate,
  StatementConnection: aggregate,
  EntityConnection: aggregate,
  PersonConnection: aggregate,
  CountryConnection: aggregate,
  OrganizationConnection: aggregate,
  EventConnection: aggregate,
  TopicConnection: aggregate,
} satisfies Resolvers;
