export { initDataset } from './init-dataset.js';
export { addDocument, DOCUMENT_METADATA_FIELDS, type AddDocumentOptions, type AddedDocument } from './add-document.js';
export { documentWorksheet, type Worksheet, type WorksheetEntity, type WorksheetParagraph } from './document-worksheet.js';
export { formatWorksheet } from './format-worksheet.js';
export { datasetDiff, formatDatasetDiff, type DatasetDiff, type DiffFact, type ChangedFact } from './dataset-diff.js';
export { writeDatasetSchemas } from './write-dataset-schemas.js';
export { curatedFileKind, datasetModeline, DATASET_SCHEMA_FOLDER } from './dataset-layout.js';
export { locateMetadata, type MetadataField } from './locate-metadata.js';
