import { readFileSync } from 'node:fs';
import { Parser, Store } from 'n3';
import { describe, expect, it } from 'vitest';
import { rdfNamespaces } from '../../src/export/index.js';
import { rdfQuads } from '../../src/export/rdf-quads.js';
import { seedsGraph } from '../helpers/graphs.js';

const RDF_TYPE = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type';
const RDFS = 'http://www.w3.org/2000/01/rdf-schema#';
const ontology = new Store(
  new Parser({ format: 'Turtle' }).parse(readFileSync(new URL('../../ontology/diplomacy-graph.ttl', import.meta.url), 'utf8')),
);

describe('ontology/diplomacy-graph.ttl', () => {
  it('defines every dgo: class and property the RDF export uses, each with a label and a comment', async () => {
    const ns = rdfNamespaces();
    const used = new Set<string>();
    for (const q of rdfQuads(await seedsGraph())) {
      if (q.predicate.value.startsWith(ns.ontology)) used.add(q.predicate.value);
      if (q.predicate.value === RDF_TYPE && q.object.value.startsWith(ns.ontology)) used.add(q.object.value);
    }
    expect(used.size).toBeGreaterThan(60);
    const undefinedTerms = [...used].filter((term) => ontology.getObjects(term, RDF_TYPE, null).length === 0);
    expect(undefinedTerms).toEqual([]);
    for (const term of used) {
      expect(ontology.getObjects(term, `${RDFS}label`, null), term).toHaveLength(1);
      expect(ontology.getObjects(term, `${RDFS}comment`, null), term).toHaveLength(1);
    }
  });

  it('labels and comments every term it defines, and is shipped with the package', () => {
    const ns = rdfNamespaces();
    const defined = ontology.getSubjects(RDF_TYPE, null, null).filter((t) => t.value.startsWith(ns.ontology));
    for (const term of defined) {
      expect(ontology.getObjects(term, `${RDFS}label`, null), term.value).toHaveLength(1);
      expect(ontology.getObjects(term, `${RDFS}comment`, null), term.value).toHaveLength(1);
    }
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { files: string[] };
    expect(pkg.files).toContain('ontology');
  });
});
