/**
 * Subscription delivery shared by the EventStore implementations.
 *
 * Each subscription remembers the last position it delivered and owns a serialized promise chain. A
 * notification ("the log may have grown") queues one read of everything after that position, so events are
 * delivered in position order, with no gaps and exactly once, however appends and notifications interleave.
 * Notifications that arrive while a read is already queued are coalesced into it.
 *
 * The store's own appends are offered to the subscriptions directly (`publish`), queued on the same chain: a
 * subscription whose last delivered position is right before them takes them without reading; one that is
 * behind (a gap, e.g. another tab's append it has not read yet) reads from the store instead, and one that is
 * ahead keeps only the part it has not delivered. So order and exactly-once hold whichever path delivers.
 *
 * A listener that throws is reported with console.error and does not stop delivery: its batch counts as
 * delivered (never redelivered), and later events still arrive. Reporting instead of rethrowing keeps one
 * faulty listener from surfacing as an unhandled error in the store's own code.
 */
import { frozenCopy } from './deepFreeze';
import type { EventListener, StoredEvent } from './types';

/** Reads the committed events with a position of at least `from`, in position order. */
export type ReadFrom = (from: number) => Promise<readonly StoredEvent[]>;

export interface SubscriptionHub {
  /** Starts a subscription; its catch-up read is queued at once. Returns the unsubscribe function. */
  subscribe(afterPosition: number, listener: EventListener): () => void;
  /** Tells every subscription that committed events may be waiting. Call only after a commit. */
  notify(): void;
  /**
   * Offers committed events, contiguous and in position order, appended by this store. `copy` is called at
   * once, at most once, and only when someone is subscribed: it returns the events as the subscribers may
   * see them (frozen or private copies), since they are shared by all subscriptions.
   */
  publish(copy: () => readonly StoredEvent[]): void;
  /** Stops every subscription; later subscriptions receive nothing. */
  close(): void;
}

export function createSubscriptionHub(readFrom: ReadFrom): SubscriptionHub {
  const subscriptions = new Set<Subscription>();
  let closed = false;
  return {
    subscribe(afterPosition, listener) {
      if (closed) return () => undefined;
      const subscription = new Subscription(afterPosition, listener, readFrom);
      subscriptions.add(subscription);
      subscription.wake();
      return () => {
        subscription.stop();
        subscriptions.delete(subscription);
      };
    },
    notify() {
      for (const subscription of subscriptions) subscription.wake();
    },
    publish(copy) {
      if (subscriptions.size === 0) return;
      const events = copy();
      if (events.length === 0) return;
      for (const subscription of subscriptions) subscription.offer(events);
    },
    close() {
      closed = true;
      for (const subscription of subscriptions) subscription.stop();
      subscriptions.clear();
    },
  };
}

class Subscription {
  private chain: Promise<void> = Promise.resolve();
  private readQueued = false;
  private active = true;

  constructor(
    private lastDelivered: number,
    private readonly listener: EventListener,
    private readonly readFrom: ReadFrom,
  ) {}

  wake(): void {
    if (!this.active || this.readQueued) return;
    this.readQueued = true;
    this.chain = this.chain.then(() => this.deliverNext());
  }

  offer(events: readonly StoredEvent[]): void {
    if (!this.active) return;
    this.chain = this.chain.then(() => this.deliverOffered(events));
  }

  stop(): void {
    this.active = false;
  }

  private async deliverNext(): Promise<void> {
    // Cleared before reading: a notification during the read must queue another one.
    this.readQueued = false;
    await this.deliverRead();
  }

  private async deliverRead(): Promise<void> {
    if (!this.active) return;
    this.deliver(await this.readNext());
  }

  /** Runs on the chain, so `lastDelivered` already counts everything queued before this offer. */
  private async deliverOffered(events: readonly StoredEvent[]): Promise<void> {
    const next = this.lastDelivered + 1;
    const first = events[0]?.position ?? next;
    if (!this.active) return;
    if (first > next) return this.deliverRead();
    this.deliver(contiguousPrefix(events.slice(next - first), next));
  }

  private deliver(events: readonly StoredEvent[]): void {
    if (!this.active || events.length === 0) return;
    this.lastDelivered += events.length;
    try {
      this.listener(events);
    } catch (error) {
      console.error('An event listener threw; delivery continues with the next events.', error);
    }
  }

  /** The contiguous run of events after the last delivered one; a failed read is retried on the next wake. */
  private async readNext(): Promise<readonly StoredEvent[]> {
    let events: readonly StoredEvent[];
    try {
      events = await this.readFrom(this.lastDelivered + 1);
    } catch (error) {
      if (this.active)
        console.error('Reading events for a subscription failed; retrying on the next append.', error);
      return [];
    }
    return contiguousPrefix(events, this.lastDelivered + 1);
  }
}

/** Guards the no-gaps promise: only the events that continue exactly from `from` are delivered. */
function contiguousPrefix(events: readonly StoredEvent[], from: number): readonly StoredEvent[] {
  const gapAt = events.findIndex((event, index) => event.position !== from + index);
  return gapAt === -1 ? events : events.slice(0, gapAt);
}

/** Up to this many appended events are handed to subscribers as a deep copy. */
const COPIED_FOR_SUBSCRIBERS = 1024;

/**
 * Appended events as `publish` hands them to all subscriptions, when they still share `data` and `metadata`
 * with the caller's objects: up to COPIED_FOR_SUBSCRIBERS events are deep-copied and frozen, like events read
 * back; a larger batch is only frozen at the top, because copying it would cost about as much as writing it.
 * The log itself is safe either way; a caller must just not change events it has appended.
 */
export function subscriberCopy(events: readonly StoredEvent[]): readonly StoredEvent[] {
  if (events.length <= COPIED_FOR_SUBSCRIBERS) return frozenCopy(events, 'Appended events');
  return events.map((event) => Object.freeze(event));
}
