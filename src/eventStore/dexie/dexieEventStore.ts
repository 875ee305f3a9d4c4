/**
 * The EventStore kept in IndexedDB through Dexie: the app's durable log, shared by every tab of the origin.
 * The layout (schema.ts) keeps events in sealed segments plus a short tail, so that bulk writes and full reads
 * pay per block, not per event. Every failure of the database itself is reported as StorageError.
 */
import { throwIfAborted, validateAll } from '../appendPlan';
import type { BatchOptions, EventStore } from '../EventStore';
import { createReplaceNotices } from '../replaceNotices';
import { planReplace } from '../replacePlan';
import { createSubscriptionHub, subscriberCopy } from '../subscriptionHub';
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
} from '../types';
import { findCommandIn, recordRefusalIn } from './commandRecords';
import { appendInTransaction } from './dexieAppend';
import { replaceInTransaction } from './dexieReplace';
import { type HeadChannel, openHeadChannel } from './headChannel';
import { ensureLayout, layoutOf, type StorageLayout } from './layout';
import { readHead, readRange } from './logReads';
import { DEFAULT_DATABASE_NAME, LedgerDatabase } from './schema';
import { asStorageErrors } from './storageErrors';
import { readStreamEvents } from './streamReads';

export interface DexieEventStoreOptions extends Partial<StorageLayout> {
  /** Defaults to 'chronoledger'. */
  readonly databaseName?: string;
}

/**
 * Opens (creating or upgrading if needed) the database; rejects with StorageError if it cannot. The layout
 * sizes apply to a database this call creates or migrates; an existing one keeps the layout it records.
 */
export async function openDexieEventStore(options: DexieEventStoreOptions = {}): Promise<EventStore> {
  const { databaseName: name = DEFAULT_DATABASE_NAME, ...sizes } = options;
  const requested = layoutOf(sizes);
  const db = new LedgerDatabase(name, requested);
  try {
    const layout = await asStorageErrors(`Opening database ${name}`, async () => {
      await db.open();
      return ensureLayout(db, requested);
    });
    return new DexieEventStore(db, name, layout);
  } catch (error) {
    db.close();
    throw error;
  }
}

class DexieEventStore implements EventStore {
  private readonly hub = createSubscriptionHub((from) => this.readAll({ from }));
  private readonly replaceNotices = createReplaceNotices();
  private readonly channel: HeadChannel;
  private closed = false;

  constructor(
    private readonly db: LedgerDatabase,
    databaseName: string,
    private readonly layout: StorageLayout,
  ) {
    // A remote replace does not wake the subscriptions: reading on from their positions would hand them
    // events of another log. Their owners hear of it through `onReplaced` and restart them.
    this.channel = openHeadChannel(databaseName, {
      onRemoteAppend: () => this.hub.notify(),
      onRemoteReplace: () => this.replaceNotices.tell(),
    });
  }

  async append(request: AppendRequest): Promise<AppendResult> {
    const [result] = await this.appendAll([request], {});
    if (result === undefined) throw new Error('A one-request append yields one result.');
    return result;
  }

  async appendBatch(requests: readonly AppendRequest[], options: BatchOptions = {}): Promise<AppendResult[]> {
    return this.appendAll(requests, options);
  }

  /** Not offered to subscribers, whose positions it voids: `onReplaced` listeners, here and in other tabs, are told. */
  async replaceLog(events: readonly StoredEvent[], options: BatchOptions = {}): Promise<void> {
    const plan = planReplace(events);
    throwIfAborted(options.signal);
    await asStorageErrors(`Replacing the log with ${events.length} event(s)`, () =>
      replaceInTransaction(this.db, this.layout, events, plan, options),
    );
    // Other tabs first: a listener here may dispose the session that owns this store, channel included.
    this.channel.announceReplace();
    this.replaceNotices.tell();
  }

  onReplaced(listener: () => void): () => void {
    return this.replaceNotices.listen(listener);
  }

  /** The first outcome recorded for a command id is kept; recording it again changes nothing. */
  recordRefusal(commandId: string, code: string, message: string): Promise<void> {
    return asStorageErrors(`Recording refusal of ${commandId}`, () =>
      recordRefusalIn(this.db, this.layout, { commandId, code, message }),
    );
  }

  findCommand(commandId: string): Promise<CommandRecord | undefined> {
    return asStorageErrors(`Finding command ${commandId}`, () =>
      findCommandIn(this.db, this.layout, commandId),
    );
  }

  async readAll(range: PositionRange = {}): Promise<StoredEvent[]> {
    const from = Math.max(range.from ?? 1, 1);
    const to = range.to ?? Infinity;
    if (to < from) return [];
    const { db, layout } = this;
    return asStorageErrors('Reading the log', () =>
      db.transaction('r', [db.segments, db.tail], () => readRange(db, layout.segmentSize, from, to)),
    );
  }

  async readStream(streamId: string, range: VersionRange = {}): Promise<StoredEvent[]> {
    const from = Math.max(range.fromVersion ?? 1, 1);
    const to = range.toVersion ?? Infinity;
    if (to < from) return [];
    const { db, layout } = this;
    return asStorageErrors(`Reading stream ${streamId}`, () =>
      db.transaction('r', [db.streamIndex, db.segments, db.tail], () =>
        readStreamEvents(db, layout, streamId, from, to),
      ),
    );
  }

  headPosition(): Promise<number> {
    const { db, layout } = this;
    return asStorageErrors('Reading the head position', () =>
      db.transaction('r', [db.segments, db.tail], () => readHead(db, layout.segmentSize)),
    );
  }

  async streamVersion(streamId: string): Promise<number> {
    const stream = await asStorageErrors(`Reading stream ${streamId}`, () => this.db.streams.get(streamId));
    return stream?.version ?? 0;
  }

  /** In key order: UTF-16 code units. */
  streamIds(prefix = ''): Promise<string[]> {
    const { streams } = this.db;
    return asStorageErrors('Listing streams', () =>
      (prefix === '' ? streams.toCollection() : streams.where('streamId').startsWith(prefix)).primaryKeys(),
    );
  }

  loadSnapshot(streamId: string): Promise<AggregateSnapshot | undefined> {
    return asStorageErrors(`Loading snapshot of ${streamId}`, () => this.db.snapshots.get(streamId));
  }

  async saveReadModelSnapshot(snapshot: ReadModelSnapshot): Promise<void> {
    await asStorageErrors(`Saving read model ${snapshot.name}`, () => this.db.readModels.put(snapshot));
  }

  loadReadModelSnapshot(name: string): Promise<ReadModelSnapshot | undefined> {
    return asStorageErrors(`Loading read model ${name}`, () => this.db.readModels.get(name));
  }

  subscribe(afterPosition: number, listener: EventListener): () => void {
    return this.hub.subscribe(afterPosition, listener);
  }

  /** Idempotent. Later calls reject with StorageError. */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.hub.close();
    this.replaceNotices.clear();
    this.channel.close();
    this.db.close();
  }

  private async appendAll(
    requests: readonly AppendRequest[],
    options: BatchOptions,
  ): Promise<AppendResult[]> {
    validateAll(requests);
    throwIfAborted(options.signal);
    const { plan, events } = await asStorageErrors(`Appending ${requests.length} command(s)`, () =>
      appendInTransaction(this.db, this.layout, requests, options),
    );
    // Reached only once the transaction has committed.
    const last = events.at(-1);
    if (last !== undefined) {
      this.hub.publish(() => subscriberCopy(events));
      this.channel.announce(last.position);
    }
    return [...plan.results];
  }
}
