/**
 * Reading the log out of `segments` and `tail` by key ranges. Call these inside one transaction that covers
 * both tables: a seal moves events from the tail into a segment, and two separate reads could straddle it.
 */
import { StorageError } from '../errors';
import type { StoredEvent } from '../types';
import { segmentFirstOf, segmentLastOf } from './layout';
import type { LedgerDatabase, SegmentRecord, TailRecord } from './schema';

type Visit = (event: StoredEvent, commandId: () => string | undefined) => void;

/** The last position in the log, 0 when it is empty. */
export async function readHead(db: LedgerDatabase, segmentSize: number): Promise<number> {
  const [lastTail, lastSegment] = await Promise.all([
    db.tail.orderBy(':id').lastKey(),
    db.segments.orderBy(':id').lastKey(),
  ]);
  if (typeof lastTail === 'number') return lastTail;
  if (typeof lastSegment === 'number') return segmentLastOf(lastSegment, segmentSize);
  return 0;
}

/** Positions `from` … `to` (inclusive, `to` may be Infinity), in order: two key-range reads. */
export async function readRange(
  db: LedgerDatabase,
  segmentSize: number,
  from: number,
  to: number,
): Promise<StoredEvent[]> {
  const events: StoredEvent[] = [];
  await visitRange(db, segmentSize, from, to, (event) => events.push(event));
  return events;
}

/** Calls `visit` for positions `from` … `to` in order. */
export async function visitRange(
  db: LedgerDatabase,
  segmentSize: number,
  from: number,
  to: number,
  visit: Visit,
): Promise<void> {
  const [segments, tail] = await Promise.all([
    db.segments.where(':id').between(segmentFirstOf(from, segmentSize), to, true, true).toArray(),
    db.tail.where(':id').between(from, to, true, true).toArray(),
  ]);
  for (const segment of segments) {
    const start = Math.max(from - segment.first, 0);
    const end = Math.min(segment.events.length, to - segment.first + 1);
    for (let offset = start; offset < end; offset += 1) {
      visit(eventIn(segment, offset), () => segmentCommandId(segment, offset));
    }
  }
  for (const record of tail) visit(record.event, () => tailCommandId(record));
}

/**
 * The events at `positions` (ascending), reading each segment they fall into once, and the tail once over
 * their range. Positions beyond the head are absent from the result.
 */
export async function readEventsAt(
  db: LedgerDatabase,
  segmentSize: number,
  positions: readonly number[],
): Promise<Map<number, StoredEvent>> {
  const events = new Map<number, StoredEvent>();
  const first = positions[0];
  const last = positions.at(-1);
  if (first === undefined || last === undefined) return events;
  const keys = [...new Set(positions.map((position) => segmentFirstOf(position, segmentSize)))];
  const [segments, tail] = await Promise.all([
    db.segments.bulkGet(keys),
    db.tail.where(':id').between(first, last, true, true).toArray(),
  ]);
  const byFirst = new Map(
    segments.flatMap((segment) => (segment ? [[segment.first, segment] as const] : [])),
  );
  const tailByPosition = new Map(tail.map((record) => [record.position, record.event]));
  for (const position of positions) {
    const segment = byFirst.get(segmentFirstOf(position, segmentSize));
    const event = segment ? eventIn(segment, position - segment.first) : tailByPosition.get(position);
    if (event !== undefined) events.set(position, event);
  }
  return events;
}

function eventIn(segment: SegmentRecord, offset: number): StoredEvent {
  const event = segment.events[offset];
  if (event === undefined)
    throw new StorageError(`Segment ${segment.first} has no event at offset ${offset}.`);
  return event;
}

function segmentCommandId(segment: SegmentRecord, offset: number): string | undefined {
  return segment.commandIds?.[offset] ?? segment.events[offset]?.metadata.commandId;
}

function tailCommandId(record: TailRecord): string | undefined {
  return record.commandId ?? record.event.metadata.commandId;
}
