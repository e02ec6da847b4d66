import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { curatedJsonSchemaFiles } from '../dataset/curated-json-schemas.js';
import type { Dataset } from '../dataset/model.js';

/**
 * Writes the JSON Schemas of `dataset`'s curated files into `directory`: references (subject,
 * object, holder, topic, evidence documents, …) are enums of its entity ids, predicates and
 * documents, so an editor completes them. Returns the paths written.
 */
export async function writeDatasetSchemas(dataset: Dataset, directory: string): Promise<string[]> {
  await mkdir(directory, { recursive: true });
  const known = {
    entities: dataset.entities.map((e) => e.id),
    predicates: dataset.predicates.map((p) => p.id),
    documents: dataset.documents.map((d) => d.id),
  };
  const written: string[] = [];
  for (const [name, text] of curatedJsonSchemaFiles(known)) {
    await writeFile(join(directory, name), text);
    written.push(join(directory, name));
  }
  return written;
}
