import type { Progress } from '../ledgerView';

/**
 * - live: folded up to the log in memory, following it;
 * - catching up: behind the log (its history is still loading), following it;
 * - building: registered just now, being built from the whole history;
 * - rebuilding: a fresh copy is being folded from the log; the old one serves meanwhile;
 * - not registered: a projection the app knows but nobody has asked for yet.
 */
export type ProjectionStatus = 'live' | 'catching up' | 'building' | 'rebuilding' | 'not registered';

export interface ProjectionEntry {
  /** The key of its model: `balances`, `statement`… */
  readonly key: string;
  /** Its name for people: "Balances", "Largest movements"… */
  readonly name: string;
  /** Folded with the time machine's timeline, or on its own (and so can be registered later). */
  readonly folded: 'with the timeline' | 'on its own';
  /** Whether it was registered when the app started, or later by someone. */
  readonly registered: 'at start' | 'later' | 'no';
  /** The position of the last event it applied. */
  readonly checkpoint: number;
  readonly status: ProjectionStatus;
  /** Of the build or rebuild under way. */
  readonly progress: Progress | null;
  readonly lastRebuildMilliseconds: number | null;
  /** What went wrong with the last build or rebuild, or that it was cancelled. */
  readonly message: string | null;
}

export interface ProjectionsView {
  readonly entries: readonly ProjectionEntry[];
}
