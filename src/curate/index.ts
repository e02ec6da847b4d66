export { initDataset } from './init-dataset.js';
export { addDocument, type AddDocumentOptions, type AddedDocument } from './add-document.js';
export { documentWorksheet, type Worksheet, type WorksheetEntity, type WorksheetParagraph } from './document-worksheet.js';
export { formatWorksheet } from './format-worksheet.js';
export { datasetDiff, formatDatasetDiff, type DatasetDiff, type DiffFact, type ChangedFact } from './dataset-diff.js';
export { writeDatasetSchemas } from './write-dataset-schemas.js';
