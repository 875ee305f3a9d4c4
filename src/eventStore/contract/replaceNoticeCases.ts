/**
 * Contract: `onReplaced` listeners hear of every committed replace, after the new log is in place (one
 * that nobody heard, by the first listener to come), and of nothing else; a listener that throws does not keep the others (or the replace) from completing.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { EventStore } from '../EventStore';
import { appendRequest, rejectionOf, settle } from './fixtures';
import { replacementLog } from './replaceCases';

export function describeReplaceNoticeCases(store: () => EventStore): void {
  describe('onReplaced', () => {
    afterEach(() => {
      vi.restoreAllMocks();
    });

    it('is called once per committed replace, when the new log can already be read', async () => {
      const heads: Promise<number>[] = [];
      store().onReplaced(() => heads.push(store().headPosition()));
      await store().replaceLog(replacementLog(4));
      await store().replaceLog(replacementLog(2, 'newer'));
      expect(await Promise.all(heads)).toEqual([4, 2]);
    });

    it('is not called for appends, nor for a replace that is refused or aborted', async () => {
      const calls = vi.fn();
      store().onReplaced(calls);
      await store().append(appendRequest('account-a', 2));
      await store().appendBatch([appendRequest('account-b', 1)]);
      const controller = new AbortController();
      controller.abort();
      await rejectionOf(store().replaceLog(replacementLog(3), { signal: controller.signal }));
      await rejectionOf(store().replaceLog(replacementLog(3).slice(1)));
      await settle();
      expect(calls).not.toHaveBeenCalled();
    });

    it('stops calling a listener once it is removed', async () => {
      const kept = vi.fn();
      const removed = vi.fn();
      store().onReplaced(kept);
      store().onReplaced(removed)();
      await store().replaceLog(replacementLog(1));
      expect(kept).toHaveBeenCalledTimes(1);
      expect(removed).not.toHaveBeenCalled();
    });

    it('tells a replace that nobody heard to the first listener, once', async () => {
      await store().replaceLog(replacementLog(2));
      const first = vi.fn();
      const second = vi.fn();
      store().onReplaced(first);
      store().onReplaced(second);
      await settle();
      expect(first).toHaveBeenCalledOnce();
      expect(second).not.toHaveBeenCalled();
    });

    it('reports a listener that throws and still calls the others', async () => {
      const report = vi.spyOn(console, 'error').mockImplementation(() => undefined);
      const after = vi.fn();
      store().onReplaced(() => {
        throw new Error('faulty reader');
      });
      store().onReplaced(after);
      await store().replaceLog(replacementLog(1));
      expect(after).toHaveBeenCalledTimes(1);
      expect(report).toHaveBeenCalledOnce();
    });
  });
}
