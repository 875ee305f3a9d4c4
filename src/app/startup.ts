import type { StoreApi } from 'zustand/vanilla';
import type { EventStore } from '../eventStore/EventStore';
import type { StoredEvent } from '../eventStore/types';
import { factsOfChunk } from '../eventLog/columnChunk';
import type { LedgerFact } from '../projections/ledgerFact';
import type { LedgerModels } from '../projections/ledgerProjections';
import type { Timeline } from '../timeTravel/timeline';
import type { HistoryLoader } from './history/historyLoader';
import { loadTrustedSnapshot } from './ledgerSnapshot';
import type { LedgerView } from './ledgerView';

export interface StartupParts {
  readonly store: EventStore;
  readonly timeline: Timeline<LedgerModels, LedgerFact>;
  readonly view: StoreApi<LedgerView>;
  readonly loadHistory: HistoryLoader;
  /** Folds stored events into the timeline and publishes them. */
  readonly receive: (events: readonly StoredEvent[]) => void;
  /** Starts following new events from the timeline's head. */
  readonly follow: () => void;
  readonly signal: AbortSignal;
}

/**
 * Start-up. With trusted persisted read models the app is interactive after reading only the events since
 * their checkpoint, and the history loads behind it for time travel. Without them, the whole log is folded
 * first, with progress. Returns whether the read models were restored (false: they were rebuilt).
 */
export async function startLedger(parts: StartupParts): Promise<boolean> {
  const { store, timeline, view } = parts;
  const head = await store.headPosition();
  const restored = await loadTrustedSnapshot(store, head);
  if (!restored) {
    view.setState({ rebuild: { done: 0, total: head } });
    await parts.loadHistory(
      { from: 1, to: head },
      (chunk) => {
        timeline.appendAll(factsOfChunk(chunk));
        view.setState({ rebuild: { done: timeline.head, total: head } });
      },
      parts.signal,
    );
    parts.receive([]);
    parts.follow();
    view.setState({ status: 'ready', rebuild: null });
    return false;
  }
  timeline.restore(restored);
  parts.receive(await store.readAll({ from: restored.checkpoint + 1 }));
  parts.follow();
  view.setState({ status: 'ready', history: { done: 0, total: restored.checkpoint } });
  void loadHistoryBehind(parts, restored.checkpoint);
  return true;
}

async function loadHistoryBehind(parts: StartupParts, upTo: number): Promise<void> {
  const { timeline, view } = parts;
  try {
    await parts.loadHistory(
      { from: 1, to: upTo },
      (chunk) => {
        const complete = timeline.loadHistory(factsOfChunk(chunk));
        view.setState((current) => ({
          history: complete ? null : { done: timeline.historyLength, total: upTo },
          revision: current.revision + 1,
        }));
      },
      parts.signal,
    );
    // The fold of the whole history now stands for the present: show it.
    parts.receive([]);
  } catch (error) {
    if (parts.signal.aborted) return;
    const message = error instanceof Error ? error.message : String(error);
    view.setState({ history: null, historyFailure: `Time travel is unavailable: ${message}` });
  }
}
