import type { PathLinkResolvers } from '../generated/resolvers-types.js';

/** An edge of a hop and its direction relative to the path. */
export const PathLink: PathLinkResolvers = {
  direction: (link) => (link.direction === 'forward' ? 'FORWARD' : 'BACKWARD'),
};
