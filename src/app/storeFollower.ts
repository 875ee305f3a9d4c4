import type { StoreApi } from 'zustand/vanilla';
import type { EventStore } from '../eventStore/EventStore';
import type { StoredEvent } from '../eventStore/types';
import type { LedgerView } from './ledgerView';
import { createReadLag, type LagClock } from './readLag';

/** Follows the store's new events into the read side, through the (simulated) read lag. */
export interface StoreFollower {
  /** (Re)starts following after position `from`: the read side's head. */
  follow(from: number): void;
  /** Stops following; events still waiting in the lag are dropped (following again reads them anew). */
  stop(): void;
  /** Turns the simulated read lag on or off. */
  setReadLag(lag: LedgerView['readLag']): void;
  /** Events written to the log but not yet on the read side, oldest first. */
  pending(): readonly StoredEvent[];
}

export function createStoreFollower(
  store: EventStore,
  view: StoreApi<LedgerView>,
  receive: (events: readonly StoredEvent[]) => void,
  clock?: LagClock,
): StoreFollower {
  const lag = createReadLag(receive, clock);
  let unsubscribe = (): void => undefined;
  const stop = () => {
    unsubscribe();
    lag.clear();
  };
  const written = (events: readonly StoredEvent[]) => {
    const last = events[events.length - 1];
    if (last && last.position > view.getState().written) view.setState({ written: last.position });
  };
  return {
    follow(from) {
      stop();
      unsubscribe = store.subscribe(from, (events) => {
        written(events);
        lag.deliver(events);
      });
    },
    stop,
    setReadLag(readLag) {
      view.setState({ readLag });
      lag.setDelay(readLag.on ? readLag.milliseconds : 0);
    },
    pending: () => lag.waiting(),
  };
}
