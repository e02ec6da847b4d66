import { Writer, type Quad } from 'n3';

/** Serialises quads with n3's Writer (synchronously: without an output stream it builds a string). */
export function writeRdf(
  quads: readonly Quad[],
  options: { readonly format: 'N-Triples' | 'Turtle'; readonly prefixes?: Record<string, string> },
): string {
  const writer = new Writer({ format: options.format, ...(options.prefixes ? { prefixes: options.prefixes } : {}) });
  writer.addQuads([...quads]);
  let output: string | undefined;
  let failure: unknown;
  writer.end((error: unknown, result: string) => {
    failure = error;
    output = result;
  });
  if (failure instanceof Error) throw failure;
  if (failure) throw new Error('n3 Writer failed');
  if (output === undefined) throw new Error('n3 Writer did not finish synchronously');
  return output;
}
