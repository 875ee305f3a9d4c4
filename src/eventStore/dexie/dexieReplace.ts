/**
 * `replaceLog` as one read-write transaction over every table of the log: clear them all, then write the
 * events through the append path (`writeEvents`: segments of `segmentSize` and a tail) and rebuild the stream
 * rows, the stream index and the command index from the plan, as the version-1 migration does. Any throw (a
 * failed write, an abort between segments) aborts the transaction, and IndexedDB rolls the clears back too,
 * so the old log stays exactly as it was. `meta` (the layout) is kept: keys are derived from it.
 */
import type { BatchOptions } from '../EventStore';
import type { ReplacePlan } from '../replacePlan';
import type { StoredEvent } from '../types';
import { abortable, signalCheck } from './abortableTransaction';
import { hashId, IdIndexAdditions } from './idIndex';
import { chunkRecords } from './indexWrites';
import type { StorageLayout } from './layout';
import { writeEvents } from './logWrites';
import { logTables, type LedgerDatabase } from './schema';

export async function replaceInTransaction(
  db: LedgerDatabase,
  layout: StorageLayout,
  events: readonly StoredEvent[],
  plan: ReplacePlan,
  { onProgress, signal }: BatchOptions = {},
): Promise<void> {
  // Persisted read models describe the old log: they go with it.
  const tables = [...logTables(db), db.readModels];
  const checkSignal = signalCheck(signal);
  await abortable(
    db.transaction('rw', tables, async () => {
      checkSignal();
      await Promise.all(tables.map((table) => table.clear()));
      const commandIds = events.map((event) => event.metadata.commandId);
      await writeEvents(db, layout.segmentSize, 0, { events, commandIds }, (written) => {
        onProgress?.(written, events.length);
        checkSignal();
      });
      await writeIndexes(db, layout, plan);
      checkSignal();
    }),
  );
}

/** Stream rows, stream-index chunks and command-index buckets of the new log, written into empty tables. */
async function writeIndexes(db: LedgerDatabase, layout: StorageLayout, plan: ReplacePlan): Promise<void> {
  const streams = [...plan.streams].map(([streamId, positions]) => ({
    streamId,
    version: positions.length,
    firstPosition: positions[0] ?? 0,
  }));
  const chunks = [...plan.streams].flatMap(([streamId, positions]) =>
    chunkRecords(streamId, 1, [], positions, layout.streamChunkSize),
  );
  const index = new IdIndexAdditions();
  for (const [commandId, result] of plan.commands) {
    index.add(hashId(commandId, layout.indexBuckets), result.firstPosition);
  }
  await Promise.all([
    db.streams.bulkAdd(streams),
    db.streamIndex.bulkAdd(chunks),
    db.commandIndex.bulkAdd(index.records(new Map())),
  ]);
}
