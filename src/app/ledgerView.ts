import type { LedgerModels } from '../projections/ledgerProjections';
import type { ReadModels } from '../projections/projection';
import type { SeekSource } from '../timeTravel/timeline';

/** What every view renders: the read models at one position of the log. */
export interface LedgerView {
  readonly status: 'loading' | 'ready' | 'failed';
  /** Why loading failed, in words for people. */
  readonly failure: string | null;
  /** The number of events in the log. */
  readonly head: number;
  /** The position shown; equal to `head` while following the present. */
  readonly position: number;
  readonly followingPresent: boolean;
  readonly readModels: ReadModels<LedgerModels>;
  /** Bumped whenever the shown models change, because the present's models are folded in place. */
  readonly revision: number;
  /** How the last seek was served, for the curious. */
  readonly lastSeek: (SeekSource & { readonly milliseconds: number }) | null;
}
