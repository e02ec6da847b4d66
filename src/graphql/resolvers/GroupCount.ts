import type { GroupCountResolvers } from '../generated/resolvers-types.js';

/**
 * One group of an aggregation. Enum keys travel as GraphQL spells them (`SUPPORTS`, not the
 * model's `supports`); labels name what the key stands for.
 */
export const GroupCount: GroupCountResolvers = {
  key: (g) => (g.key !== null && g.keyKind === 'enum' ? g.key.toUpperCase() : g.key),
  label: (g, _args, { kg }) => {
    if (g.key === null) return null;
    switch (g.keyKind) {
      case 'entity':
        return kg.entityById.get(g.key)?.name ?? g.key;
      case 'document': {
        const document = kg.documentById.get(g.key);
        return document?.title?.value ?? g.key;
      }
      case 'predicate':
        return kg.predicateById.get(g.key)?.label ?? g.key;
      case 'enum':
        return g.key.toUpperCase();
      default:
        return g.key;
    }
  },
  entity: (g, _args, { kg }) => (g.keyKind === 'entity' && g.key !== null ? (kg.entityById.get(g.key) ?? null) : null),
  document: (g, _args, { kg }) => (g.keyKind === 'document' && g.key !== null ? (kg.documentById.get(g.key) ?? null) : null),
};
