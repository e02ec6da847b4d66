import { InvalidArgumentError } from '../errors.js';

/**
 * The IRIs of the RDF exports. Everything lives under one base, by default
 * `https://diplomacy-graph.example/`: `.example` is a top-level domain reserved for examples
 * (RFC 2606, RFC 6761), so these names can never collide with anyone's real resources, and they
 * say plainly that they are names, not addresses to dereference. Publish under your own domain
 * with the `base` option (`--base` on the CLI). Under the base:
 *
 * - `id/<kind>/<slug>`: an entity, statement, position or document (`person:kassym-jomart-tokayev` →
 *   `id/person/kassym-jomart-tokayev`); `id/<kind>/<slug>/evidence/<n>` its n-th evidence (0-based),
 *   `…/pointInTime`, `…/startTime`, `…/endTime`, `…/date`, `…/value` its times, `…/title` etc. a
 *   document's metadata fields; `id/dataset` the dataset.
 * - `ontology#<Term>`: classes and properties of the model (`dgo:Statement`, `dgo:evidence`, `dgo:quote`).
 * - `predicate/<id>`: the predicate vocabulary (`dgp:member_of`), used both as the value of
 *   `dgo:predicate` and as the property of the direct triple subject → object.
 */
export const DEFAULT_RDF_BASE = 'https://diplomacy-graph.example/';

/** The namespaces of an RDF export under `base`. */
export interface RdfNamespaces {
  readonly base: string;
  /** Instances: `<base>id/`. */
  readonly id: string;
  /** Classes and properties: `<base>ontology#`. */
  readonly ontology: string;
  /** Vocabulary predicates: `<base>predicate/`. */
  readonly predicate: string;
}

/** The namespaces under `base` (which must be an absolute http(s) IRI; a missing final `/` is added). */
export function rdfNamespaces(base: string = DEFAULT_RDF_BASE): RdfNamespaces {
  let url: URL | null;
  try {
    url = new URL(base);
  } catch {
    url = null;
  }
  if (url === null || (url.protocol !== 'http:' && url.protocol !== 'https:') || url.search !== '' || url.hash !== '') {
    throw new InvalidArgumentError(`RDF base must be an absolute http(s) IRI without query or fragment, got ${JSON.stringify(base)}`);
  }
  const normalized = url.href.endsWith('/') ? url.href : `${url.href}/`;
  return { base: normalized, id: `${normalized}id/`, ontology: `${normalized}ontology#`, predicate: `${normalized}predicate/` };
}

/** IRI of a record id (`<kind>:<slug>` → `<base>id/<kind>/<slug>`), reversible by {@link idOfIri}. */
export function iriOfId(ns: RdfNamespaces, id: string): string {
  const colon = id.indexOf(':');
  if (colon <= 0) return `${ns.id}${encodeURIComponent(id)}`;
  return `${ns.id}${encodeURIComponent(id.slice(0, colon))}/${encodeURIComponent(id.slice(colon + 1))}`;
}

/** The record id behind an IRI minted by {@link iriOfId}; null for any other IRI. */
export function idOfIri(ns: RdfNamespaces, iri: string): string | null {
  if (!iri.startsWith(ns.id)) return null;
  const parts = iri.slice(ns.id.length).split('/');
  if (parts.length !== 2) return null;
  return `${decodeURIComponent(parts[0] as string)}:${decodeURIComponent(parts[1] as string)}`;
}
