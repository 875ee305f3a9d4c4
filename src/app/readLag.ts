import type { StoredEvent } from '../eventStore/types';

/** The clock and timer the lag runs on; injected so that tests can drive time. */
export interface LagClock {
  now(): number;
  setTimeout(run: () => void, milliseconds: number): unknown;
  clearTimeout(handle: unknown): void;
}

export const browserLagClock: LagClock = {
  now: () => performance.now(),
  setTimeout: (run, milliseconds) => setTimeout(run, milliseconds),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/**
 * Simulated read lag, for teaching eventual consistency: events written to the log reach the read side only
 * `delay` milliseconds later, in order. With no delay they pass straight through.
 */
export interface ReadLag {
  /** Hands the events on to the read side after the delay. */
  deliver(events: readonly StoredEvent[]): void;
  /** Changes the delay of events delivered from now on; 0 also hands on everything waiting, at once. */
  setDelay(milliseconds: number): void;
  /** Drops everything waiting: the caller reads those events again from the store. */
  clear(): void;
  /** The events written but not yet handed on, oldest first. */
  waiting(): readonly StoredEvent[];
}

export function createReadLag(
  apply: (events: readonly StoredEvent[]) => void,
  clock: LagClock = browserLagClock,
): ReadLag {
  let delay = 0;
  let queue: { readonly events: readonly StoredEvent[]; readonly due: number }[] = [];
  let timer: unknown = null;

  const stopTimer = () => {
    if (timer !== null) clock.clearTimeout(timer);
    timer = null;
  };
  const handOn = (upTo: number) => {
    // Dues never decrease along the queue (see `deliver`), so what is due is a prefix.
    const count = queue.findIndex((entry) => entry.due > upTo);
    const due = count === -1 ? queue : queue.slice(0, count);
    queue = queue.slice(due.length);
    if (due.length > 0) apply(due.flatMap((entry) => entry.events));
  };
  const schedule = () => {
    const next = queue[0];
    if (timer !== null || !next) return;
    timer = clock.setTimeout(
      () => {
        timer = null;
        handOn(clock.now());
        schedule();
      },
      Math.max(0, next.due - clock.now()),
    );
  };

  return {
    deliver(events) {
      if (delay === 0 && queue.length === 0) return apply(events);
      // Never due before what is already waiting: the read side gets events in log order.
      const last = queue[queue.length - 1];
      queue.push({ events, due: Math.max(clock.now() + delay, last?.due ?? 0) });
      schedule();
    },
    setDelay(milliseconds) {
      delay = Math.max(0, milliseconds);
      if (delay > 0) return;
      stopTimer();
      handOn(Number.POSITIVE_INFINITY);
    },
    clear() {
      stopTimer();
      queue = [];
    },
    waiting: () => queue.flatMap((entry) => entry.events),
  };
}
