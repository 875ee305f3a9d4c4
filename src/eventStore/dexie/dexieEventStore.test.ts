import Dexie from 'dexie';
import { describe, expect, it, vi } from 'vitest';
import { appendRequest, collect, range, rejectionOf, settle, waitFor } from '../contract/fixtures';
import { isConcurrencyError, isStorageError } from '../errors';
import { replacementLog } from '../contract/replaceCases';
import { describeEventStoreContract, describeSegmentBoundaryContract } from '../eventStoreContract';
import { openDexieEventStore } from './dexieEventStore';
import { DEFAULT_LAYOUT, type StorageLayout } from './layout';
import { LedgerDatabase } from './schema';
import { registerTestDatabases } from './testDatabases';

const databases = registerTestDatabases();
const openStore = databases.open;

/** Small sizes, so that the contract crosses segment and stream-index boundaries and shares index buckets. */
const SMALL: StorageLayout = { segmentSize: 8, streamChunkSize: 4, indexBuckets: 16 };

describeEventStoreContract('Dexie event store', () => openStore(undefined, SMALL), SMALL);
describeSegmentBoundaryContract('Dexie event store at the default layout', () => openStore(), DEFAULT_LAYOUT);

describe('Dexie event store', () => {
  it('keeps the log, commands and snapshots across closing and reopening the database', async () => {
    const name = databases.newName();
    const first = await openStore(name);
    const snapshot = { streamId: 'account-a', version: 2, state: { balance: 2 } };
    const result = await first.append(
      appendRequest('account-a', 2, 'no_stream', { commandId: 'cmd-1', snapshot }),
    );
    const readModel = { name: 'balances', checkpoint: 2, schemaVersion: 1, fingerprint: 'e-2', data: [2] };
    await first.saveReadModelSnapshot(readModel);
    first.close();
    const reopened = await openStore(name);
    expect(await reopened.headPosition()).toBe(2);
    expect(await reopened.streamVersion('account-a')).toBe(2);
    expect(await reopened.loadSnapshot('account-a')).toEqual(snapshot);
    expect(await reopened.loadReadModelSnapshot('balances')).toEqual(readModel);
    expect(await reopened.append(appendRequest('account-a', 2, 'no_stream', { commandId: 'cmd-1' }))).toEqual(
      result,
    );
  });

  it('keeps one streams row per stream with its version and first position', async () => {
    const name = databases.newName();
    const store = await openStore(name);
    await store.append(appendRequest('account-a', 1));
    await store.append(appendRequest('account-b', 2));
    await store.append(appendRequest('account-a', 3));
    const db = new LedgerDatabase(name);
    try {
      expect(await db.streams.toArray()).toEqual([
        { streamId: 'account-a', version: 4, firstPosition: 1 },
        { streamId: 'account-b', version: 2, firstPosition: 2 },
      ]);
      expect(db.verno).toBe(2);
    } finally {
      db.close();
    }
  });

  it('reports a database that cannot be opened as StorageError', async () => {
    const cause = new Dexie.OpenFailedError('QuotaExceededError');
    const open = vi.spyOn(Dexie.prototype, 'open').mockRejectedValueOnce(cause);
    try {
      const error = await rejectionOf(openDexieEventStore({ databaseName: `test-${crypto.randomUUID()}` }));
      expect(isStorageError(error)).toBe(true);
      expect(error).toMatchObject({ cause });
    } finally {
      open.mockRestore();
    }
  });
});

describe('Dexie event store shared by two tabs', () => {
  it("delivers one tab's appends to the other tab's subscribers, in order with its own", async () => {
    const name = databases.newName();
    const tabA = await openStore(name);
    const tabB = await openStore(name);
    const inB = collect(tabB, 0);
    await tabA.append(appendRequest('account-a', 2));
    await waitFor(() => inB.positions().length === 2);
    await tabB.append(appendRequest('account-b', 1));
    await tabA.append(appendRequest('account-a', 1));
    await waitFor(() => inB.positions().length === 4);
    await settle();
    expect(inB.positions()).toEqual(range(1, 4));
    expect(inB.batches.flat().map((event) => event.streamId)).toEqual([
      'account-a',
      'account-a',
      'account-b',
      'account-a',
    ]);
  });

  it('lets exactly one of two concurrent appends with the same expected version win', async () => {
    const name = databases.newName();
    const tabA = await openStore(name);
    const tabB = await openStore(name);
    const rounds = [
      { streamId: 'account-a', expected: 0, actualAfter: 2 },
      { streamId: 'account-new', expected: 'no_stream', actualAfter: 2 },
      { streamId: 'account-a', expected: 2, actualAfter: 4 },
      { streamId: 'account-b', expected: 0, actualAfter: 2 },
    ] as const;
    for (const { streamId, expected, actualAfter } of rounds) {
      const outcomes = await Promise.allSettled([
        tabA.append(appendRequest(streamId, 2, expected)),
        tabB.append(appendRequest(streamId, 2, expected)),
      ]);
      const losers = outcomes.flatMap((outcome) => (outcome.status === 'rejected' ? [outcome.reason] : []));
      expect(losers).toHaveLength(1);
      expect(isConcurrencyError(losers[0])).toBe(true);
      expect(losers[0]).toMatchObject({ streamId, expected, actual: actualAfter });
    }
    const log = await tabB.readAll();
    expect(log.map((event) => event.position)).toEqual(range(1, 8));
  });

  it('stops delivering to a tab once it is closed', async () => {
    const name = databases.newName();
    const tabA = await openStore(name);
    const tabB = await openStore(name);
    const inB = collect(tabB, 0);
    const inA = collect(tabA, 0);
    await tabA.append(appendRequest('account-a', 1));
    await waitFor(() => inB.positions().length === 1);
    tabB.close();
    await tabA.append(appendRequest('account-a', 1));
    await waitFor(() => inA.positions().length === 2);
    await settle();
    expect(inB.positions()).toEqual([1]);
  });

  it('answers a command retried through another tab with the original result', async () => {
    const name = databases.newName();
    const tabA = await openStore(name);
    const tabB = await openStore(name);
    const result = await tabA.append(appendRequest('account-a', 1, 'no_stream', { commandId: 'cmd-1' }));
    expect(await tabB.append(appendRequest('account-a', 1, 'no_stream', { commandId: 'cmd-1' }))).toEqual(
      result,
    );
    expect(await tabB.headPosition()).toBe(1);
  });

  it('tells the other tab when one tab replaces the log, and never feeds the new log to its old readers', async () => {
    const name = databases.newName();
    const tabA = await openStore(name);
    const tabB = await openStore(name);
    await tabA.append(appendRequest('account-a', 3));
    const inB = collect(tabB, 0);
    await waitFor(() => inB.positions().length === 3);
    const headsSeenByB: Promise<number>[] = [];
    tabB.onReplaced(() => headsSeenByB.push(tabB.headPosition()));

    const imported = replacementLog(5);
    await tabA.replaceLog(imported);
    await waitFor(() => headsSeenByB.length === 1);
    expect(await Promise.all(headsSeenByB)).toEqual([5]);
    expect(await tabB.readAll()).toStrictEqual(imported);
    // Not taken for an append: B's subscription, at position 3 of the old log, is not handed positions 4
    // and 5 of another log (its owner restarts it on the new one).
    await settle();
    expect(inB.positions()).toEqual([1, 2, 3]);

    tabB.close();
    await tabA.replaceLog(replacementLog(2, 'again'));
    await settle();
    expect(headsSeenByB).toHaveLength(1);
  });

  it('tells the other tabs even when a listener here closes this store (its session was replaced)', async () => {
    const name = databases.newName();
    const tabA = await openStore(name);
    const tabB = await openStore(name);
    tabA.onReplaced(() => tabA.close());
    const heardInB = vi.fn();
    tabB.onReplaced(heardInB);
    await tabA.replaceLog(replacementLog(3));
    await waitFor(() => heardInB.mock.calls.length === 1);
    expect(heardInB).toHaveBeenCalledOnce();
  });
});
