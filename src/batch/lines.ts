/**
 * Lines of a stream, one at a time, so that a batch of a million cases needs the memory of a few lines,
 * not of the file. A line longer than `maxLength` is not held either: it comes out as `{ tooLong: true }`
 * and the reader skips to the next line break.
 */
import type { Readable } from 'node:stream';

export type Line = { readonly number: number; readonly text: string } | { readonly number: number; readonly tooLong: true };

export async function* linesOf(stream: Readable, maxLength: number): AsyncGenerator<Line> {
  stream.setEncoding('utf8');
  let pending = '';
  let skipping = false;
  let number = 0;
  for await (const chunk of stream as AsyncIterable<string>) {
    let start = 0;
    for (;;) {
      const nl = chunk.indexOf('\n', start);
      if (nl === -1) break;
      const piece = chunk.slice(start, nl);
      start = nl + 1;
      number++;
      if (skipping || pending.length + piece.length > maxLength) {
        skipping = false;
        pending = '';
        yield { number, tooLong: true };
        continue;
      }
      const text = pending + piece;
      pending = '';
      yield { number, text: text.endsWith('\r') ? text.slice(0, -1) : text };
    }
    if (skipping) continue;
    pending += chunk.slice(start);
    if (pending.length > maxLength) {
      skipping = true;
      pending = '';
    }
  }
  if (skipping || pending !== '') {
    number++;
    yield skipping ? { number, tooLong: true } : { number, text: pending.endsWith('\r') ? pending.slice(0, -1) : pending };
  }
}
