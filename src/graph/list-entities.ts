import type { Entity, EntityKind } from '../dataset/model.js';
import type { KnowledgeGraph } from './knowledge-graph.js';

/** Entities of one kind (or all), in dataset order. */
export function listEntities(kg: KnowledgeGraph, kind?: EntityKind | null): readonly Entity[] {
  if (kind === null || kind === undefined) return kg.dataset.entities;
  return kg.entitiesByKind.get(kind) ?? [];
}
