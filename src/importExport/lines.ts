/**
 * Splitting streamed text into lines without ever holding more than one line (plus one chunk) at a time.
 * Lines end with "\n" (a "\r" before it is dropped, so CRLF files work); a final line without a line break
 * counts too, and a final line break ends the file without adding an empty line. A line that grows past
 * `maxLineLength` is refused as soon as that is known, before the rest of it is read.
 */
import { ImportRefused } from './ImportRefused';
import { limitMessages, type ImportLimits } from './importLimits';

export async function* splitLines(
  chunks: AsyncIterable<string> | Iterable<string>,
  limits: ImportLimits,
): AsyncGenerator<string> {
  let pending = '';
  let line = 0;
  const complete = (text: string): string => {
    line += 1;
    const withoutCr = text.endsWith('\r') ? text.slice(0, -1) : text;
    if (withoutCr.length > limits.maxLineLength)
      throw new ImportRefused(line, limitMessages.lineLength(limits));
    return withoutCr;
  };
  for await (const chunk of chunks) {
    pending += chunk;
    let start = 0;
    for (let end = pending.indexOf('\n'); end !== -1; end = pending.indexOf('\n', start)) {
      yield complete(pending.slice(start, end));
      start = end + 1;
    }
    pending = pending.slice(start);
    // One more character for a "\r" that may precede the line break.
    if (pending.length > limits.maxLineLength + 1)
      throw new ImportRefused(line + 1, limitMessages.lineLength(limits));
  }
  if (pending !== '') yield complete(pending);
}
