/** A quote to cite, with its document. */
export interface CitedQuote {
  readonly factId: string;
  readonly quote: string;
  readonly documentId: string;
  readonly documentTitle: string | null;
  readonly start: number;
  readonly end: number;
}

/** What the "cite" button copies. */
export interface Citation {
  readonly version: string;
  /** The link that reopens the view. */
  readonly url: string;
  /** Entity, statement, position or document ids the view shows. */
  readonly ids: readonly string[];
  readonly quotes: readonly CitedQuote[];
}

/**
 * Plain text to paste in notes or a paper: the dataset version, the link, the ids, and every
 * quote with its document and offsets, so that each one can be found again in that version.
 */
export function citeText(citation: Citation): string {
  const lines = [`diplomacy-graph dataset ${citation.version}`, `View: ${citation.url}`];
  if (citation.ids.length > 0) lines.push(`Ids: ${citation.ids.join(', ')}`);
  for (const q of citation.quotes) {
    const title = q.documentTitle === null ? q.documentId : `${q.documentTitle} (${q.documentId})`;
    lines.push(`- ${q.factId}: "${q.quote}" (${title}, characters ${q.start}–${q.end})`);
  }
  return `${lines.join('\n')}\n`;
}
