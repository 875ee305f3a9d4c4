/** Contract: numbering, atomicity, storage failures and snapshots of `append`. */
import { describe, expect, it } from 'vitest';
import { isStorageError } from '../errors';
import type { EventStore } from '../EventStore';
import type { StoredEvent } from '../types';
import { appendRequest, newEvent, newEvents, rejectionOf, seed } from './fixtures';

const idsOf = (events: readonly StoredEvent[]) => events.map((event) => event.id);

export function describeAppendCases(store: () => EventStore): void {
  describe('append', () => {
    it('numbers positions 1..N gap-free across streams and returns them', async () => {
      const first = await store().append(appendRequest('account-a', 2));
      const second = await store().append(appendRequest('account-b', 3));
      const third = await store().append(appendRequest('account-a', 1));
      expect(first).toEqual({
        streamId: 'account-a',
        firstPosition: 1,
        lastPosition: 2,
        nextExpectedVersion: 2,
      });
      expect(second).toEqual({
        streamId: 'account-b',
        firstPosition: 3,
        lastPosition: 5,
        nextExpectedVersion: 3,
      });
      expect(third).toEqual({
        streamId: 'account-a',
        firstPosition: 6,
        lastPosition: 6,
        nextExpectedVersion: 3,
      });
      expect((await store().readAll()).map((event) => event.position)).toEqual([1, 2, 3, 4, 5, 6]);
    });

    it('numbers versions per stream from 1, in append order', async () => {
      const a1 = newEvents(2);
      const b1 = newEvents(1);
      const a2 = newEvents(2);
      await store().append(appendRequest('account-a', a1));
      await store().append(appendRequest('account-b', b1));
      await store().append(appendRequest('account-a', a2));
      const streamA = await store().readStream('account-a');
      expect(streamA.map((event) => [event.version, event.position])).toEqual([
        [1, 1],
        [2, 2],
        [3, 4],
        [4, 5],
      ]);
      expect(idsOf(streamA)).toEqual([...a1, ...a2].map((event) => event.id));
      expect((await store().readStream('account-b')).map((event) => event.version)).toEqual([1]);
    });

    it('stores every field of an event exactly as given', async () => {
      const event = newEvent({
        id: 'evt-1',
        type: 'AccountOpened',
        schemaVersion: 3,
        data: { owner: 'Ada', limits: { daily: 5000 }, tags: ['vip', 'eu'], closed: null, note: 'ünï' },
        metadata: {
          recordedAt: '2024-05-06T07:08:09.010Z',
          commandId: 'cmd-9',
          correlationId: 'corr-2',
          causationId: 'cause-3',
          actor: 'teller-7',
        },
      });
      await store().append(appendRequest('account-a', [event]));
      const expected = { ...event, position: 1, streamId: 'account-a', version: 1 };
      expect(await store().readAll()).toStrictEqual([expected]);
      expect(await store().readStream('account-a')).toStrictEqual([expected]);
    });

    it('rejects an append without events as a programming error, not a storage failure', async () => {
      const error = await rejectionOf(store().append(appendRequest('account-a', [])));
      expect(error).toBeInstanceOf(Error);
      expect(isStorageError(error)).toBe(false);
      expect(await store().headPosition()).toBe(0);
    });

    it('refuses event data that cannot be cloned with StorageError and leaves the log unchanged', async () => {
      await seed(store(), { 'account-a': 1 });
      const events = [newEvent(), newEvent({ data: { callback: () => 1 } }), newEvent()];
      const error = await rejectionOf(store().append(appendRequest('account-a', events)));
      expect(isStorageError(error)).toBe(true);
      expect(await store().headPosition()).toBe(1);
      expect(await store().streamVersion('account-a')).toBe(1);
      expect(idsOf(await store().readAll())).not.toContain(events[0]?.id);
      expect((await store().append(appendRequest('account-a', 1))).firstPosition).toBe(2);
    });

    it('refuses an event id repeated within one append with StorageError, writing none of the events', async () => {
      await store().append(appendRequest('account-a', 1));
      const events = [newEvent({ id: 'evt-dup' }), newEvent(), newEvent({ id: 'evt-dup' })];
      const error = await rejectionOf(store().append(appendRequest('account-b', events)));
      expect(isStorageError(error)).toBe(true);
      expect(await store().headPosition()).toBe(1);
      expect(await store().streamIds()).toEqual(['account-a']);
    });

    it('writes the snapshot with the events, keeps only the latest, and not when the append fails', async () => {
      expect(await store().loadSnapshot('account-a')).toBeUndefined();
      const first = { streamId: 'account-a', version: 2, state: { balance: 200 } };
      await store().append(appendRequest('account-a', 2, 'no_stream', { snapshot: first }));
      expect(await store().loadSnapshot('account-a')).toEqual(first);

      const refused = { streamId: 'account-a', version: 9, state: { balance: -1 } };
      await rejectionOf(store().append(appendRequest('account-a', 1, 0, { snapshot: refused })));
      expect(await store().loadSnapshot('account-a')).toEqual(first);

      const latest = { streamId: 'account-a', version: 3, state: { balance: 300 } };
      await store().append(appendRequest('account-a', 1, 2, { snapshot: latest }));
      expect(await store().loadSnapshot('account-a')).toEqual(latest);
      expect(await store().loadSnapshot('account-b')).toBeUndefined();
    });
  });
}
