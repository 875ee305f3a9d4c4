import { ledgerProjections, type LedgerModels } from '../projections/ledgerProjections';
import { initialReadModels, type ReadModels } from '../projections/projection';
import type { SeekSource } from '../timeTravel/timeline';

export interface Progress {
  readonly done: number;
  readonly total: number;
}

/** What every view renders: the read models at one position of the log. */
export interface LedgerView {
  readonly status: 'loading' | 'ready' | 'failed';
  /** Why loading failed, in words for people. */
  readonly failure: string | null;
  /** While loading without trusted persisted read models: events folded so far. */
  readonly rebuild: Progress | null;
  /**
   * While the history before restored read models loads in the background: events loaded so far. Time
   * travel waits for it; everything else works meanwhile.
   */
  readonly history: Progress | null;
  readonly historyFailure: string | null;
  /** The number of events in the log. */
  readonly head: number;
  /** The position shown; equal to `head` while following the present. */
  readonly position: number;
  readonly followingPresent: boolean;
  readonly readModels: ReadModels<LedgerModels>;
  /** Bumped whenever the shown models change, because the present's models are folded in place. */
  readonly revision: number;
  /** Whether seeks start from the nearest checkpoint (on) or replay from the first event (off, to compare). */
  readonly useCheckpoints: boolean;
  /** Aggregate snapshots are persisted every this many events of a stream. */
  readonly snapshotEvery: number;
  /** How the last seek was served, for the curious. */
  readonly lastSeek: (SeekSource & { readonly milliseconds: number }) | null;
  /** The last position this tab knows the write side has stored; above `head` while the read side lags. */
  readonly written: number;
  /** Simulated read lag: whether it is on, and how long events take to reach the read side. */
  readonly readLag: { readonly on: boolean; readonly milliseconds: number };
}

/** The view before anything is loaded. */
export function initialLedgerView(snapshotEvery: number): LedgerView {
  return {
    status: 'loading',
    failure: null,
    rebuild: null,
    history: null,
    historyFailure: null,
    head: 0,
    position: 0,
    followingPresent: true,
    readModels: initialReadModels(ledgerProjections),
    revision: 0,
    useCheckpoints: true,
    snapshotEvery,
    lastSeek: null,
    written: 0,
    readLag: { on: false, milliseconds: 2000 },
  };
}
