import type { ExcusedName, ExcusedParagraph } from '../model.js';
import { rawCoverageNoteSchema } from '../raw-schema.js';
import type { Checker } from './checker.js';
import type { DatasetFiles } from './dataset-files.js';
import type { LocateEvidence } from './evidence-locator.js';

/** The notes of `coverage.yaml`: paragraphs without claims (located by a quote) and names left unlinked. */
export function coverageNotes(check: Checker, files: DatasetFiles, locate: LocateEvidence) {
  const excusedParagraphs: ExcusedParagraph[] = [];
  const excusedNames: ExcusedName[] = [];
  for (const { raw, at, entry } of check.parseAll(files.coverage ? [files.coverage] : [], 'coverage', rawCoverageNoteSchema)) {
    if ('name' in raw) {
      excusedNames.push({ name: raw.name, reason: raw.reason });
      continue;
    }
    const [located] = locate(at, entry, 'quote', [raw]);
    if (located) excusedParagraphs.push({ document: raw.document, paragraph: located.paragraph, reason: raw.reason });
  }
  return { excusedParagraphs, excusedNames };
}
