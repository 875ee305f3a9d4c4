/**
 * Reading one stream: its positions from the streamIndex chunks that cover the versions, then the events from
 * the segments and tail that hold them, each segment read once however many of the stream's events it holds.
 * Call inside one transaction over streamIndex, segments and tail.
 */
import { StorageError } from '../errors';
import type { StoredEvent } from '../types';
import { chunkOf, type StorageLayout } from './layout';
import { readEventsAt } from './logReads';
import type { LedgerDatabase } from './schema';

/** Versions `from` … `to` (inclusive; `to` may be Infinity) of the stream, in version order. */
export async function readStreamEvents(
  db: LedgerDatabase,
  layout: StorageLayout,
  streamId: string,
  from: number,
  to: number,
): Promise<StoredEvent[]> {
  const size = layout.streamChunkSize;
  const lastChunk = to === Infinity ? Infinity : chunkOf(to, size);
  const chunks = await db.streamIndex
    .where(':id')
    .between([streamId, chunkOf(from, size)], [streamId, lastChunk], true, true)
    .toArray();
  const positions: number[] = [];
  for (const { chunk, positions: inChunk } of chunks) {
    inChunk.forEach((position, offset) => {
      const version = chunk * size + offset + 1;
      if (version >= from && version <= to) positions.push(position);
    });
  }
  const events = await readEventsAt(db, layout.segmentSize, positions);
  return positions.map((position) => {
    const event = events.get(position);
    if (event === undefined) throw new StorageError(`The stream index of ${streamId} points past the log.`);
    return event;
  });
}
