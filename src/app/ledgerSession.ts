import { createStore } from 'zustand/vanilla';
import { dispatchAccountCommand } from '../commands/account/dispatchAccountCommand';
import { AggregateCache } from '../commands/aggregateCache';
import type { CommandDependencies } from '../commands/handleCommand';
import type { StoredEvent } from '../eventStore/types';
import { EventColumns } from '../eventLog/eventColumns';
import { emptyLedgerFact, factFromStored, type LedgerFact } from '../projections/ledgerFact';
import { ledgerProjections } from '../projections/ledgerProjections';
import { Timeline } from '../timeTravel/timeline';
import { inThreadHistoryLoader } from './history/historyLoader';
import { beginBulkIngest } from './bulkIngest';
import { saveLedgerSnapshot } from './ledgerSnapshot';
import { inThreadSampleWriter } from './sampleData/sampleWriters';
import { initialLedgerView, type LedgerView } from './ledgerView';
import { createProjectionsController } from './projections/projectionsController';
import { startLedger } from './startup';
import { createStoreFollower } from './storeFollower';
import { timelineKnowledge } from './timelineKnowledge';
import { inMemoryTransferJournal } from './transfer/transferJournal';

import type { LedgerSession, LedgerSessionOptions } from './sessionApi';

export type { LedgerSession, LedgerSessionOptions } from './sessionApi';

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
  const view = createStore<LedgerView>()(() => initialLedgerView(commands.snapshotEvery));
  const scratch = emptyLedgerFact();
  const knowledge = timelineKnowledge(timeline, log);
  const lifetime = new AbortController();
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
    view.setState({
      head: timeline.head,
      written: Math.max(current.written, timeline.head),
      revision: current.revision + 1,
      ...following,
    });
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

  const follower = createStoreFollower(store, view, receive, options.lagClock);
  const follow = () => follower.follow(timeline.head);
  const projections = createProjectionsController({
    timeline,
    log,
    now: monotonicNow,
    ...(options.registrations && { registrations: options.registrations }),
    showRebuiltPresent: () =>
      view.setState((current) => ({
        revision: current.revision + 1,
        ...(current.followingPresent && { readModels: timeline.present }),
      })),
  });
  // The projections folded on their own follow the log in memory, and their entries the timeline's head: they
  // look again when either moved, never on a seek (which changes the view's revision too).
  let lastFollowed = { length: -1, head: -1 };
  view.subscribe(() => {
    if (log.length === lastFollowed.length && timeline.head === lastFollowed.head) return;
    lastFollowed = { length: log.length, head: timeline.head };
    projections.follow();
  });

  return {
    store,
    view,
    projections,
    pendingEvents: follower.pending,
    setReadLag: follower.setReadLag,
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
    dispatch: (request, { actor, correlationId, causationId, commandId } = {}) =>
      dispatchAccountCommand(commands, request, {
        commandId: commandId ?? commands.newId(),
        ...(actor !== undefined && actor !== '' && { actor }),
        ...(correlationId !== undefined && { correlationId }),
        ...(causationId !== undefined && { causationId }),
      }),
    newCommandId: () => commands.newId(),
    transferJournal: options.transferJournal ?? inMemoryTransferJournal(),
    now: () => commands.now().getTime(),
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
        stopFollowing: follower.stop,
        follow,
        persist: persistReadModels,
        now: monotonicNow,
      }),
    dispose: () => {
      lifetime.abort();
      follower.stop();
      projections.dispose();
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
