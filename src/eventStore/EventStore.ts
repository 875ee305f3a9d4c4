import type {
  AggregateSnapshot,
  AppendRequest,
  AppendResult,
  CommandRecord,
  EventListener,
  PositionRange,
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
 * Storage failures are thrown as StorageError.
 */
export interface EventStore {
  append(request: AppendRequest): Promise<AppendResult>;
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
   * Delivers every event with a position above `afterPosition`, first those already stored, then each new
   * append, in order and exactly once. Returns the unsubscribe function.
   */
  subscribe(afterPosition: number, listener: EventListener): () => void;
  close(): void;
}
