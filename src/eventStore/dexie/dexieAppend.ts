import { appendResultOf, checkExpectedVersion, numberEvents, replayCommand } from '../appendRules';
import type { AppendRequest, AppendResult } from '../types';
import type { LedgerDatabase } from './schema';

export interface AppendOutcome {
  readonly result: AppendResult;
  /** False when the command id had been appended before and this call only replayed its result. */
  readonly appended: boolean;
}

/**
 * The whole append in one read-write transaction: command dedup, the expected-version check, numbering, the
 * writes and the command record. IndexedDB serializes read-write transactions over the same stores, across
 * tabs too, so the head and the stream version read here cannot change before the writes commit; any throw
 * aborts the transaction and leaves the database as it was. The scope awaits nothing but Dexie calls, which
 * would otherwise let the transaction commit early.
 */
export function appendInTransaction(db: LedgerDatabase, request: AppendRequest): Promise<AppendOutcome> {
  const tables = [db.events, db.streams, db.commands, db.snapshots];
  return db.transaction('rw', tables, async (): Promise<AppendOutcome> => {
    const replayed = replayCommand(await db.commands.get(request.commandId));
    if (replayed !== undefined) return { result: replayed, appended: false };

    const { streamId } = request;
    const stream = await db.streams.get(streamId);
    const current = stream?.version ?? 0;
    checkExpectedVersion(streamId, request.expected, current);

    const head = await headPosition(db);
    const result = appendResultOf(streamId, head, current, request.events.length);
    await db.events.bulkAdd(numberEvents(request, head, current));
    await db.streams.put({
      streamId,
      version: result.nextExpectedVersion,
      firstPosition: stream?.firstPosition ?? result.firstPosition,
    });
    await db.commands.add({ commandId: request.commandId, kind: 'appended', result });
    if (request.snapshot !== undefined) await db.snapshots.put(request.snapshot);
    return { result, appended: true };
  });
}

/** The last position in the log, 0 when it is empty. Consistent with the log when called in a transaction. */
export async function headPosition(db: LedgerDatabase): Promise<number> {
  const last = await db.events.orderBy('position').lastKey();
  return typeof last === 'number' ? last : 0;
}
