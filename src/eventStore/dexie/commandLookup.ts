/**
 * Finding an appended command from the command index and the log. The index only says where a command's first
 * event may be; the log decides: the event there must carry the command id (see `CommandIds` in schema.ts),
 * and the command's events are the run of contiguous positions with that command id on that stream. So a
 * hash collision, or an index entry pointing anywhere else, can never produce a wrong answer.
 * Call inside a transaction that covers `segments`, `tail` and the index read.
 */
import type { AppendResult, StoredEvent } from '../types';
import { candidatesIn, hashId } from './idIndex';
import { type StorageLayout, segmentFirstOf, segmentLastOf } from './layout';
import { visitRange } from './logReads';
import type { LedgerDatabase } from './schema';

/** The result of the command appended under `commandId`, if the log has one. */
export async function lookupCommand(
  db: LedgerDatabase,
  layout: StorageLayout,
  commandId: string,
): Promise<AppendResult | undefined> {
  const hash = hashId(commandId, layout.indexBuckets);
  const bucket = await db.commandIndex.get(hash.bucket);
  return firstCommandResult(db, layout.segmentSize, commandId, candidatesIn(bucket, hash.fingerprint));
}

/** The first candidate position whose command really is `commandId`, as an AppendResult. */
export async function firstCommandResult(
  db: LedgerDatabase,
  segmentSize: number,
  commandId: string,
  candidates: readonly number[],
): Promise<AppendResult | undefined> {
  const results = await Promise.all(
    candidates.map((position) => commandResultAt(db, segmentSize, commandId, position)),
  );
  return results.find((result) => result !== undefined);
}

/**
 * Rebuilds the result of the command whose first event is at `position`, reading forward one segment at a
 * time while the events still belong to it (a command may straddle segments and the tail).
 */
export async function commandResultAt(
  db: LedgerDatabase,
  segmentSize: number,
  commandId: string,
  position: number,
): Promise<AppendResult | undefined> {
  let first: StoredEvent | undefined;
  let last: StoredEvent | undefined;
  let ended = false;
  for (let from = position; !ended;) {
    const to = segmentLastOf(segmentFirstOf(from, segmentSize), segmentSize);
    let seen = 0;
    await visitRange(db, segmentSize, from, to, (event, commandIdOf) => {
      seen += 1;
      if (ended || commandIdOf() !== commandId || (first && event.streamId !== first.streamId)) {
        ended = true;
        return;
      }
      first ??= event;
      last = event;
    });
    ended ||= seen < to - from + 1;
    from = to + 1;
  }
  if (first === undefined || last === undefined) return undefined;
  return {
    streamId: first.streamId,
    firstPosition: first.position,
    lastPosition: last.position,
    nextExpectedVersion: last.version,
  };
}
