import { createHash } from 'node:crypto';
import { appendFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { stringify } from 'yaml';
import { buildDataset } from '../dataset/build-dataset.js';
import { normalizeText } from '../dataset/normalized-text.js';
import { documentIdSchema } from '../dataset/raw-schema.js';
import { readDatasetFiles } from '../dataset/read-dataset-files.js';
import { splitParagraphs } from '../dataset/text-structure.js';
import { InvalidArgumentError } from '../errors.js';
import { createKnowledgeGraph } from '../graph/knowledge-graph.js';
import { documentWorksheet, type Worksheet } from './document-worksheet.js';
import { formatWorksheet } from './format-worksheet.js';
import { locateMetadata, type MetadataField } from './locate-metadata.js';

/** Metadata fields `add-document` takes, in documents.yaml order. */
export const DOCUMENT_METADATA_FIELDS = ['title', 'outlet', 'published', 'url', 'language'] as const;

/** What `add-document` is given. */
export interface AddDocumentOptions {
  readonly directory: string;
  /** The text file to add. */
  readonly file: string;
  /** Default `document:<file name without extension, in kebab-case>`. */
  readonly id?: string;
  readonly metadata?: Partial<Record<(typeof DOCUMENT_METADATA_FIELDS)[number], string>>;
}

/** What `add-document` wrote. */
export interface AddedDocument {
  readonly id: string;
  /** Path relative to the dataset directory. */
  readonly file: string;
  readonly sha256: string;
  readonly entry: Record<string, unknown>;
  /** Relative path of the worksheet written. */
  readonly worksheetFile: string;
  readonly worksheet: Worksheet;
  readonly markdown: string;
}

function slug(name: string): string {
  return name
    .replace(/\.[^.]*$/, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

async function readText(file: string): Promise<string> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (error) {
    throw new InvalidArgumentError(`add-document: cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    if (text.trim().length === 0) throw new InvalidArgumentError(`add-document: ${file} is empty`);
    return text;
  } catch (error) {
    if (error instanceof InvalidArgumentError) throw error;
    throw new InvalidArgumentError(`add-document: ${file} is not UTF-8 text; convert it first (e.g. iconv -t UTF-8)`);
  }
}

async function existingText(path: string): Promise<string | null> {
  try {
    return await readFile(path, 'utf8');
  } catch {
    return null;
  }
}

/**
 * Adds a source document to the dataset in `directory`: copies its text byte for byte into
 * documents/, appends its documents.yaml entry (sha256, and each metadata value given with its
 * quote where the text states it, else marked inferred), then loads the dataset and writes the
 * document's worksheet to worksheets/<slug>.md. Checks everything it can before writing: an
 * unreadable or non-UTF-8 file, a malformed or taken id, or a file name already used is an
 * `InvalidArgumentError` and nothing is written. A dataset invalid for other reasons throws its
 * `DatasetError` after the document is added (fix it, then run `worksheet`).
 */
export async function addDocument(options: AddDocumentOptions): Promise<AddedDocument> {
  const text = await readText(options.file);
  const name = basename(options.file).endsWith('.txt') ? basename(options.file) : `${basename(options.file)}.txt`;
  if (!/^[^/\\]+\.txt$/.test(name)) throw new InvalidArgumentError(`add-document: cannot use ${name} as a file name`);
  const id = options.id ?? `document:${slug(name)}`;
  if (!documentIdSchema.safeParse(id).success)
    throw new InvalidArgumentError(`add-document: --id ${id} must be document:<kebab-case-slug>`);
  const before = await readDatasetFiles(options.directory);
  if (before.documentsYaml === null)
    throw new InvalidArgumentError(`add-document: ${options.directory} has no documents.yaml (run diplomacy-graph init first)`);
  if (new RegExp(`^\\s*-?\\s*id:\\s*['"]?${id}['"]?\\s*$`, 'm').test(before.documentsYaml.text)) {
    throw new InvalidArgumentError(`add-document: documents.yaml already has ${id}; pass another --id`);
  }
  const target = join(options.directory, 'documents', name);
  if ((await existingText(target)) !== null) throw new InvalidArgumentError(`add-document: documents/${name} already exists`);
  const sha256 = createHash('sha256').update(text).digest('hex');
  const searchable = { id, text, normalized: normalizeText(text), paragraphs: splitParagraphs(text) };
  const entry: Record<string, unknown> = { id, file: name, sha256 };
  for (const field of DOCUMENT_METADATA_FIELDS) {
    const value = options.metadata?.[field];
    if (value !== undefined && value.trim() !== '') entry[field] = locateMetadata(searchable, field, value.trim()) satisfies MetadataField;
  }
  await mkdir(join(options.directory, 'documents'), { recursive: true });
  await writeFile(target, text, { flag: 'wx' });
  const yamlText = before.documentsYaml.text;
  await appendFile(
    join(options.directory, 'documents.yaml'),
    `${yamlText.endsWith('\n') || yamlText === '' ? '' : '\n'}${stringify([entry], { lineWidth: 0 })}`,
  );
  const kg = createKnowledgeGraph(buildDataset(await readDatasetFiles(options.directory)));
  const worksheet = documentWorksheet(kg, id);
  const markdown = formatWorksheet(worksheet);
  const worksheetFile = `worksheets/${id.slice('document:'.length)}.md`;
  await mkdir(join(options.directory, 'worksheets'), { recursive: true });
  await writeFile(join(options.directory, worksheetFile), markdown);
  return { id, file: `documents/${name}`, sha256, entry, worksheetFile, worksheet, markdown };
}
