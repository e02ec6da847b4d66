import { searchIndexWork } from '../../../graph/search-index-of.js';
import { search as searchGraph } from '../../../graph/search.js';
import type { QueryResolvers } from '../../generated/resolvers-types.js';
import { shouldStopOf } from '../../should-stop.js';

/**
 * Has the search index built on first use through the context's `runWork` (a server: in short
 * slices between turns of the event loop, or the build it started in the background), never in
 * one block that would stall every other request; then searches, stopping when the execution's
 * deadline passes. Once the index is built the search answers synchronously: no promise, so the
 * compiled executor stays on its synchronous path.
 */
export const search: NonNullable<QueryResolvers['search']> = (
  _parent,
  { query, types, kinds, prefix, fuzzy, matchAll, first },
  context,
) => {
  const run = () =>
    searchGraph(context.kg, query, {
      types,
      kinds,
      prefix,
      fuzzy,
      combineWith: matchAll ? 'and' : 'or',
      first,
      shouldStop: shouldStopOf(context),
    });
  const work = searchIndexWork(context.kg);
  return context.runWork && !work.done ? context.runWork(work).then(run) : run();
};
