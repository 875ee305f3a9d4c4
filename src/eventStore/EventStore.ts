import type {
  AggregateSnapshot,
  AppendRequest,
  AppendResult,
  CommandRecord,
  EventListener,
  PositionRange,
  ReadModelSnapshot,
  StoredEvent,
  VersionRange,
} from './types';

/**
 * The narrow storage port. Every implementation passes `eventStoreContract.ts`.
 *
 * Guarantees:
 * - `append` is atomic: all events of the request are stored, or none.
 * - Positions are global and gap-free from 1; versions are per stream and gap-free from 1.
 * - The expected version is checked in the same transaction as the write; a mismatch throws ConcurrencyError.
 * - A commandId seen before (appended or refused) is answered with its original record and appends nothing.
 * - The returned promise resolves only after the transaction has committed.
 * - Subscribers receive every appended event (from this or another tab) in position order, exactly once.
 * - `onReplaced` listeners hear of every replaced log (from this or another tab).
 * Storage failures are thrown as StorageError.
 */
export interface BatchOptions {
  /** Called as the batch is written: events written so far, and in all. */
  readonly onProgress?: (written: number, total: number) => void;
  readonly signal?: AbortSignal;
}

export interface EventStore {
  append(request: AppendRequest): Promise<AppendResult>;
  /**
   * Appends the events of many commands in ONE transaction, all or nothing, for imports and sample data.
   * Each request obeys exactly the rules of `append` (expected version, command-id dedup, snapshot), checked
   * in order as if appended one by one. Much faster than separate appends: events are written in blocks.
   * `signal` aborting before commit leaves the log untouched and rejects with an AbortError.
   */
  appendBatch(requests: readonly AppendRequest[], options?: BatchOptions): Promise<AppendResult[]>;
  /**
   * Replaces the whole log, atomically, for imports: in ONE transaction every event, stream, index, command
   * record (refusals too), aggregate snapshot and persisted read model is removed, and `events` become the log.
   * They must already be validated: positions exactly 1..N, versions 1..n per stream, unique ids (anything
   * else throws a plain Error before any change). Commands are rebuilt from `metadata.commandId` (a run of
   * consecutive events of one stream with the same id), so `findCommand` and appends (from N + 1) work as
   * if the events had been appended. `onProgress` is called as in `appendBatch`; a failure, or `signal`
   * aborting before commit, leaves the old log exactly as it was (AbortError for an abort). Subscribers are
   * not told: a replaced log invalidates what they delivered; `onReplaced` listeners are told instead, and
   * restart their readers.
   */
  replaceLog(events: readonly StoredEvent[], options?: BatchOptions): Promise<void>;
  /**
   * Calls `listener` after every committed `replaceLog` of this log: through this store, or through another
   * connection to the same log (another tab, the import worker). What was read before, subscriptions
   * included, is then void: a listener restarts its readers from the store. A replace that fails or is
   * aborted calls nobody. Returns the function that stops the calls; `close` stops them all.
   */
  onReplaced(listener: () => void): () => void;
  /** Remembers that a command was refused by the domain, so that a retry of its id gets the same answer. */
  recordRefusal(commandId: string, code: string, message: string): Promise<void>;
  findCommand(commandId: string): Promise<CommandRecord | undefined>;

  readAll(range?: PositionRange): Promise<StoredEvent[]>;
  readStream(streamId: string, range?: VersionRange): Promise<StoredEvent[]>;
  /** The position of the last event, 0 for an empty log. */
  headPosition(): Promise<number>;
  /** The stream's current version, 0 when it has no events. */
  streamVersion(streamId: string): Promise<number>;
  /** Ids of the streams that have events, optionally only those starting with `prefix`. */
  streamIds(prefix?: string): Promise<string[]>;

  loadSnapshot(streamId: string): Promise<AggregateSnapshot | undefined>;

  /**
   * Persisted read models, kept beside the log so that start-up need not replay it. Derived data: never
   * trusted without checking its checkpoint and fingerprint against the log, and freely overwritten.
   */
  saveReadModelSnapshot(snapshot: ReadModelSnapshot): Promise<void>;
  loadReadModelSnapshot(name: string): Promise<ReadModelSnapshot | undefined>;

  /**
   * Delivers every event with a position above `afterPosition`, first those already stored, then each new
   * append, in order and exactly once. Returns the unsubscribe function.
   */
  subscribe(afterPosition: number, listener: EventListener): () => void;
  close(): void;
}
