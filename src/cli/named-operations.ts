import { Kind, type DocumentNode } from 'graphql';
import * as generated from '../client/generated/graphql.js';

/** The named operations of operations/*.graphql (as compiled for the typed client), by operation name. */
export function namedOperations(): ReadonlyMap<string, DocumentNode> {
  const byName = new Map<string, DocumentNode>();
  for (const value of Object.values(generated) as unknown[]) {
    if (typeof value !== 'object' || value === null || (value as { kind?: unknown }).kind !== Kind.DOCUMENT) continue;
    const document = value as DocumentNode;
    for (const definition of document.definitions) {
      if (definition.kind === Kind.OPERATION_DEFINITION && definition.name !== undefined) byName.set(definition.name.value, document);
    }
  }
  return byName;
}
