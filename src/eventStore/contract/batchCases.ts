/** Contract: `appendBatch` applies the rules of `append` in order, all or nothing, and can be aborted. */
import { describe, expect, it } from 'vitest';
import { CommandAlreadyRefusedError } from '../commandErrors';
import { ConcurrencyError, isStorageError } from '../errors';
import type { EventStore } from '../EventStore';
import { appendRequest, collect, newEvent, range, rejectionOf, seed, settle, waitFor } from './fixtures';

/** Everything a failed batch must have left alone. */
async function stateOf(store: EventStore, streamIds: readonly string[]) {
  return {
    log: await store.readAll(),
    head: await store.headPosition(),
    versions: await Promise.all(streamIds.map((id) => store.streamVersion(id))),
    snapshots: await Promise.all(streamIds.map((id) => store.loadSnapshot(id))),
    streamIds: await store.streamIds(),
  };
}

export function describeBatchCases(store: () => EventStore, segmentSize: number): void {
  describe('appendBatch', () => {
    it('appends many commands in one call, in order, each checked against the ones before it', async () => {
      await seed(store(), { 'account-a': 1 });
      const results = await store().appendBatch([
        appendRequest('account-a', 2, 1, { commandId: 'cmd-1' }),
        appendRequest('account-b', 1, 'no_stream', { commandId: 'cmd-2' }),
        appendRequest('account-a', 1, 3, { commandId: 'cmd-3' }),
      ]);
      expect(results).toEqual([
        { streamId: 'account-a', firstPosition: 2, lastPosition: 3, nextExpectedVersion: 3 },
        { streamId: 'account-b', firstPosition: 4, lastPosition: 4, nextExpectedVersion: 1 },
        { streamId: 'account-a', firstPosition: 5, lastPosition: 5, nextExpectedVersion: 4 },
      ]);
      expect((await store().readAll()).map((event) => event.position)).toEqual(range(1, 5));
      expect(await store().streamVersion('account-a')).toBe(4);
      expect(await store().findCommand('cmd-3')).toEqual({
        commandId: 'cmd-3',
        kind: 'appended',
        result: results[2],
      });
      expect((await store().append(appendRequest('account-b', 1, 1))).firstPosition).toBe(6);
    });

    it('writes nothing when a request mid-batch fails its expected version', async () => {
      await seed(store(), { 'account-a': 2 });
      const before = await stateOf(store(), ['account-a', 'account-b']);
      const snapshot = { streamId: 'account-b', version: 1, state: { balance: 1 } };
      const error = await rejectionOf(
        store().appendBatch([
          appendRequest('account-b', 1, 'no_stream', { commandId: 'cmd-ok', snapshot }),
          appendRequest('account-a', 1, 2),
          appendRequest('account-a', 1, 2),
          appendRequest('account-b', 1, 1),
        ]),
      );
      expect(error).toBeInstanceOf(ConcurrencyError);
      expect(error).toMatchObject({ streamId: 'account-a', expected: 2, actual: 3 });
      expect(await stateOf(store(), ['account-a', 'account-b'])).toEqual(before);
      expect(await store().findCommand('cmd-ok')).toBeUndefined();
      expect((await store().append(appendRequest('account-b', 1, 'no_stream'))).firstPosition).toBe(3);
    });

    it('answers a command id stored or earlier in the batch with its original result, writing nothing for it', async () => {
      const stored = await store().append(appendRequest('account-a', 1, 'no_stream', { commandId: 'cmd-1' }));
      const repeated = [newEvent({ id: 'evt-never-1' })];
      const twice = [newEvent({ id: 'evt-never-2' })];
      const results = await store().appendBatch([
        appendRequest('account-b', repeated, 'no_stream', { commandId: 'cmd-1' }),
        appendRequest('account-b', 2, 'no_stream', { commandId: 'cmd-2' }),
        appendRequest('account-c', twice, 5, { commandId: 'cmd-2' }),
        appendRequest('account-a', 1, 1, { commandId: 'cmd-3' }),
      ]);
      const second = { streamId: 'account-b', firstPosition: 2, lastPosition: 3, nextExpectedVersion: 2 };
      expect(results).toEqual([
        stored,
        second,
        second,
        { streamId: 'account-a', firstPosition: 4, lastPosition: 4, nextExpectedVersion: 2 },
      ]);
      const ids = (await store().readAll()).map((event) => event.id);
      expect(ids).toHaveLength(4);
      expect(ids).not.toContain('evt-never-1');
      expect(ids).not.toContain('evt-never-2');
      expect(await store().streamIds()).toEqual(['account-a', 'account-b']);
    });

    it('refuses the whole batch when one of its command ids was refused', async () => {
      await store().recordRefusal('cmd-refused', 'LIMIT', 'Over the limit.');
      const error = await rejectionOf(
        store().appendBatch([
          appendRequest('account-a', 1),
          appendRequest('account-a', 1, 'any', { commandId: 'cmd-refused' }),
        ]),
      );
      expect(error).toBeInstanceOf(CommandAlreadyRefusedError);
      expect(error).toMatchObject({ commandId: 'cmd-refused', code: 'LIMIT', message: 'Over the limit.' });
      expect(await store().headPosition()).toBe(0);
    });

    it('refuses an event id repeated within the batch with StorageError, writing nothing', async () => {
      await store().append(appendRequest('account-a', 1));
      const error = await rejectionOf(
        store().appendBatch([
          appendRequest('account-b', [newEvent({ id: 'evt-twice' })]),
          appendRequest('account-b', 1),
          appendRequest('account-c', [newEvent({ id: 'evt-twice' })]),
        ]),
      );
      expect(isStorageError(error)).toBe(true);
      expect(await store().headPosition()).toBe(1);
      expect(await store().streamIds()).toEqual(['account-a']);
    });

    it('reports progress at every segment boundary and at the end, counting only written events', async () => {
      await store().append(appendRequest('account-a', 3, 'any', { commandId: 'cmd-seed' }));
      const calls: [number, number][] = [];
      const total = 2 * segmentSize + 2;
      await store().appendBatch(
        [appendRequest('account-a', 5, 'any', { commandId: 'cmd-seed' }), appendRequest('account-b', total)],
        { onProgress: (written, all) => calls.push([written, all]) },
      );
      expect(calls).toEqual([
        [segmentSize - 3, total],
        [2 * segmentSize - 3, total],
        [total, total],
      ]);
    });

    it('leaves the log untouched and rejects with AbortError when aborted while writing', async () => {
      await seed(store(), { 'account-a': 1 });
      const before = await stateOf(store(), ['account-a', 'account-b']);
      const collector = collect(store(), 0);
      await waitFor(() => collector.positions().length === 1);
      const controller = new AbortController();
      const snapshot = { streamId: 'account-b', version: 1, state: {} };
      const error = await rejectionOf(
        store().appendBatch(
          [
            appendRequest('account-b', 1, 'no_stream', { commandId: 'cmd-aborted', snapshot }),
            appendRequest('account-a', 3 * segmentSize),
          ],
          { onProgress: () => controller.abort(), signal: controller.signal },
        ),
      );
      expect(error).toBeInstanceOf(DOMException);
      expect(error).toMatchObject({ name: 'AbortError' });
      expect(await stateOf(store(), ['account-a', 'account-b'])).toEqual(before);
      expect(await store().findCommand('cmd-aborted')).toBeUndefined();
      await settle();
      expect(collector.positions()).toEqual([1]);
      expect(
        (await store().append(appendRequest('account-b', 1, 'no_stream', { commandId: 'cmd-aborted' })))
          .firstPosition,
      ).toBe(2);
    });

    it('rejects with AbortError without writing when the signal has already aborted', async () => {
      const controller = new AbortController();
      controller.abort();
      const error = await rejectionOf(
        store().appendBatch([appendRequest('account-a', 1)], { signal: controller.signal }),
      );
      expect(error).toMatchObject({ name: 'AbortError' });
      expect(await store().headPosition()).toBe(0);
    });

    it('rejects a request without events as a programming error before writing any request', async () => {
      const error = await rejectionOf(
        store().appendBatch([appendRequest('account-a', 1), appendRequest('account-b', [])]),
      );
      expect(error).toBeInstanceOf(Error);
      expect(isStorageError(error)).toBe(false);
      expect(await store().headPosition()).toBe(0);
    });

    it('returns no results and writes nothing for an empty batch', async () => {
      expect(await store().appendBatch([])).toEqual([]);
      expect(await store().headPosition()).toBe(0);
    });

    it('keeps the last snapshot of each stream written in the batch', async () => {
      const snapshot = (version: number) => ({ streamId: 'account-a', version, state: { version } });
      await store().appendBatch([
        appendRequest('account-a', 1, 'any', { snapshot: snapshot(1) }),
        appendRequest('account-a', 1, 'any', { snapshot: snapshot(2) }),
        appendRequest('account-b', 1),
      ]);
      expect(await store().loadSnapshot('account-a')).toEqual(snapshot(2));
      expect(await store().loadSnapshot('account-b')).toBeUndefined();
    });

    it('delivers a batch to subscribers in order and exactly once', async () => {
      const collector = collect(store(), 0);
      await store().append(appendRequest('account-a', 2));
      await store().appendBatch([appendRequest('account-b', segmentSize), appendRequest('account-a', 3)]);
      await waitFor(() => collector.positions().length === segmentSize + 5);
      await settle();
      expect(collector.positions()).toEqual(range(1, segmentSize + 5));
    });
  });
}
