/**
 * A file's text as a stream of string chunks: `file.stream()` through a byte counter (for progress) and a
 * strict UTF-8 TextDecoderStream (a byte-order mark is dropped; bytes that are not UTF-8 refuse the file
 * instead of turning into replacement characters that would change the data).
 */
import { ImportRefused } from '../../importExport/ImportRefused';

export async function* fileTextChunks(
  file: Blob,
  onBytes: (bytesRead: number) => void,
): AsyncGenerator<string> {
  let bytesRead = 0;
  const counter = new TransformStream<Uint8Array<ArrayBuffer>, Uint8Array<ArrayBuffer>>({
    transform(chunk, controller) {
      bytesRead += chunk.byteLength;
      onBytes(bytesRead);
      controller.enqueue(chunk);
    },
  });
  const text = file
    .stream()
    .pipeThrough(counter)
    .pipeThrough(new TextDecoderStream('utf-8', { fatal: true }));
  const reader = text.getReader();
  try {
    for (;;) {
      let next: ReadableStreamReadResult<string>;
      try {
        next = await reader.read();
      } catch (error) {
        throw error instanceof TypeError
          ? new ImportRefused(
              0,
              'The file is not UTF-8 text. Choose a .ndjson file exported by Chronoledger.',
            )
          : error;
      }
      if (next.done) return;
      yield next.value;
    }
  } finally {
    // Stops reading the file when the consumer stops early (a refusal, a cancel).
    await reader.cancel().catch(() => undefined);
  }
}
