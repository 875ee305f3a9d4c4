/** Contract: the read side of the port, isolation of stored values, and close. */
import { describe, expect, it } from 'vitest';
import { isStorageError } from '../errors';
import type { EventStore } from '../EventStore';
import type { StoredEvent } from '../types';
import { appendRequest, collect, newEvent, range, rejectionOf, seed, settle } from './fixtures';

const positions = (events: readonly StoredEvent[]) => events.map((event) => event.position);
const versions = (events: readonly StoredEvent[]) => events.map((event) => event.version);

export function describeReadCases(store: () => EventStore): void {
  describe('reads', () => {
    it('reports an empty log', async () => {
      expect(await store().readAll()).toEqual([]);
      expect(await store().readAll({ from: 1, to: 10 })).toEqual([]);
      expect(await store().readStream('account-a')).toEqual([]);
      expect(await store().headPosition()).toBe(0);
      expect(await store().streamVersion('account-a')).toBe(0);
      expect(await store().streamIds()).toEqual([]);
    });

    it('reads position ranges with both ends inclusive', async () => {
      await seed(store(), { 'account-a': 3, 'account-b': 3 });
      expect(positions(await store().readAll())).toEqual(range(1, 6));
      expect(positions(await store().readAll({ from: 2, to: 4 }))).toEqual([2, 3, 4]);
      expect(positions(await store().readAll({ from: 5 }))).toEqual([5, 6]);
      expect(positions(await store().readAll({ to: 2 }))).toEqual([1, 2]);
      expect(positions(await store().readAll({ from: 3, to: 3 }))).toEqual([3]);
      expect(positions(await store().readAll({ from: 7 }))).toEqual([]);
      expect(positions(await store().readAll({ from: 4, to: 2 }))).toEqual([]);
      expect(positions(await store().readAll({ from: 0, to: 100 }))).toEqual(range(1, 6));
    });

    it('reads version ranges of one stream with both ends inclusive', async () => {
      await seed(store(), { 'account-a': 2, 'account-b': 2 });
      await store().append(appendRequest('account-a', 2));
      const all = await store().readStream('account-a');
      expect(versions(all)).toEqual([1, 2, 3, 4]);
      expect(positions(all)).toEqual([1, 2, 5, 6]);
      expect(all.every((event) => event.streamId === 'account-a')).toBe(true);
      expect(versions(await store().readStream('account-a', { fromVersion: 2, toVersion: 3 }))).toEqual([
        2, 3,
      ]);
      expect(versions(await store().readStream('account-a', { fromVersion: 3 }))).toEqual([3, 4]);
      expect(versions(await store().readStream('account-a', { toVersion: 1 }))).toEqual([1]);
      expect(versions(await store().readStream('account-a', { fromVersion: 5 }))).toEqual([]);
      expect(versions(await store().readStream('account-a', { fromVersion: 3, toVersion: 2 }))).toEqual([]);
      expect(await store().readStream('account')).toEqual([]);
    });

    it('reports the head position and stream versions', async () => {
      await seed(store(), { 'account-a': 2, 'account-b': 3 });
      await store().append(appendRequest('account-a', 1));
      expect(await store().headPosition()).toBe(6);
      expect(await store().streamVersion('account-a')).toBe(3);
      expect(await store().streamVersion('account-b')).toBe(3);
      expect(await store().streamVersion('account-c')).toBe(0);
    });

    it('lists stream ids, all or by prefix, in key order', async () => {
      await seed(store(), { 'account-b': 1, 'transfer-1': 1, 'account-a': 1, accountant: 1 });
      expect(await store().streamIds()).toEqual(['account-a', 'account-b', 'accountant', 'transfer-1']);
      expect(await store().streamIds('account-')).toEqual(['account-a', 'account-b']);
      expect(await store().streamIds('transfer')).toEqual(['transfer-1']);
      expect(await store().streamIds('ledger')).toEqual([]);
    });

    it('keeps the log safe from changes to the values appended or read', async () => {
      const event = newEvent({ data: { amountMinor: 100, nested: { tags: ['a'] } } });
      await store().append(
        appendRequest('account-a', [event], 'any', {
          snapshot: { streamId: 'account-a', version: 1, state: { balance: 100 } },
        }),
      );
      (event.data as { amountMinor: number }).amountMinor = 999;
      const [read] = await store().readAll();
      const snapshot = await store().loadSnapshot('account-a');
      tryToMutate(() => ((read?.data as { nested: { tags: string[] } }).nested.tags[0] = 'changed'));
      tryToMutate(() => ((snapshot?.state as { balance: number }).balance = -1));
      expect((await store().readAll())[0]?.data).toEqual({ amountMinor: 100, nested: { tags: ['a'] } });
      expect((await store().loadSnapshot('account-a'))?.state).toEqual({ balance: 100 });
    });

    it('refuses every call with StorageError once closed, and delivers nothing more', async () => {
      await seed(store(), { 'account-a': 1 });
      store().close();
      const late = collect(store(), 0);
      await settle();
      expect(late.batches).toEqual([]);
      expect(isStorageError(await rejectionOf(store().append(appendRequest('account-a', 1))))).toBe(true);
      expect(isStorageError(await rejectionOf(store().readAll()))).toBe(true);
      expect(isStorageError(await rejectionOf(store().headPosition()))).toBe(true);
    });
  });
}

/** Frozen values throw on assignment, copies accept it; either way the log must not change. */
function tryToMutate(mutate: () => void): void {
  try {
    mutate();
  } catch (error) {
    expect(error).toBeInstanceOf(TypeError);
  }
}
