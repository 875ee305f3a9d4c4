/**
 * The EventStore kept in IndexedDB through Dexie: the app's durable log, shared by every tab of the origin.
 * Every failure of the database itself is reported as StorageError.
 */
import { validateAppendRequest } from '../appendRules';
import type { EventStore } from '../EventStore';
import { createSubscriptionHub } from '../subscriptionHub';
import type {
  AggregateSnapshot,
  AppendRequest,
  AppendResult,
  CommandRecord,
  EventListener,
  PositionRange,
  StoredEvent,
  VersionRange,
} from '../types';
import { appendInTransaction, headPosition } from './dexieAppend';
import { type HeadChannel, openHeadChannel } from './headChannel';
import { DEFAULT_DATABASE_NAME, LedgerDatabase } from './schema';
import { asStorageErrors } from './storageErrors';

export interface DexieEventStoreOptions {
  /** Defaults to 'chronoledger'. */
  readonly databaseName?: string;
}

/** Opens (creating or upgrading if needed) the database; rejects with StorageError if it cannot. */
export async function openDexieEventStore(options: DexieEventStoreOptions = {}): Promise<EventStore> {
  const name = options.databaseName ?? DEFAULT_DATABASE_NAME;
  const db = new LedgerDatabase(name);
  await asStorageErrors(`Opening database ${name}`, () => db.open());
  return new DexieEventStore(db, name);
}

class DexieEventStore implements EventStore {
  private readonly hub = createSubscriptionHub((from) => this.readAll({ from }));
  private readonly channel: HeadChannel;
  private closed = false;

  constructor(
    private readonly db: LedgerDatabase,
    databaseName: string,
  ) {
    this.channel = openHeadChannel(databaseName, () => this.hub.notify());
  }

  async append(request: AppendRequest): Promise<AppendResult> {
    validateAppendRequest(request);
    const outcome = await asStorageErrors(`Appending to ${request.streamId}`, () =>
      appendInTransaction(this.db, request),
    );
    // Reached only once the transaction has committed.
    if (outcome.appended) {
      this.hub.notify();
      this.channel.announce(outcome.result.lastPosition);
    }
    return outcome.result;
  }

  /** The first outcome recorded for a command id is kept; recording it again changes nothing. */
  recordRefusal(commandId: string, code: string, message: string): Promise<void> {
    const { commands } = this.db;
    return asStorageErrors(`Recording refusal of ${commandId}`, () =>
      this.db.transaction('rw', commands, async () => {
        if ((await commands.get(commandId)) === undefined) {
          await commands.add({ commandId, kind: 'refused', code, message });
        }
      }),
    );
  }

  findCommand(commandId: string): Promise<CommandRecord | undefined> {
    return asStorageErrors(`Finding command ${commandId}`, () => this.db.commands.get(commandId));
  }

  async readAll(range: PositionRange = {}): Promise<StoredEvent[]> {
    const from = Math.max(range.from ?? 1, 1);
    const { to } = range;
    if (to !== undefined && to < from) return [];
    return asStorageErrors('Reading the log', () => {
      const byPosition = this.db.events.where('position');
      return (
        to === undefined ? byPosition.aboveOrEqual(from) : byPosition.between(from, to, true, true)
      ).toArray();
    });
  }

  async readStream(streamId: string, range: VersionRange = {}): Promise<StoredEvent[]> {
    const from = Math.max(range.fromVersion ?? 1, 1);
    const to = range.toVersion ?? Infinity;
    if (to < from) return [];
    return asStorageErrors(`Reading stream ${streamId}`, () =>
      this.db.events
        .where('[streamId+version]')
        .between([streamId, from], [streamId, to], true, true)
        .toArray(),
    );
  }

  headPosition(): Promise<number> {
    return asStorageErrors('Reading the head position', () => headPosition(this.db));
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

  subscribe(afterPosition: number, listener: EventListener): () => void {
    return this.hub.subscribe(afterPosition, listener);
  }

  /** Idempotent. Later calls reject with StorageError. */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.hub.close();
    this.channel.close();
    this.db.close();
  }
}
