/**
 * An EventStore held in memory: for unit tests and for what-if/time-travel branches that must never touch the
 * real log. Everything it stores is a deep-frozen copy, so callers can neither change an event after handing
 * it in nor through an event read back. A closed store refuses every call with StorageError.
 */
import {
  appendResultOf,
  checkExpectedVersion,
  numberEvents,
  replayCommand,
  validateAppendRequest,
} from './appendRules';
import { frozenCopy } from './deepFreeze';
import { StorageError } from './errors';
import type { EventStore } from './EventStore';
import { createSubscriptionHub } from './subscriptionHub';
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

export function createInMemoryEventStore(): EventStore {
  return new InMemoryEventStore();
}

class InMemoryEventStore implements EventStore {
  private readonly log: StoredEvent[] = [];
  private readonly streams = new Map<string, StoredEvent[]>();
  private readonly eventIds = new Set<string>();
  private readonly commands = new Map<string, CommandRecord>();
  private readonly snapshots = new Map<string, AggregateSnapshot>();
  private readonly hub = createSubscriptionHub((from) => this.readAll({ from }));
  private closed = false;

  // Everything up to the commit block only reads, so a throw anywhere before it leaves the store unchanged.
  async append(request: AppendRequest): Promise<AppendResult> {
    this.assertOpen();
    validateAppendRequest(request);
    const replayed = replayCommand(this.commands.get(request.commandId));
    if (replayed !== undefined) return replayed;

    const { streamId } = request;
    const head = this.log.length;
    const current = this.streams.get(streamId)?.length ?? 0;
    checkExpectedVersion(streamId, request.expected, current);
    const events = numberEvents(request, head, current).map((event) =>
      frozenCopy(event, `Event ${event.id}`),
    );
    this.assertNewIds(events);
    const snapshot =
      request.snapshot && frozenCopy(request.snapshot, `Snapshot of ${request.snapshot.streamId}`);
    const result = Object.freeze(appendResultOf(streamId, head, current, events.length));

    this.log.push(...events);
    this.streams.set(streamId, [...(this.streams.get(streamId) ?? []), ...events]);
    for (const event of events) this.eventIds.add(event.id);
    this.commands.set(
      request.commandId,
      Object.freeze({ commandId: request.commandId, kind: 'appended', result }),
    );
    if (snapshot !== undefined) this.snapshots.set(snapshot.streamId, snapshot);
    this.hub.notify();
    return result;
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

  subscribe(afterPosition: number, listener: EventListener): () => void {
    return this.hub.subscribe(afterPosition, listener);
  }

  close(): void {
    this.closed = true;
    this.hub.close();
  }

  private assertOpen(): void {
    if (this.closed) throw new StorageError('The in-memory event store is closed.');
  }

  /** Event ids are unique across the log, as the Dexie store's unique index enforces. */
  private assertNewIds(events: readonly StoredEvent[]): void {
    const seen = new Set<string>();
    for (const { id } of events) {
      if (this.eventIds.has(id) || seen.has(id))
        throw new StorageError(`Event id ${id} is already in the log.`);
      seen.add(id);
    }
  }
}

/** Items numbered from 1 (positions, versions), `from` and `to` inclusive. */
function sliceInclusive<T>(items: readonly T[], from = 1, to = items.length): T[] {
  return items.slice(Math.max(from, 1) - 1, Math.max(to, 0));
}
