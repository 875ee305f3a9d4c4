/**
 * The app as the 1M-event rows drive it: the ONE bench file that knows the app layer's API (the Dexie event
 * store, the sample-data writer and generator, the ledger session and its view). bench/subject.ts is its
 * counterpart for the read side. When these APIs change, only this file changes; the rows keep measuring the
 * same things.
 */
import { workerHistoryLoader } from '../src/app/history/workerHistoryLoader';
import { createLedgerSession, type LedgerSession } from '../src/app/ledgerSession';
import { accountStreamId, parseAccountId } from '../src/domain/account';
import { cents } from '../src/domain/money';
import type { ColumnChunk } from '../src/eventLog/columnChunk';
import { openDexieEventStore } from '../src/eventStore/dexie/dexieEventStore';
import type { EventStore } from '../src/eventStore/EventStore';
import type { StoredEvent } from '../src/eventStore/types';
import type { AddedProjectionKey } from '../src/projections/addedProjections';
import { generateLedger } from '../src/sampleData/generateLedger';
import { SAMPLE_BATCH, writeSampleLedger } from '../src/sampleData/writeSampleLedger';
import { timeAsync } from './stats';
import type { MemoryLog, ReadState } from './subject';

export type { ColumnChunk, EventStore, StoredEvent };

/** Events per bulk-write transaction, as the app writes sample data. */
export const BULK_BATCH = SAMPLE_BATCH;

/** The sample ledger of the 1M rows: the app's own generator, over the 90 days its form proposes. */
export function ledgerSpec(events: number, seed: number) {
  return { events, seed, from: Date.parse('2025-01-01T00:00:00Z'), to: Date.parse('2025-04-01T00:00:00Z') };
}

export const openStore = (databaseName: string): Promise<EventStore> => openDexieEventStore({ databaseName });

/**
 * Generates a valid random ledger (every command decided by the real decider) and appends it in batches, one
 * transaction each, exactly as the app's sample-data worker does. Each committed batch comes back as columns.
 */
export function writeLedger(
  store: EventStore,
  events: number,
  seed: number,
  onBatch: (written: number, chunk: ColumnChunk) => void,
): Promise<number> {
  return writeSampleLedger(store, ledgerSpec(events, seed), { onBatch });
}

/** Runs the generator alone (every command decided, nothing written): events generated. */
export function generateOnly(events: number, seed: number): number {
  let count = 0;
  for (const request of generateLedger(ledgerSpec(events, seed))) count += request.events.length;
  return count;
}

/** How a command's aggregate loads from the store, as the command handler does when it is not cached. */
export async function loadAccountFromStore(store: EventStore, accountId: string) {
  const streamId = accountStreamId(parseAccountId(accountId));
  let snapshotVersion = 0;
  const snapshotMs = await timeAsync(
    async () => (snapshotVersion = (await store.loadSnapshot(streamId))?.version ?? 0),
  );
  let events = 0;
  const readMs = await timeAsync(
    async () => (events = (await store.readStream(streamId, { fromVersion: snapshotVersion + 1 })).length),
  );
  return { snapshotVersion, snapshotMs, events, readMs };
}

/** The first `events` events of the same generator as stored events, one plain record each (positions 1..). */
export function generatedEvents(events: number, seed: number): StoredEvent[] {
  const records: StoredEvent[] = [];
  const versions = new Map<string, number>();
  for (const request of generateLedger(ledgerSpec(events, seed))) {
    for (const event of request.events) {
      const version = (versions.get(request.streamId) ?? 0) + 1;
      versions.set(request.streamId, version);
      records.push({ ...event, position: records.length + 1, streamId: request.streamId, version });
    }
  }
  return records;
}

/** What the rows need of a running ledger session. */
export interface AppSession {
  /** Resolves once the session is interactive with current read models; rejects if it failed. */
  start(): Promise<void>;
  /** Whether start-up restored persisted read models (false: it replayed the log). */
  readonly restoredAtStart: boolean;
  /** Resolves once the history behind restored read models is loaded (at once if there is none). */
  historyLoaded(): Promise<void>;
  /** Events in the log, as the view shows them. */
  readonly head: number;
  /**
   * A deposit of `amount` cents, resolved once it is committed and the view's read models include it, with
   * the milliseconds from dispatch until each of the two.
   */
  deposit(accountId: string, amount: number): Promise<{ committedMs: number; viewMs: number }>;
  /** The view's seek (the time-travel bar): the models right after `position`. */
  seek(position: number): void;
  returnToPresent(): void;
  /** Ids of the open accounts of the present balances. */
  openAccounts(): string[];
  readonly present: ReadState;
  /** The read models right after `position`, from the timeline, without moving the view. */
  stateAt(position: number): ReadState;
  /** The log in memory, for the read-side functions of bench/subject.ts. */
  readonly log: MemoryLog;
  persistReadModels(): Promise<void>;
  /** The projections of the Projections panel: key and name. */
  projections(): { readonly key: string; readonly name: string }[];
  /**
   * Rebuilds a projection through the panel's controller (in slices, as the button does), registering it
   * first if nobody has; resolves with the duration the panel then shows.
   */
  rebuildProjection(key: string): Promise<number>;
  /** Stops the session and closes its store. */
  dispose(): void;
}

/** A session on its own connection to the database, loading history in a worker like the browser's. */
export async function openSession(databaseName: string): Promise<AppSession> {
  const eventStore = await openStore(databaseName);
  const session = createLedgerSession({
    eventStore,
    ownsStore: true,
    historyLoader: workerHistoryLoader(databaseName),
  });
  return wrap(session);
}

function wrap(session: LedgerSession): AppSession {
  const { view } = session;
  const when = (ready: () => boolean, failed: () => string | null) =>
    new Promise<void>((resolve, reject) => {
      const check = () => {
        const failure = failed();
        if (failure !== null) reject(new Error(failure));
        else if (ready()) resolve();
        else return false;
        return true;
      };
      if (check()) return;
      const unsubscribe = view.subscribe(() => void (check() && unsubscribe()));
    });
  let restoredAtStart = false;
  return {
    async start() {
      await session.start();
      const state = view.getState();
      if (state.status !== 'ready')
        throw new Error(`The session did not start: ${state.failure ?? 'no reason'}`);
      restoredAtStart = state.history !== null;
    },
    get restoredAtStart() {
      return restoredAtStart;
    },
    historyLoaded: () =>
      when(
        () => view.getState().history === null,
        () => view.getState().historyFailure,
      ),
    get head() {
      return view.getState().head;
    },
    async deposit(accountId, amount) {
      const before = view.getState().head;
      const started = performance.now();
      let viewMs = NaN;
      const updated = when(
        () => view.getState().head > before,
        () => view.getState().failure,
      ).then(() => void (viewMs = performance.now() - started));
      const outcome = await session.dispatch({
        type: 'DepositMoney',
        accountId: parseAccountId(accountId),
        amount: cents(amount),
      });
      const committedMs = performance.now() - started;
      if (outcome.status !== 'accepted') throw new Error(`A deposit to ${accountId} was ${outcome.status}.`);
      await updated;
      return { committedMs, viewMs };
    },
    seek: (position) => session.seek(position),
    returnToPresent: () => session.returnToPresent(),
    openAccounts: () =>
      session.timeline.present.models.balances
        .rows()
        .filter((row) => row.status === 'Open')
        .map((row) => row.accountId),
    get present() {
      return session.timeline.present;
    },
    stateAt: (position) => session.timeline.seek(position).readModels,
    log: session.log,
    persistReadModels: () => session.persistReadModels(),
    projections: () => session.projections.view.getState().entries.map(({ key, name }) => ({ key, name })),
    async rebuildProjection(key) {
      const { projections } = session;
      const entry = () => projections.view.getState().entries.find((candidate) => candidate.key === key);
      if (entry()?.registered === 'no') await projections.register(key as AddedProjectionKey);
      else await projections.rebuild(key);
      const done = entry();
      if (done?.status !== 'live' || done.lastRebuildMilliseconds === null)
        throw new Error(`Rebuilding ${key} did not finish: ${done?.message ?? 'no reason'}`);
      return done.lastRebuildMilliseconds;
    },
    dispose: () => session.dispose(),
  };
}
