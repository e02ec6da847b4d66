/**
 * Colour of each position stance (GraphQL `Stance`, upper case), from the Okabe–Ito palette:
 * support and commitment greens and blues, opposition and rejection vermillion and purple, the
 * softer stances orange, amber and grey.
 */
export const STANCE_COLORS: Readonly<Record<string, string>> = {
  SUPPORTS: '#009E73',
  COMMITS: '#0072B2',
  PROPOSES: '#56B4E9',
  HOPES: '#E69F00',
  EXPECTS: '#B8860B',
  ASSESSES: '#777777',
  OPPOSES: '#D55E00',
  REJECTS: '#CC79A7',
};

/** Colour of statement edges: neutral, so that stance colours stand out. */
export const STATEMENT_EDGE_COLOR = '#9a9a9a';

/** Colour of a stance given in either case; the statement colour for another. */
export function stanceColor(stance: string): string {
  return STANCE_COLORS[stance.toUpperCase()] ?? STATEMENT_EDGE_COLOR;
}
