/**
 * Radius of an entity's node in pixels, from its degree (statements it takes part in as subject or
 * object): from 5 for an isolated entity, growing with the log of the degree (about 20 at 150).
 * The explorer's canvas and the notebook's SVG size nodes alike.
 */
export function nodeSize(degree: number): number {
  return Math.round((5 + 3 * Math.log2(1 + degree)) * 10) / 10;
}
