/**
 * Writing new events after the head, inside the append transaction. Events go into the tail until it would
 * reach `segmentSize`; then the tail's records and the first new events are sealed into one segment (the tail
 * is emptied), whole segments follow directly, and the remainder starts a new tail. So a segment is always
 * exactly `segmentSize` events starting at a multiple of it plus 1, and the tail always holds
 * `head % segmentSize` events.
 */
import { StorageError } from '../errors';
import type { StoredEvent } from '../types';
import type { CommandIds, LedgerDatabase, SegmentRecord, TailRecord } from './schema';

/** Told how many of the new events are written after each segment and after the tail; may throw to abort. */
export type OnWritten = (written: number) => void;

/** Events in position order with, for each, the id of the command that appended it. */
export interface NewEvents {
  readonly events: readonly StoredEvent[];
  readonly commandIds: readonly (string | undefined)[];
}

/** The tail record of `event`, appended by command `commandId`. */
export function tailRecordOf(event: StoredEvent, commandId: string | undefined): TailRecord {
  return commandId === undefined || event.metadata.commandId === commandId
    ? { position: event.position, event }
    : { position: event.position, event, commandId };
}

/** Consecutive events, as a segment; a command id is stored only where it is not the event's own. */
export function segmentOf({ events, commandIds }: NewEvents): SegmentRecord {
  const first = events[0]?.position ?? 0;
  let differing: Record<number, string> | undefined;
  for (let offset = 0; offset < events.length; offset += 1) {
    const commandId = commandIds[offset];
    if (commandId !== undefined && events[offset]?.metadata.commandId !== commandId) {
      differing ??= {};
      differing[offset] = commandId;
    }
  }
  return differing === undefined ? { first, events } : { first, events, commandIds: differing as CommandIds };
}

function slice({ events, commandIds }: NewEvents, start: number, end: number): NewEvents {
  return { events: events.slice(start, end), commandIds: commandIds.slice(start, end) };
}

/**
 * Writes the new events (positions head + 1 …) into tail and segments. Each segment is awaited before the
 * next, so that `onWritten` reports real progress and an abort between segments is seen.
 */
export async function writeEvents(
  db: LedgerDatabase,
  segmentSize: number,
  head: number,
  added: NewEvents,
  onWritten: OnWritten,
): Promise<void> {
  const total = added.events.length;
  if (total === 0) return;
  const inTail = head % segmentSize;
  let written = 0;
  if (inTail > 0 && inTail + total >= segmentSize) {
    written = segmentSize - inTail;
    const sealed = await db.tail
      .where(':id')
      .between(head - inTail + 1, head, true, true)
      .toArray();
    if (sealed.length !== inTail) {
      throw new StorageError(`The tail holds ${sealed.length} events; ${inTail} were expected.`);
    }
    const first = slice(added, 0, written);
    await db.tail.clear();
    await db.segments.add(
      segmentOf({
        events: [...sealed.map((record) => record.event), ...first.events],
        commandIds: [...sealed.map((record) => record.commandId), ...first.commandIds],
      }),
    );
    onWritten(written);
  }
  if ((head + written) % segmentSize === 0) {
    for (; total - written >= segmentSize; written += segmentSize) {
      await db.segments.add(segmentOf(slice(added, written, written + segmentSize)));
      onWritten(written + segmentSize);
    }
  }
  if (written < total) {
    const rest = slice(added, written, total);
    await db.tail.bulkAdd(rest.events.map((event, index) => tailRecordOf(event, rest.commandIds[index])));
    onWritten(total);
  }
}
