/**
 * An EventStore held in memory: for unit tests and for what-if/time-travel branches that must never touch the
 * real log. Everything it stores is a deep-frozen copy, so callers can neither change an event after handing
 * it in nor through an event read back. A closed store refuses every call with StorageError.
 */
import { type AppendPlan, type KnownState, planAppends, throwIfAborted, validateAll } from './appendPlan';
import { frozenCopy, privateCopy } from './deepFreeze';
import { StorageError } from './errors';
import type { BatchOptions, EventStore } from './EventStore';
import { createReplaceNotices } from './replaceNotices';
import { planReplace, type ReplacePlan } from './replacePlan';
import { reportSegmentProgress } from './segmentProgress';
import { sliceInclusive } from './sliceInclusive';
import { createSubscriptionHub } from './subscriptionHub';
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

export interface InMemoryEventStoreOptions {
  /** Events per progress step of `appendBatch`, as the Dexie store reports one per segment. Default 1024. */
  readonly segmentSize?: number;
}

export function createInMemoryEventStore(options: InMemoryEventStoreOptions = {}): EventStore {
  return new InMemoryEventStore(options.segmentSize ?? 1024);
}

class InMemoryEventStore implements EventStore {
  private readonly log: StoredEvent[] = [];
  private readonly streams = new Map<string, StoredEvent[]>();
  private readonly commands = new Map<string, CommandRecord>();
  private readonly snapshots = new Map<string, AggregateSnapshot>();
  private readonly readModels = new Map<string, ReadModelSnapshot>();
  private readonly hub = createSubscriptionHub((from) => this.readAll({ from }));
  private readonly replaceNotices = createReplaceNotices();
  private readonly known: KnownState = {
    head: 0,
    stream: (streamId) => {
      const events = this.streams.get(streamId);
      return events?.[0] && { version: events.length, firstPosition: events[0].position };
    },
    command: (commandId) => this.commands.get(commandId),
  };
  private closed = false;

  constructor(private readonly segmentSize: number) {}

  async append(request: AppendRequest): Promise<AppendResult> {
    const [result] = await this.appendBatch([request]);
    if (result === undefined) throw new Error('A one-request append yields one result.');
    return result;
  }

  /**
   * Plans, copies and reports progress before changing anything, so a throw or an abort at any point leaves
   * the store as it was. Being synchronous between the steps, it sees an abort only when `onProgress` (or
   * code it calls) aborts the signal.
   */
  async appendBatch(requests: readonly AppendRequest[], options: BatchOptions = {}): Promise<AppendResult[]> {
    this.assertOpen();
    validateAll(requests);
    throwIfAborted(options.signal);
    const plan = planAppends(requests, { ...this.known, head: this.log.length });
    const events = plan.appends.flatMap((planned) =>
      planned.events.map((event) => frozenCopy(event, `Event ${event.id}`)),
    );
    const snapshots = [...plan.snapshots.values()].map((snapshot) =>
      frozenCopy(snapshot, `Snapshot of ${snapshot.streamId}`),
    );
    reportSegmentProgress(this.log.length, events.length, this.segmentSize, options);
    this.commit(plan, events, snapshots);
    return [...plan.results];
  }

  /** Plans and copies first, like appendBatch; only `swapIn`, which cannot throw, changes the store. */
  async replaceLog(events: readonly StoredEvent[], options: BatchOptions = {}): Promise<void> {
    this.assertOpen();
    const plan = planReplace(events);
    throwIfAborted(options.signal);
    const copies = events.map((event) => frozenCopy(event, `Event ${event.id}`));
    reportSegmentProgress(0, copies.length, this.segmentSize, options);
    this.swapIn(copies, plan);
    this.replaceNotices.tell();
  }

  /** The first outcome recorded for a command id is kept; recording it again changes nothing. */
  async recordRefusal(commandId: string, code: string, message: string): Promise<void> {
    this.assertOpen();
    if (this.commands.has(commandId)) return;
    this.commands.set(commandId, Object.freeze({ commandId, kind: 'refused', code, message }));
  }

  async findCommand(commandId: string): Promise<CommandRecord | undefined> {
    this.assertOpen();
    return this.commands.get(commandId);
  }

  async readAll(range: PositionRange = {}): Promise<StoredEvent[]> {
    this.assertOpen();
    return sliceInclusive(this.log, range.from, range.to);
  }

  async readStream(streamId: string, range: VersionRange = {}): Promise<StoredEvent[]> {
    this.assertOpen();
    return sliceInclusive(this.streams.get(streamId) ?? [], range.fromVersion, range.toVersion);
  }

  async headPosition(): Promise<number> {
    this.assertOpen();
    return this.log.length;
  }

  async streamVersion(streamId: string): Promise<number> {
    this.assertOpen();
    return this.streams.get(streamId)?.length ?? 0;
  }

  async streamIds(prefix = ''): Promise<string[]> {
    this.assertOpen();
    // Default sort compares UTF-16 code units, the order IndexedDB gives string keys.
    return [...this.streams.keys()].filter((id) => id.startsWith(prefix)).sort();
  }

  async loadSnapshot(streamId: string): Promise<AggregateSnapshot | undefined> {
    this.assertOpen();
    return this.snapshots.get(streamId);
  }

  /** Kept as a private copy and handed out as copies: read models hold typed arrays, which cannot be frozen. */
  async saveReadModelSnapshot(snapshot: ReadModelSnapshot): Promise<void> {
    this.assertOpen();
    this.readModels.set(snapshot.name, privateCopy(snapshot, `Read model ${snapshot.name}`));
  }

  async loadReadModelSnapshot(name: string): Promise<ReadModelSnapshot | undefined> {
    this.assertOpen();
    const snapshot = this.readModels.get(name);
    return snapshot && privateCopy(snapshot, `Read model ${name}`);
  }

  subscribe(afterPosition: number, listener: EventListener): () => void {
    return this.hub.subscribe(afterPosition, listener);
  }

  onReplaced(listener: () => void): () => void {
    return this.replaceNotices.listen(listener);
  }

  close(): void {
    this.closed = true;
    this.hub.close();
    this.replaceNotices.clear();
  }

  private assertOpen(): void {
    if (this.closed) throw new StorageError('The in-memory event store is closed.');
  }

  /** Only assignments: nothing in here can throw, so a commit is all or nothing. */
  private commit(plan: AppendPlan, events: readonly StoredEvent[], snapshots: readonly AggregateSnapshot[]) {
    for (const event of events) {
      this.log.push(event);
      const stream = this.streams.get(event.streamId);
      if (stream === undefined) this.streams.set(event.streamId, [event]);
      else stream.push(event);
    }
    for (const { request, result } of plan.appends)
      this.commands.set(request.commandId, appended(request.commandId, result));
    for (const snapshot of snapshots) this.snapshots.set(snapshot.streamId, snapshot);
    this.hub.publish(() => events);
  }

  /** Only assignments, like `commit`. */
  private swapIn(events: readonly StoredEvent[], plan: ReplacePlan): void {
    this.log.length = 0;
    this.streams.clear();
    this.commands.clear();
    this.snapshots.clear();
    this.readModels.clear();
    for (const event of events) this.log.push(event);
    for (const [streamId, positions] of plan.streams) {
      this.streams.set(
        streamId,
        positions.map((position) => events[position - 1] as StoredEvent),
      );
    }
    for (const [commandId, result] of plan.commands)
      this.commands.set(commandId, appended(commandId, result));
  }
}

/** The frozen record of a command carried out by an append. */
const appended = (commandId: string, result: AppendResult): CommandRecord =>
  Object.freeze({ commandId, kind: 'appended', result: Object.freeze(result) });
