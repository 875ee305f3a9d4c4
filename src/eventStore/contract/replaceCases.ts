/**
 * Contract: `replaceLog` swaps the whole log in one step. Afterwards every read, `findCommand` and append
 * behaves as if the given events had been appended to an empty store; a failure or an abort leaves the old
 * log, commands, refusals, snapshots and read models exactly as they were.
 */
import { describe, expect, it } from 'vitest';
import { isStorageError } from '../errors';
import type { EventStore } from '../EventStore';
import type { StoredEvent } from '../types';
import { appendRequest, collect, range, rejectionOf, seed, settle, waitFor } from './fixtures';

/** A log of `count` events over two streams, commands of up to three events on one stream. */
export function replacementLog(count: number, prefix = 'new'): StoredEvent[] {
  const versions = new Map<string, number>();
  return range(1, count).map((position) => {
    const command = Math.ceil(position / 3);
    const streamId = command % 2 === 0 ? 'account-b' : 'account-a';
    const version = (versions.get(streamId) ?? 0) + 1;
    versions.set(streamId, version);
    return {
      id: `${prefix}-event-${position}`,
      position,
      streamId,
      version,
      type: 'Deposited',
      schemaVersion: 1 + (position % 2),
      data: { amountMinor: position },
      metadata: { recordedAt: '2024-04-01T00:00:00.000Z', commandId: `${prefix}-cmd-${command}` },
    };
  });
}

/** Everything a replace must either swap completely or leave alone. */
async function everything(store: EventStore) {
  return {
    log: await store.readAll(),
    head: await store.headPosition(),
    streamIds: await store.streamIds(),
    streamA: await store.readStream('account-a'),
    versionA: await store.streamVersion('account-a'),
    snapshot: await store.loadSnapshot('account-a'),
    readModel: await store.loadReadModelSnapshot('balances'),
    seedCommand: await store.findCommand('cmd-seed'),
    refusal: await store.findCommand('cmd-refused'),
  };
}

/** An old log with a command, a refusal, a snapshot and a read model. */
async function seedOldLog(store: EventStore): Promise<void> {
  const snapshot = { streamId: 'account-a', version: 2, state: { balance: 2 } };
  await store.append(appendRequest('account-a', 2, 'no_stream', { commandId: 'cmd-seed', snapshot }));
  await seed(store, { 'account-c': 3 });
  await store.recordRefusal('cmd-refused', 'LIMIT', 'Over the limit.');
  await store.saveReadModelSnapshot({
    name: 'balances',
    checkpoint: 5,
    schemaVersion: 1,
    fingerprint: 'x',
    data: [5],
  });
}

export function describeReplaceCases(store: () => EventStore, segmentSize: number): void {
  describe('replaceLog', () => {
    it('replaces the log, streams, commands, refusals, snapshots and read models', async () => {
      await seedOldLog(store());
      const events = replacementLog(2 * segmentSize + 3);
      await store().replaceLog(events);
      expect(await store().readAll()).toStrictEqual(events);
      expect(await store().headPosition()).toBe(events.length);
      expect(await store().streamIds()).toEqual(['account-a', 'account-b']);
      const streamB = events.filter((event) => event.streamId === 'account-b');
      expect(await store().readStream('account-b')).toStrictEqual(streamB);
      expect(await store().readStream('account-b', { fromVersion: 2, toVersion: 4 })).toStrictEqual(
        streamB.slice(1, 4),
      );
      expect(await store().streamVersion('account-b')).toBe(streamB.length);
      expect(await store().streamVersion('account-c')).toBe(0);
      expect(await store().loadSnapshot('account-a')).toBeUndefined();
      expect(await store().loadReadModelSnapshot('balances')).toBeUndefined();
      expect(await store().findCommand('cmd-seed')).toBeUndefined();
      expect(await store().findCommand('cmd-refused')).toBeUndefined();
      expect(await store().readAll({ from: segmentSize, to: segmentSize + 1 })).toStrictEqual(
        events.slice(segmentSize - 1, segmentSize + 1),
      );
    });

    it('rebuilds the commands from the events’ command ids, so a retried command is not appended again', async () => {
      await store().replaceLog(replacementLog(7));
      expect(await store().findCommand('new-cmd-2')).toEqual({
        commandId: 'new-cmd-2',
        kind: 'appended',
        result: { streamId: 'account-b', firstPosition: 4, lastPosition: 6, nextExpectedVersion: 3 },
      });
      const retried = await store().append(appendRequest('account-z', 1, 'any', { commandId: 'new-cmd-3' }));
      expect(retried).toEqual({
        streamId: 'account-a',
        firstPosition: 7,
        lastPosition: 7,
        nextExpectedVersion: 4,
      });
      expect(await store().headPosition()).toBe(7);
    });

    it('continues appends at N + 1 with the versions and expected versions of the new streams', async () => {
      await seed(store(), { 'account-a': 9 });
      await store().replaceLog(replacementLog(5));
      const error = await rejectionOf(store().append(appendRequest('account-a', 1, 9)));
      expect(error).toMatchObject({ name: 'ConcurrencyError', streamId: 'account-a', actual: 3 });
      const result = await store().append(appendRequest('account-a', 2, 3));
      expect(result).toEqual({
        streamId: 'account-a',
        firstPosition: 6,
        lastPosition: 7,
        nextExpectedVersion: 5,
      });
      expect((await store().readAll()).map((event) => event.position)).toEqual(range(1, 7));
      expect((await store().readStream('account-a')).map((event) => event.version)).toEqual(range(1, 5));
    });

    it('empties the store when given no events', async () => {
      await seedOldLog(store());
      await store().replaceLog([]);
      expect(await store().headPosition()).toBe(0);
      expect(await store().streamIds()).toEqual([]);
      expect((await store().append(appendRequest('account-a', 1, 'no_stream'))).firstPosition).toBe(1);
    });

    it('reports progress at every segment boundary and at the end', async () => {
      const calls: [number, number][] = [];
      const total = 2 * segmentSize + 1;
      await store().replaceLog(replacementLog(total), { onProgress: (done, all) => calls.push([done, all]) });
      expect(calls).toEqual([
        [segmentSize, total],
        [2 * segmentSize, total],
        [total, total],
      ]);
    });

    it('leaves everything as it was and rejects with AbortError when aborted while writing', async () => {
      await seedOldLog(store());
      const before = await everything(store());
      const collector = collect(store(), 0);
      await waitFor(() => collector.positions().length === 5);
      const controller = new AbortController();
      const error = await rejectionOf(
        store().replaceLog(replacementLog(3 * segmentSize), {
          onProgress: (written) => written > segmentSize && controller.abort(),
          signal: controller.signal,
        }),
      );
      expect(error).toMatchObject({ name: 'AbortError' });
      expect(await everything(store())).toEqual(before);
      await settle();
      expect(collector.positions()).toEqual(range(1, 5));
      expect((await store().append(appendRequest('account-a', 1, 2))).firstPosition).toBe(6);
    });

    it('changes nothing when the signal has already aborted', async () => {
      await seedOldLog(store());
      const before = await everything(store());
      const controller = new AbortController();
      controller.abort();
      const error = await rejectionOf(store().replaceLog(replacementLog(3), { signal: controller.signal }));
      expect(error).toMatchObject({ name: 'AbortError' });
      expect(await everything(store())).toEqual(before);
    });

    it('leaves everything as it was when writing fails part-way, reporting StorageError', async () => {
      await seedOldLog(store());
      const before = await everything(store());
      const events = replacementLog(2 * segmentSize + 2);
      const last = events.length - 1;
      events[last] = { ...(events[last] as StoredEvent), data: { callback: () => 1 } };
      const error = await rejectionOf(store().replaceLog(events));
      expect(isStorageError(error)).toBe(true);
      expect(await everything(store())).toEqual(before);
    });

    it.each([
      ['a gap in positions', (log: StoredEvent[]) => log.splice(2, 1)],
      ['positions not starting at 1', (log: StoredEvent[]) => log.shift()],
      ['a gap in versions', (log: StoredEvent[]) => (log[4] = { ...(log[4] as StoredEvent), version: 5 })],
      [
        'a repeated event id',
        (log: StoredEvent[]) => (log[4] = { ...(log[4] as StoredEvent), id: 'new-event-1' }),
      ],
    ])('refuses %s as a programming error, changing nothing', async (_, spoil) => {
      await seedOldLog(store());
      const before = await everything(store());
      const events = replacementLog(9);
      spoil(events);
      const error = await rejectionOf(store().replaceLog(events));
      expect(error).toBeInstanceOf(Error);
      expect(isStorageError(error)).toBe(false);
      expect(await everything(store())).toEqual(before);
    });
  });
}
