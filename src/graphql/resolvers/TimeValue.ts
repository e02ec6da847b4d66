import { resolveNode } from '../../graph/resolve-node.js';
import { timeSource } from '../../graph/time-source.js';
import type { TimeValueResolvers } from '../generated/resolvers-types.js';

export const TimeValue: TimeValueResolvers = {
  // TimeSource maps to the internal 'stated' | 'derived' | 'inferred' through enumValues; codegen
  // types a mapped enum's resolver result as null (see GraphEdge.kind), so the value passes untyped.
  source: (t) => timeSource(t) as never,
  derivedFrom: (t, _args, { kg }) => (t.derivedFrom === null ? null : resolveNode(kg, t.derivedFrom)),
};
