import { createStore, type StoreApi } from 'zustand/vanilla';
import {
  dispatchAccountCommand,
  type AccountCommandRequest,
} from '../commands/account/dispatchAccountCommand';
import { AggregateCache } from '../commands/aggregateCache';
import type { CommandContext, CommandDependencies, CommandOutcome } from '../commands/handleCommand';
import type { EventStore } from '../eventStore/EventStore';
import type { StoredEvent } from '../eventStore/types';
import { EventColumns } from '../eventLog/eventColumns';
import { emptyLedgerFact, factFromStored, type LedgerFact } from '../projections/ledgerFact';
import { ledgerProjections, type LedgerModels } from '../projections/ledgerProjections';
import { initialReadModels } from '../projections/projection';
import { Timeline } from '../timeTravel/timeline';
import { inThreadHistoryLoader, type HistoryLoader } from './history/historyLoader';
import { beginBulkIngest, type BulkIngest } from './bulkIngest';
import { saveLedgerSnapshot } from './ledgerSnapshot';
import { inThreadSampleWriter, type SampleWriter } from './sampleData/sampleWriters';
import type { LedgerView } from './ledgerView';
import { startLedger } from './startup';
import { timelineKnowledge } from './timelineKnowledge';

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
  /** Close the store when the session is disposed (it was opened for this session). */
  readonly ownsStore?: boolean;
}

/** Who issued a command and the command or event it follows from (both default to the command itself). */
export type CommandLinks = Omit<CommandContext, 'commandId'>;

export interface LedgerSession {
  readonly view: StoreApi<LedgerView>;
  readonly timeline: Timeline<LedgerModels, LedgerFact>;
  /** The log in memory, as compact columns. */
  readonly log: EventColumns;
  readonly sampleWriter: SampleWriter;
  /** Restores (or rebuilds) the read models and follows new events (from any tab). */
  start(): Promise<void>;
  /** The event store itself, for reading what the columns in memory leave out (ids, full metadata). */
  readonly store: EventStore;
  /** Handles a command; `context` records who issued it and what it belongs to (a new command id is made). */
  dispatch(request: AccountCommandRequest, context?: CommandLinks): Promise<CommandOutcome>;
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

/** The composition root of the ledger: the one place that joins storage, commands, projections and views. */
export function createLedgerSession(options: LedgerSessionOptions): LedgerSession {
  const store = options.eventStore;
  const monotonicNow = options.monotonicNow ?? (() => performance.now());
  const persistEvery = options.persistEvery ?? 4096;
  const commands: { -readonly [Key in keyof CommandDependencies]: CommandDependencies[Key] } = {
    store,
    now: options.now ?? (() => new Date()),
    newId: options.newId ?? (() => crypto.randomUUID()),
    snapshotEvery: options.snapshotEvery ?? 100,
    cache: new AggregateCache((streamId) => knowledge.seed(streamId)),
  };

  const log = new EventColumns();
  const timeline = new Timeline(ledgerProjections, log, {
    newFact: emptyLedgerFact,
    ...(options.checkpointEvery !== undefined && { checkpointEvery: options.checkpointEvery }),
  });
  const view = createStore<LedgerView>()(() => ({
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
    snapshotEvery: commands.snapshotEvery,
    lastSeek: null,
  }));
  const scratch = emptyLedgerFact();
  const knowledge = timelineKnowledge(timeline, log);
  const lifetime = new AbortController();
  let unsubscribe = (): void => undefined;
  let persistedAt = 0;
  let persisting: Promise<void> | null = null;

  const persistReadModels = async (): Promise<void> => {
    if (persisting || timeline.present.checkpoint === persistedAt) return persisting ?? undefined;
    const readModels = timeline.present;
    persisting = saveLedgerSnapshot(store, readModels, knowledge.holds)
      .then(() => void (persistedAt = readModels.checkpoint))
      .finally(() => void (persisting = null));
    return persisting;
  };

  const receive = (events: readonly StoredEvent[]): void => {
    timeline.appendAll(factsOfStored(events, scratch));
    const current = view.getState();
    const following = current.followingPresent
      ? { position: timeline.head, readModels: timeline.present }
      : {};
    view.setState({ head: timeline.head, revision: current.revision + 1, ...following });
    if (timeline.present.checkpoint - persistedAt >= persistEvery)
      void persistReadModels().catch(() => undefined);
  };

  const seek = (position: number): void => {
    const target = position > timeline.historyLength ? timeline.head : position;
    const started = monotonicNow();
    const { readModels, source } = timeline.seek(target, { useCheckpoints: view.getState().useCheckpoints });
    const milliseconds = monotonicNow() - started;
    view.setState((current) => ({
      position: readModels.checkpoint,
      followingPresent: readModels.checkpoint === timeline.head,
      readModels,
      revision: current.revision + 1,
      lastSeek: { ...source, milliseconds },
    }));
  };

  const follow = () => {
    unsubscribe();
    unsubscribe = store.subscribe(timeline.head, receive);
  };

  return {
    store,
    view,
    timeline,
    log,
    sampleWriter: options.sampleWriter ?? inThreadSampleWriter(store),
    async start() {
      try {
        const restored = await startLedger({
          store,
          timeline,
          view,
          loadHistory: options.historyLoader ?? inThreadHistoryLoader(store),
          receive,
          follow,
          signal: lifetime.signal,
        });
        if (restored) persistedAt = timeline.present.checkpoint;
        else void persistReadModels().catch(() => undefined);
      } catch (error) {
        view.setState({ status: 'failed', failure: describeFailure(error), rebuild: null });
      }
    },
    dispatch: (request, { actor, correlationId, causationId } = {}) =>
      dispatchAccountCommand(commands, request, {
        commandId: commands.newId(),
        ...(actor !== undefined && actor !== '' && { actor }),
        ...(correlationId !== undefined && { correlationId }),
        ...(causationId !== undefined && { causationId }),
      }),
    seek,
    returnToPresent: () => seek(timeline.head),
    setUseCheckpoints: (on) => {
      view.setState({ useCheckpoints: on });
      seek(view.getState().position);
    },
    setSnapshotEvery: (events) => {
      commands.snapshotEvery = Math.max(0, Math.trunc(events));
      view.setState({ snapshotEvery: commands.snapshotEvery });
    },
    persistReadModels,
    beginBulkIngest: () =>
      beginBulkIngest({
        store,
        timeline,
        receive,
        stopFollowing: () => unsubscribe(),
        follow,
        persist: persistReadModels,
      }),
    dispose: () => {
      lifetime.abort();
      unsubscribe();
      if (options.ownsStore) store.close();
    },
  };
}

/** Decodes stored events one at a time into the same fact object: the timeline copies what it keeps. */
function* factsOfStored(events: readonly StoredEvent[], into: LedgerFact): Generator<LedgerFact> {
  for (const event of events) yield factFromStored(event, into);
}

function describeFailure(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}
