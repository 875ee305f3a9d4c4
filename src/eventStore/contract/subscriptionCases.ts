/** Contract: subscriptions deliver every event after a position, in order, exactly once. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { EventStore } from '../EventStore';
import { appendRequest, collect, range, seed, settle, waitFor } from './fixtures';

export function describeSubscriptionCases(store: () => EventStore): void {
  describe('subscribe', () => {
    afterEach(() => {
      vi.restoreAllMocks();
    });

    it('delivers the stored events first, then new appends, in order and exactly once', async () => {
      await seed(store(), { 'account-a': 2, 'account-b': 1 });
      const collector = collect(store(), 0);
      await waitFor(() => collector.positions().length === 3);
      await seed(store(), { 'account-a': 1, 'account-c': 2 });
      await waitFor(() => collector.positions().length === 6);
      await settle();
      expect(collector.positions()).toEqual(range(1, 6));
      expect(collector.batches.flat().map((event) => event.streamId)).toEqual([
        'account-a',
        'account-a',
        'account-b',
        'account-a',
        'account-c',
        'account-c',
      ]);
    });

    it('starts after the given position', async () => {
      await seed(store(), { 'account-a': 4 });
      const collector = collect(store(), 2);
      await store().append(appendRequest('account-a', 1));
      await waitFor(() => collector.positions().length === 3);
      await settle();
      expect(collector.positions()).toEqual([3, 4, 5]);
    });

    it('delivers on an empty log only once something is appended', async () => {
      const collector = collect(store(), 0);
      await settle();
      expect(collector.batches).toEqual([]);
      await store().append(appendRequest('account-a', 2));
      await waitFor(() => collector.positions().length === 2);
      expect(collector.positions()).toEqual([1, 2]);
    });

    it('keeps order without gaps or repeats under concurrent appends', async () => {
      const collector = collect(store(), 0);
      const streams = ['account-a', 'account-b', 'account-c', 'account-d'];
      await Promise.all(
        streams.flatMap((streamId) => [1, 2, 3].map(() => store().append(appendRequest(streamId, 2)))),
      );
      await waitFor(() => collector.positions().length === 24);
      await settle();
      expect(collector.positions()).toEqual(range(1, 24));
    });

    it('stops delivering after unsubscribe, without disturbing other subscribers', async () => {
      const stopped = collect(store(), 0);
      const running = collect(store(), 0);
      await store().append(appendRequest('account-a', 1));
      await waitFor(() => stopped.positions().length === 1 && running.positions().length === 1);
      stopped.unsubscribe();
      await store().append(appendRequest('account-a', 2));
      await waitFor(() => running.positions().length === 3);
      await settle();
      expect(stopped.positions()).toEqual([1]);
      expect(running.positions()).toEqual([1, 2, 3]);
    });

    it('survives a listener that throws: the error is reported and later events still arrive', async () => {
      const report = vi.spyOn(console, 'error').mockImplementation(() => undefined);
      const delivered: number[] = [];
      store().subscribe(0, (events) => {
        delivered.push(...events.map((event) => event.position));
        throw new Error('listener failure');
      });
      await store().append(appendRequest('account-a', 1));
      await waitFor(() => delivered.length === 1);
      await store().append(appendRequest('account-a', 1));
      await waitFor(() => delivered.length === 2);
      await settle();
      expect(delivered).toEqual([1, 2]);
      expect(report).toHaveBeenCalledWith(
        expect.any(String),
        expect.objectContaining({ message: 'listener failure' }),
      );
      expect(await store().headPosition()).toBe(2);
    });

    it('delivers an append only after its promise has resolved, that is after commit', async () => {
      const resolvedWhenDelivered: boolean[] = [];
      let resolved = false;
      store().subscribe(0, () => resolvedWhenDelivered.push(resolved));
      await store()
        .append(appendRequest('account-a', 2))
        .then(() => (resolved = true));
      await waitFor(() => resolvedWhenDelivered.length === 1);
      expect(resolvedWhenDelivered).toEqual([true]);
    });
  });
}
