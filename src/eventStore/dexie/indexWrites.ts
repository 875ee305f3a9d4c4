/**
 * The writes besides the events themselves, for a plan inside the append transaction: stream rows, streamIndex
 * chunks, the command index and the aggregate snapshots. Issued together; the transaction commits all or none.
 */
import type { AppendPlan } from '../appendPlan';
import { StorageError } from '../errors';
import { IdIndexAdditions } from './idIndex';
import type { LoadedState } from './knownState';
import { chunkOf, type StorageLayout } from './layout';
import type { LedgerDatabase, StreamChunkRecord } from './schema';

export async function writeIndexes(
  db: LedgerDatabase,
  layout: StorageLayout,
  plan: AppendPlan,
  loaded: LoadedState,
): Promise<void> {
  if (plan.appends.length === 0) return;
  await Promise.all([
    db.streams.bulkPut([...plan.streams].map(([streamId, state]) => ({ streamId, ...state }))),
    writeStreamIndex(db, layout.streamChunkSize, plan, loaded.prefetchedChunk),

    db.commandIndex.bulkPut(commandAdditions(plan, loaded).records(loaded.commandBuckets)),
    db.snapshots.bulkPut([...plan.snapshots.values()]),
  ]);
}

function commandAdditions(plan: AppendPlan, loaded: LoadedState): IdIndexAdditions {
  const additions = new IdIndexAdditions();
  for (const { index, result } of plan.appends) {
    const hash = loaded.commandHashes[index];
    if (hash === undefined) throw new Error(`No command hash for request ${index}.`);
    additions.add(hash, result.firstPosition);
  }
  return additions;
}

/** The new positions per stream, from the stream's first new version on. */
interface StreamGrowth {
  readonly firstVersion: number;
  readonly positions: number[];
}

async function writeStreamIndex(
  db: LedgerDatabase,
  chunkSize: number,
  plan: AppendPlan,
  prefetched: LoadedState['prefetchedChunk'],
): Promise<void> {
  const growth = new Map<string, StreamGrowth>();
  for (const { request, events } of plan.appends) {
    const first = events[0];
    if (first === undefined) continue;
    let stream = growth.get(request.streamId);
    if (stream === undefined) {
      stream = { firstVersion: first.version, positions: [] };
      growth.set(request.streamId, stream);
    }
    for (const event of events) stream.positions.push(event.position);
  }
  const partial = [...growth].filter(([, stream]) => (stream.firstVersion - 1) % chunkSize !== 0);
  const keys = partial.map(([streamId, stream]): [string, number] => [
    streamId,
    chunkOf(stream.firstVersion, chunkSize),
  ]);
  const isPrefetched = ([streamId, chunk]: [string, number]) =>
    prefetched?.streamId === streamId && prefetched.chunk === chunk;
  const existing =
    keys.length === 0
      ? []
      : keys.every(isPrefetched)
        ? keys.map(() => prefetched?.record)
        : await db.streamIndex.bulkGet(keys);

  const existingOf = new Map(partial.map(([streamId], index) => [streamId, existing[index]]));
  const records = [...growth].flatMap(([streamId, stream]) =>
    chunkRecords(
      streamId,
      stream.firstVersion,
      existingOf.get(streamId)?.positions ?? [],
      stream.positions,
      chunkSize,
    ),
  );
  await db.streamIndex.bulkPut(records);
}

/**
 * The chunk records after adding `added` positions (versions `firstVersion` …) to a stream whose chunk of
 * `firstVersion` already holds `existing` positions.
 */
export function chunkRecords(
  streamId: string,
  firstVersion: number,
  existing: readonly number[],
  added: readonly number[],
  chunkSize: number,
): StreamChunkRecord[] {
  const firstChunk = chunkOf(firstVersion, chunkSize);
  if (existing.length !== firstVersion - 1 - firstChunk * chunkSize) {
    throw new StorageError(`The stream index of ${streamId} does not end at version ${firstVersion - 1}.`);
  }
  const positions = [...existing, ...added];
  const records: StreamChunkRecord[] = [];
  for (let start = 0; start < positions.length; start += chunkSize) {
    records.push({
      streamId,
      chunk: firstChunk + start / chunkSize,
      positions: positions.slice(start, start + chunkSize),
    });
  }
  return records;
}
