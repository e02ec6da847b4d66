import type { EntityKind } from '../dataset/model.js';

/**
 * Fill colour of each entity kind, shared by the browser explorer and the notebook's SVG pictures.
 * The eight most common kinds take the Okabe–Ito colour-blind-safe palette; the rarer ones take
 * muted tints that stay apart from it in lightness.
 */
export const KIND_COLORS: Readonly<Record<EntityKind, string>> = {
  person: '#D55E00',
  country: '#0072B2',
  organization: '#009E73',
  company: '#CC79A7',
  agreement: '#E69F00',
  event: '#56B4E9',
  project: '#F0E442',
  topic: '#999999',
  territory: '#5B8DB8',
  region: '#7FB3D5',
  place: '#A3C4A8',
  outlet: '#8E6C8A',
  office: '#B07C4F',
  work: '#6C6C6C',
};

/** Colour of a kind given as in the model (`person`) or in GraphQL (`PERSON`); grey for another. */
export function kindColor(kind: string): string {
  return (KIND_COLORS as Readonly<Record<string, string>>)[kind.toLowerCase()] ?? '#999999';
}
