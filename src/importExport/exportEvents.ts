/**
 * Exporting stored events as `chronoledger-events` lines. The exporter takes any source of stored events in
 * chunks (the log read in ranges, or later a what-if branch), turns each chunk into one text, and hands it
 * to a sink (the browser wraps each in a Blob part, so the text can leave the JavaScript heap at once). It
 * pauses between chunks, so a million events never freeze the page, and reports progress as it goes.
 */
import type { EventStore } from '../eventStore/EventStore';
import type { StoredEvent } from '../eventStore/types';
import { eventLine, headerLine } from './format';

/** Events per chunk: read with one `readAll`, serialised into one text. */
export const EXPORT_CHUNK = 50_000;

export type EventChunks = Iterable<readonly StoredEvent[]> | AsyncIterable<readonly StoredEvent[]>;

export interface ExportOptions {
  /** Events written so far, after each chunk. */
  readonly onProgress?: (written: number) => void;
  /** Checked between chunks; aborting rejects with its AbortError and writes no further chunk. */
  readonly signal?: AbortSignal;
  /** Lets the page breathe between chunks; a macrotask by default. */
  readonly pause?: () => Promise<void>;
}

export const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/** Writes the events' lines to `sink`, one text per chunk; resolves with the number of events written. */
export async function writeEventLines(
  chunks: EventChunks,
  sink: (text: string) => void,
  { onProgress, signal, pause = nextTask }: ExportOptions = {},
): Promise<number> {
  let written = 0;
  for await (const chunk of chunks) {
    signal?.throwIfAborted();
    let text = '';
    for (const event of chunk) text += eventLine(event);
    sink(text);
    written += chunk.length;
    onProgress?.(written);
    await pause();
  }
  signal?.throwIfAborted();
  return written;
}

/** A whole export file as one string: for tests and small logs (the browser builds a Blob instead). */
export async function exportToText(chunks: EventChunks, exportedAt: Date): Promise<string> {
  const texts: string[] = [];
  const count = await writeEventLines(chunks, (text) => texts.push(text), { pause: async () => undefined });
  return headerLine(count, exportedAt) + texts.join('');
}

export interface PositionSpan {
  readonly from: number;
  readonly to: number;
}

/** Positions `range` clamped to 1..head; empty (to < from) when nothing lies in it. */
export function clampRange(head: number, range: Partial<PositionSpan> = {}): PositionSpan {
  return { from: Math.max(1, range.from ?? 1), to: Math.min(head, range.to ?? head) };
}

/** The store's events in `span`, read in ranges of `chunkSize`. */
export async function* readLogChunks(
  store: EventStore,
  span: PositionSpan,
  chunkSize = EXPORT_CHUNK,
): AsyncGenerator<StoredEvent[]> {
  for (let from = span.from; from <= span.to; from += chunkSize) {
    yield await store.readAll({ from, to: Math.min(span.to, from + chunkSize - 1) });
  }
}

/** Any iterable of events, in chunks of `size` (e.g. a what-if branch held in memory). */
export function* chunksOf(events: Iterable<StoredEvent>, size = EXPORT_CHUNK): Generator<StoredEvent[]> {
  let chunk: StoredEvent[] = [];
  for (const event of events) {
    chunk.push(event);
    if (chunk.length === size) {
      yield chunk;
      chunk = [];
    }
  }
  if (chunk.length > 0) yield chunk;
}
