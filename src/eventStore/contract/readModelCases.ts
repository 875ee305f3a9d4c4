/** Contract: read-model snapshots are saved, found by name, overwritten, and isolated from the caller. */
import { describe, expect, it } from 'vitest';
import type { EventStore } from '../EventStore';
import type { ReadModelSnapshot } from '../types';

const snapshot = (name: string, checkpoint: number, data: unknown): ReadModelSnapshot => ({
  name,
  checkpoint,
  schemaVersion: 2,
  fingerprint: `event-at-${checkpoint}`,
  data,
});

export function describeReadModelCases(store: () => EventStore): void {
  describe('read-model snapshots', () => {
    it('finds nothing for a name never saved', async () => {
      expect(await store().loadReadModelSnapshot('balances')).toBeUndefined();
    });

    it('loads what was saved under a name, and the latest save wins', async () => {
      const first = snapshot('balances', 10, { 'account-a': 100 });
      const other = snapshot('transactions', 12, [{ position: 12 }]);
      await store().saveReadModelSnapshot(first);
      await store().saveReadModelSnapshot(other);
      expect(await store().loadReadModelSnapshot('balances')).toStrictEqual(first);
      const latest = snapshot('balances', 20, { 'account-a': 250, 'account-b': 5 });
      await store().saveReadModelSnapshot(latest);
      expect(await store().loadReadModelSnapshot('balances')).toStrictEqual(latest);
      expect(await store().loadReadModelSnapshot('transactions')).toStrictEqual(other);
    });

    it('keeps typed arrays in a snapshot, safe from changes to the arrays saved or loaded', async () => {
      const column = Float64Array.from([1.5, 2.5]);
      await store().saveReadModelSnapshot(snapshot('columns', 2, { column, names: ['a', 'b'] }));
      column[0] = -1;
      const loaded = await store().loadReadModelSnapshot('columns');
      const loadedColumn = (loaded?.data as { column: Float64Array }).column;
      expect(loadedColumn).toEqual(Float64Array.from([1.5, 2.5]));
      loadedColumn[1] = -2;
      const again = await store().loadReadModelSnapshot('columns');
      expect((again?.data as { column: Float64Array }).column).toEqual(Float64Array.from([1.5, 2.5]));
    });

    it('keeps a saved snapshot safe from later changes to the objects saved or loaded', async () => {
      const data = { totals: { 'account-a': 100 } };
      await store().saveReadModelSnapshot(snapshot('balances', 1, data));
      data.totals['account-a'] = -1;
      const loaded = await store().loadReadModelSnapshot('balances');
      try {
        (loaded?.data as typeof data).totals['account-a'] = -2;
      } catch (error) {
        expect(error).toBeInstanceOf(TypeError);
      }
      expect((await store().loadReadModelSnapshot('balances'))?.data).toEqual({
        totals: { 'account-a': 100 },
      });
    });
  });
}
