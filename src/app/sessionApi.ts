import type { AccountCommandRequest } from '../commands/account/dispatchAccountCommand';
import type { CommandContext, CommandOutcome } from '../commands/handleCommand';
import type { EventStore } from '../eventStore/EventStore';
import type { StoredEvent } from '../eventStore/types';
import type { EventColumns } from '../eventLog/eventColumns';
import type { LedgerFact } from '../projections/ledgerFact';
import type { LedgerModels } from '../projections/ledgerProjections';
import type { Timeline } from '../timeTravel/timeline';
import type { BulkIngest } from './bulkIngest';
import type { HistoryLoader } from './history/historyLoader';
import type { LedgerView } from './ledgerView';
import type { ProjectionsController } from './projections/projectionsController';
import type { Registrations } from './projections/registrations';
import type { LagClock } from './readLag';
import type { SampleWriter } from './sampleData/sampleWriters';
import type { TransferJournal } from './transfer/transferJournal';
import type { StoreApi } from 'zustand/vanilla';

export interface LedgerSessionOptions {
  readonly eventStore: EventStore;
  readonly now?: () => Date;
  readonly newId?: () => string;
  readonly snapshotEvery?: number;
  readonly checkpointEvery?: number;
  /** Persist the read models after this many new events (and at `persistReadModels`). */
  readonly persistEvery?: number;
  /** Reads the history at start-up; by default on this thread, in the browser in a worker. */
  readonly historyLoader?: HistoryLoader;
  /** Writes sample data in bulk; by default on this thread, in the browser in a worker. */
  readonly sampleWriter?: SampleWriter;
  /** A monotonic clock in milliseconds, for measuring seeks. */
  readonly monotonicNow?: () => number;
  /** Drives the simulated read lag; the browser's clock by default. */
  readonly lagClock?: LagClock;
  /** Which projections were registered later, remembered across visits; in memory by default. */
  readonly registrations?: Registrations;
  /** Where transfers under way are noted, so that an interrupted one can be finished; in memory by default. */
  readonly transferJournal?: TransferJournal;
  /** Close the store when the session is disposed (it was opened for this session). */
  readonly ownsStore?: boolean;
}

/**
 * Who issued a command and the command or event it follows from (both default to the command itself), and
 * its id: a new one unless given (a command issued again must keep its id, so that it is carried out once).
 */
export type DispatchContext = Omit<CommandContext, 'commandId'> & { readonly commandId?: string };

export interface LedgerSession {
  readonly view: StoreApi<LedgerView>;
  readonly timeline: Timeline<LedgerModels, LedgerFact>;
  /** The log in memory, as compact columns. */
  readonly log: EventColumns;
  readonly sampleWriter: SampleWriter;
  /** Restores (or rebuilds) the read models and follows new events (from any tab). */
  start(): Promise<void>;
  /** The projections panel's model: every projection, its checkpoint and status; builds and rebuilds. */
  readonly projections: ProjectionsController;
  /** Events written to the log that the read side has not applied yet (while read lag is simulated). */
  pendingEvents(): readonly StoredEvent[];
  /** Simulates read lag: new events reach the read side only after a delay. */
  setReadLag(lag: LedgerView['readLag']): void;
  /** The event store itself, for reading what the columns in memory leave out (ids, full metadata). */
  readonly store: EventStore;
  /** Handles a command; `context` records who issued it, what it belongs to, and maybe its id. */
  dispatch(request: AccountCommandRequest, context?: DispatchContext): Promise<CommandOutcome>;
  /** A new command id, for a command whose id must be known before it is issued. */
  newCommandId(): string;
  /** The transfers started and not yet seen to finish (see `resumeTransfers`). */
  readonly transferJournal: TransferJournal;
  /** The session's clock (ms since the epoch). */
  readonly now: () => number;
  /** Shows the ledger as it was right after event `position`. */
  seek(position: number): void;
  returnToPresent(): void;
  /** Seeks from checkpoints (fast) or from the first event (to show what checkpoints save). */
  setUseCheckpoints(on: boolean): void;
  /** How often aggregate snapshots are written (every N events of a stream; 0 turns them off). */
  setSnapshotEvery(events: number): void;
  /** Hands over the events of a bulk append as chunks instead of following the store meanwhile. */
  beginBulkIngest(): BulkIngest;
  /** Writes the present read models beside the log, so that the next start-up need not replay it. */
  persistReadModels(): Promise<void>;
  dispose(): void;
}
