/** The version-2 layout itself: record shapes, the recorded layout, index verification, transactions. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { appendRequest, collect, newEvent, range, settle, waitFor } from '../contract/fixtures';
import { hashId, type IdBucket, IdIndexAdditions } from './idIndex';
import type { StorageLayout } from './layout';
import { LedgerDatabase } from './schema';
import { registerTestDatabases } from './testDatabases';

const databases = registerTestDatabases();
const TINY: StorageLayout = { segmentSize: 4, streamChunkSize: 2, indexBuckets: 8 };

/** Runs `inspect` on a second connection to the database `name`. */
async function inspect<T>(name: string, read: (db: LedgerDatabase) => Promise<T>): Promise<T> {
  const db = new LedgerDatabase(name);
  try {
    return await read(db);
  } finally {
    db.close();
  }
}

const entriesOf = (buckets: readonly IdBucket[]) =>
  buckets.flatMap((bucket) => [...bucket.positions]).sort((a, b) => a - b);

afterEach(() => {
  vi.restoreAllMocks();
});

describe('Dexie layout version 2', () => {
  it('keeps sealed segments, the tail, the stream index, the id indexes and the layout as documented', async () => {
    const name = databases.newName();
    const store = await databases.open(name, TINY);
    await store.append(appendRequest('account-a', 1, 'any', { commandId: 'cmd-1' }));
    await store.append(appendRequest('account-b', 2, 'any', { commandId: 'cmd-2' }));
    const own = [newEvent({ metadata: { recordedAt: '2024-01-01T00:00:00.000Z', commandId: 'cmd-3' } })];
    await store.append(
      appendRequest('account-a', [...own, newEvent(), newEvent()], 'any', { commandId: 'cmd-3' }),
    );
    await inspect(name, async (db) => {
      expect(db.verno).toBe(2);
      expect(db.tables.map((table) => table.name).sort()).toEqual([
        'commandIndex',
        'meta',
        'readModels',
        'refusals',
        'segments',
        'snapshots',
        'streamIndex',
        'streams',
        'tail',
      ]);
      const [segment, ...others] = await db.segments.toArray();
      expect(others).toEqual([]);
      expect(segment?.first).toBe(1);
      expect(segment?.events.map((event) => event.position)).toEqual([1, 2, 3, 4]);
      // Position 4 carries metadata.commandId 'cmd-3' itself, so no separate command id is stored for it.
      expect(segment?.commandIds).toEqual({ 0: 'cmd-1', 1: 'cmd-2', 2: 'cmd-2' });
      const tail = await db.tail.toArray();
      expect(tail.map((record) => [record.position, record.event.position, record.commandId])).toEqual([
        [5, 5, 'cmd-3'],
        [6, 6, 'cmd-3'],
      ]);
      expect(await db.streamIndex.toArray()).toEqual([
        { streamId: 'account-a', chunk: 0, positions: [1, 4] },
        { streamId: 'account-a', chunk: 1, positions: [5, 6] },
        { streamId: 'account-b', chunk: 0, positions: [2, 3] },
      ]);
      expect(entriesOf(await db.commandIndex.toArray())).toEqual([1, 2, 4]);
      expect(await db.meta.get('layout')).toEqual({ key: 'layout', ...TINY });
    });
  });

  it('keeps the layout a database was created with when reopened with other sizes', async () => {
    const name = databases.newName();
    const first = await databases.open(name, TINY);
    await first.append(appendRequest('account-a', 6));
    first.close();
    const reopened = await databases.open(name);
    await reopened.append(appendRequest('account-a', 3));
    expect((await reopened.readAll()).map((event) => event.position)).toEqual(range(1, 9));
    expect(
      (await reopened.readStream('account-a', { fromVersion: 4, toVersion: 6 })).map((e) => e.version),
    ).toEqual([4, 5, 6]);
    await inspect(name, async (db) => {
      expect(await db.segments.toCollection().primaryKeys()).toEqual([1, 5]);
      expect(await db.meta.get('layout')).toEqual({ key: 'layout', ...TINY });
    });
  });

  it('treats a command index entry pointing at another command as a candidate only', async () => {
    const name = databases.newName();
    const store = await databases.open(name, TINY);
    const original = await store.append(appendRequest('account-a', 2, 'any', { commandId: 'cmd-1' }));
    await inspect(name, async (db) => {
      // A forged collision: the ghost id's fingerprint now points at position 1, where cmd-1 starts.
      const hash = hashId('cmd-ghost', TINY.indexBuckets);
      const forged = new IdIndexAdditions();
      forged.add(hash, 1);
      const old = await db.commandIndex.get(hash.bucket);
      await db.commandIndex.bulkPut(forged.records(new Map(old ? [[old.bucket, old]] : [])));
    });
    expect(await store.findCommand('cmd-ghost')).toBeUndefined();
    const ghost = await store.append(appendRequest('account-b', 1, 'no_stream', { commandId: 'cmd-ghost' }));
    expect(ghost).toEqual({
      streamId: 'account-b',
      firstPosition: 3,
      lastPosition: 3,
      nextExpectedVersion: 1,
    });
    expect(await store.findCommand('cmd-ghost')).toEqual({
      commandId: 'cmd-ghost',
      kind: 'appended',
      result: ghost,
    });
    expect(await store.findCommand('cmd-1')).toEqual({
      commandId: 'cmd-1',
      kind: 'appended',
      result: original,
    });
  });

  it('appends and batch-appends in exactly one read-write transaction each', async () => {
    // Spied before opening: Dexie binds the connection's `transaction` method when it opens.
    const transaction = vi.spyOn(IDBDatabase.prototype, 'transaction');
    const store = await databases.open(undefined, TINY);
    await store.append(appendRequest('account-a', 1));
    transaction.mockClear();
    await store.append(appendRequest('account-a', 1));
    await store.appendBatch([
      appendRequest('account-b', 3 * TINY.segmentSize),
      appendRequest('account-a', 1),
    ]);
    expect(transaction.mock.calls.map(([, mode]) => mode)).toEqual(['readwrite', 'readwrite']);
  });

  it('sees an abort signalled from outside while it writes, at the next segment', async () => {
    const store = await databases.open(undefined, TINY);
    const controller = new AbortController();
    const written: number[] = [];
    const onProgress = (count: number) => {
      written.push(count);
      queueMicrotask(() => controller.abort());
    };
    const batch = store.appendBatch([appendRequest('account-a', 5 * TINY.segmentSize)], {
      onProgress,
      signal: controller.signal,
    });
    await expect(batch).rejects.toMatchObject({ name: 'AbortError' });
    expect(written).toEqual([4, 8]);
    expect(await store.headPosition()).toBe(0);
  });
});

describe('Dexie subscriptions', () => {
  it("delivers the store's own appends without reading the log again", async () => {
    const store = await databases.open(undefined, TINY);
    await store.append(appendRequest('account-a', 2));
    const collector = collect(store, 0);
    await waitFor(() => collector.positions().length === 2);
    const readAll = vi.spyOn(store, 'readAll');
    await store.append(appendRequest('account-a', 1));
    await store.appendBatch([appendRequest('account-b', 9), appendRequest('account-a', 1)]);
    await waitFor(() => collector.positions().length === 13);
    await settle();
    expect(collector.positions()).toEqual(range(1, 13));
    expect(readAll).not.toHaveBeenCalled();
  });

  it('hands subscribers a frozen copy of an append, and a large batch frozen at the top', async () => {
    const store = await databases.open(undefined, TINY);
    const collector = collect(store, 0);
    await settle(); // The catch-up read of the empty log is done: what follows is delivered directly.
    const data = { amountMinor: 100 };
    await store.append(appendRequest('account-a', [newEvent({ data })]));
    data.amountMinor = -1;
    await store.appendBatch([appendRequest('account-b', 1025)]);
    await waitFor(() => collector.positions().length === 1026);
    const [appended, ...batch] = collector.batches.flat();
    expect(appended?.data).toEqual({ amountMinor: 100 });
    expect(Object.isFrozen(appended?.data)).toBe(true);
    expect(batch.every((event) => Object.isFrozen(event))).toBe(true);
  });

  it('reads from the store when another tab appended before its own append', async () => {
    const name = databases.newName();
    const tabA = await databases.open(name, TINY);
    const tabB = await databases.open(name, TINY);
    const collector = collect(tabA, 0);
    await settle();
    const readAll = vi.spyOn(tabA, 'readAll');
    await tabB.append(appendRequest('account-b', 2));
    await tabA.append(appendRequest('account-a', 1));
    await waitFor(() => collector.positions().length === 3);
    await settle();
    expect(collector.positions()).toEqual([1, 2, 3]);
    expect(readAll).toHaveBeenCalled();
  });
});
