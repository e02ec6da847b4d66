/** Number of distinct documents among the evidence of `items`. */
export function sourceCountOf(items: ReadonlyArray<{ readonly evidence: ReadonlyArray<{ readonly document: string }> }>): number {
  const documents = new Set<string>();
  for (const item of items) for (const e of item.evidence) documents.add(e.document);
  return documents.size;
}
