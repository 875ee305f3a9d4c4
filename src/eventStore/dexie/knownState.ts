/**
 * Loads, inside the append transaction, everything `planAppends` needs to know about the stored log for a
 * sequence of requests: the head, their streams and their command ids. The reads are issued together (one
 * round trip for an append), and the log is read only for fingerprint matches, which for new command ids are
 * rare. The loaded index buckets are kept so that the writes can extend them without reading again.
 */
import type { KnownState, StreamState } from '../appendPlan';
import type { AppendRequest, AppendResult } from '../types';
import { firstCommandResult } from './commandLookup';
import { candidatesIn, hashId, type IdBucket, type IdHash } from './idIndex';
import { chunkOf, type StorageLayout } from './layout';
import { readHead } from './logReads';
import type { LedgerDatabase, RefusalRecord, StreamChunkRecord } from './schema';

export interface LoadedState {
  readonly known: KnownState;
  /** Per request, the hash of its command id. */
  readonly commandHashes: readonly IdHash[];
  /** Every stored bucket that a request's command id falls into. */
  readonly commandBuckets: ReadonlyMap<number, IdBucket>;
  /**
   * The streamIndex chunk a single append with an exact expected version will extend, read with the checks
   * so that the writes need no read of their own (keyed `streamId` → chunk number and record).
   */
  readonly prefetchedChunk?: {
    readonly streamId: string;
    readonly chunk: number;
    readonly record: StreamChunkRecord | undefined;
  };
}

/** Up to this many ids, refusals are fetched by key; beyond, the (small) set of refused ids is read. */
const REFUSAL_GETS = 64;

export async function loadKnownState(
  db: LedgerDatabase,
  layout: StorageLayout,
  requests: readonly AppendRequest[],
): Promise<LoadedState> {
  const { indexBuckets, segmentSize } = layout;
  const commandIds = [...new Set(requests.map((request) => request.commandId))];
  const streamIds = [...new Set(requests.map((request) => request.streamId))];
  const commandHashes = requests.map((request) => hashId(request.commandId, indexBuckets));

  const single = requests.length === 1 ? requests[0] : undefined;
  const chunkToPrefetch =
    single && typeof single.expected === 'number'
      ? { streamId: single.streamId, chunk: chunkOf(single.expected + 1, layout.streamChunkSize) }
      : undefined;
  const [head, refusals, streams, commandBuckets, prefetched] = await Promise.all([
    readHead(db, segmentSize),
    loadRefusals(db, commandIds),
    db.streams.bulkGet(streamIds),
    loadBuckets(db.commandIndex, commandHashes, indexBuckets),
    chunkToPrefetch && db.streamIndex.get([chunkToPrefetch.streamId, chunkToPrefetch.chunk]),
  ]);

  const appended = await appendedCommands(db, segmentSize, requests, commandHashes, commandBuckets);

  const streamStates = new Map<string, StreamState>();
  for (const stream of streams) if (stream) streamStates.set(stream.streamId, stream);
  const known: KnownState = {
    head,
    stream: (streamId) => streamStates.get(streamId),
    command: (commandId) => {
      const refusal = refusals.get(commandId);
      if (refusal !== undefined) return { ...refusal, kind: 'refused' };
      const result = appended.get(commandId);
      return result && { commandId, kind: 'appended', result };
    },
  };
  return {
    known,
    commandHashes,
    commandBuckets,
    ...(chunkToPrefetch && { prefetchedChunk: { ...chunkToPrefetch, record: prefetched } }),
  };
}

async function loadRefusals(db: LedgerDatabase, ids: readonly string[]): Promise<Map<string, RefusalRecord>> {
  let keys = ids;
  if (ids.length > REFUSAL_GETS) {
    const refused = new Set(await db.refusals.toCollection().primaryKeys());
    keys = ids.filter((id) => refused.has(id));
  }
  const records = keys.length === 0 ? [] : await db.refusals.bulkGet([...keys]);
  return new Map(records.flatMap((record) => (record ? [[record.commandId, record] as const] : [])));
}

/** The buckets the hashes fall into: fetched by key, or the whole table when most of it is needed anyway. */
async function loadBuckets(
  table: LedgerDatabase['commandIndex'],
  hashes: readonly IdHash[],
  indexBuckets: number,
): Promise<Map<number, IdBucket>> {
  const wanted = [...new Set(hashes.map((hash) => hash.bucket))];
  if (wanted.length === 0) return new Map();
  const records = wanted.length > indexBuckets / 8 ? await table.toArray() : await table.bulkGet(wanted);
  return new Map(records.flatMap((record) => (record ? [[record.bucket, record] as const] : [])));
}

/** The stored results of the requests' command ids that were appended before. */
async function appendedCommands(
  db: LedgerDatabase,
  segmentSize: number,
  requests: readonly AppendRequest[],
  hashes: readonly IdHash[],
  buckets: ReadonlyMap<number, IdBucket>,
): Promise<Map<string, AppendResult>> {
  const lookups = new Map<string, number[]>();
  requests.forEach(({ commandId }, index) => {
    const hash = hashes[index];
    const candidates = hash ? candidatesIn(buckets.get(hash.bucket), hash.fingerprint) : [];
    if (candidates.length > 0) lookups.set(commandId, candidates);
  });
  const found = new Map<string, AppendResult>();
  await Promise.all(
    [...lookups].map(async ([id, candidates]) => {
      const result = await firstCommandResult(db, segmentSize, id, candidates);
      if (result !== undefined) found.set(id, result);
    }),
  );
  return found;
}
