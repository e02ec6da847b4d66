import type { DatasetInfoResolvers } from '../generated/resolvers-types.js';

export const DatasetInfo: DatasetInfoResolvers = {
  entityCount: (d) => d.entities.length,
  statementCount: (d) => d.statements.length,
  positionCount: (d) => d.positions.length,
  documentCount: (d) => d.documents.length,
  mentionCount: (d) => d.mentions.length,
};
