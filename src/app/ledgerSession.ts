import { createStore, type StoreApi } from 'zustand/vanilla';
import {
  dispatchAccountCommand,
  type AccountCommandRequest,
} from '../commands/account/dispatchAccountCommand';
import { AggregateCache } from '../commands/aggregateCache';
import type { CommandDependencies, CommandOutcome } from '../commands/handleCommand';
import type { EventStore } from '../eventStore/EventStore';
import type { StoredEvent } from '../eventStore/types';
import { EventColumns } from '../eventLog/eventColumns';
import { emptyLedgerFact, factFromStored, type LedgerFact } from '../projections/ledgerFact';
import { ledgerProjections, type LedgerModels } from '../projections/ledgerProjections';
import { initialReadModels } from '../projections/projection';
import { Timeline } from '../timeTravel/timeline';
import type { LedgerView } from './ledgerView';

export interface LedgerSessionOptions {
  readonly eventStore: EventStore;
  readonly now?: () => Date;
  readonly newId?: () => string;
  readonly snapshotEvery?: number;
  readonly checkpointEvery?: number;
  /** A monotonic clock in milliseconds, for measuring seeks. */
  readonly monotonicNow?: () => number;
}

export interface LedgerSession {
  readonly view: StoreApi<LedgerView>;
  readonly timeline: Timeline<LedgerModels, LedgerFact>;
  /** The log in memory, as compact columns. */
  readonly log: EventColumns;
  /** Restores the read models from the log and follows new events (from any tab). */
  start(): Promise<void>;
  dispatch(request: AccountCommandRequest, actor?: string): Promise<CommandOutcome>;
  /** Shows the ledger as it was right after event `position`. */
  seek(position: number): void;
  returnToPresent(): void;
  dispose(): void;
}

/** The composition root of the ledger: the one place that joins storage, commands, projections and views. */
export function createLedgerSession(options: LedgerSessionOptions): LedgerSession {
  const monotonicNow = options.monotonicNow ?? (() => performance.now());
  const commands: CommandDependencies = {
    store: options.eventStore,
    now: options.now ?? (() => new Date()),
    newId: options.newId ?? (() => crypto.randomUUID()),
    snapshotEvery: options.snapshotEvery ?? 100,
    cache: new AggregateCache(),
  };
  const log = new EventColumns();
  const timeline = new Timeline(ledgerProjections, log, {
    newFact: emptyLedgerFact,
    ...(options.checkpointEvery !== undefined && { checkpointEvery: options.checkpointEvery }),
  });
  const scratch = emptyLedgerFact();
  const view = createStore<LedgerView>()(() => ({
    status: 'loading',
    failure: null,
    head: 0,
    position: 0,
    followingPresent: true,
    readModels: initialReadModels(ledgerProjections),
    revision: 0,
    lastSeek: null,
  }));
  let unsubscribe = (): void => undefined;

  const receive = (events: readonly StoredEvent[]): void => {
    for (const event of events) timeline.append(factFromStored(event, scratch));
    const current = view.getState();
    const following = current.followingPresent
      ? { position: timeline.head, readModels: timeline.present }
      : {};
    view.setState({ head: timeline.head, revision: current.revision + 1, ...following });
  };

  const seek = (position: number): void => {
    const started = monotonicNow();
    const { readModels, source } = timeline.seek(position);
    const milliseconds = monotonicNow() - started;
    view.setState((current) => ({
      position: readModels.checkpoint,
      followingPresent: readModels.checkpoint === timeline.head,
      readModels,
      revision: current.revision + 1,
      lastSeek: { ...source, milliseconds },
    }));
  };

  return {
    view,
    timeline,
    log,
    async start() {
      try {
        receive(await options.eventStore.readAll());
        unsubscribe = options.eventStore.subscribe(timeline.head, receive);
        view.setState({ status: 'ready' });
      } catch (error) {
        view.setState({ status: 'failed', failure: describeFailure(error) });
      }
    },
    dispatch: (request, actor) =>
      dispatchAccountCommand(commands, request, {
        commandId: commands.newId(),
        ...(actor !== undefined && actor !== '' && { actor }),
      }),
    seek,
    returnToPresent: () => seek(timeline.head),
    dispose: () => unsubscribe(),
  };
}

function describeFailure(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}
