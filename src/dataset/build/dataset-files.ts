/** A file of the dataset directory, by its path relative to the directory. */
export interface DatasetFile {
  readonly path: string;
  readonly text: string;
}

/** The raw files of a dataset directory, as read from disk (or built by a test). */
export interface DatasetFiles {
  readonly directory: string;
  /** `documents.yaml`. */
  readonly documentsYaml: DatasetFile | null;
  /** `documents/*.txt`, keyed by file name. */
  readonly texts: ReadonlyMap<string, DatasetFile>;
  readonly vocabulary: readonly DatasetFile[];
  readonly entities: readonly DatasetFile[];
  readonly statements: readonly DatasetFile[];
  readonly positions: readonly DatasetFile[];
  /** `coverage.yaml`: paragraphs without claims and names deliberately left unlinked. */
  readonly coverage?: DatasetFile | null;
}
