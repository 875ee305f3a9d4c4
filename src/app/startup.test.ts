import { describe, expect, it } from 'vitest';
import { parseAccountId } from '../domain/account';
import { parseAmount } from '../domain/money';
import type { EventStore } from '../eventStore/EventStore';
import { createInMemoryEventStore } from '../eventStore/inMemoryEventStore';
import { created, freshFold, recordLedger } from '../testing/ledgerFixtures';
import { inThreadHistoryLoader, type HistoryLoader } from './history/historyLoader';
import { LEDGER_SNAPSHOT, LEDGER_SNAPSHOT_VERSION } from './ledgerSnapshot';
import { createLedgerSession, type LedgerSession } from './ledgerSession';

const ACC = parseAccountId('ACC-001');

async function ledgerWithHistory(deposits: number): Promise<{ store: EventStore; first: LedgerSession }> {
  const store = createInMemoryEventStore();
  const first = createLedgerSession({ eventStore: store });
  await first.start();
  await first.dispatch({
    type: 'OpenAccount',
    owner: 'Ada',
    initialDeposit: parseAmount('0', { allowZero: true }),
  });
  for (let index = 0; index < deposits; index++) {
    await first.dispatch({ type: 'DepositMoney', accountId: ACC, amount: parseAmount('1') });
  }
  await until(first, () => first.view.getState().head === deposits + 1);
  return { store, first };
}

/** A history loader that records the ranges it was asked for. */
function recordingLoader(store: EventStore): {
  loader: HistoryLoader;
  ranges: { from: number; to: number }[];
} {
  const ranges: { from: number; to: number }[] = [];
  const inner = inThreadHistoryLoader(store, 3);
  return { ranges, loader: (range, onChunk, signal) => (ranges.push(range), inner(range, onChunk, signal)) };
}

async function until(session: LedgerSession, done: () => boolean): Promise<void> {
  for (let tries = 0; !done(); tries++) {
    if (tries > 2000)
      throw new Error(`Timed out; the view is ${JSON.stringify(session.view.getState().history)}`);
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
}

async function savedSnapshot(store: EventStore) {
  const saved = await store.loadReadModelSnapshot(LEDGER_SNAPSHOT);
  if (!saved) throw new Error('The first session persisted no read models.');
  return saved;
}

describe('start-up', () => {
  it('restores trusted read models, folds only what came after, and loads the history behind', async () => {
    const { store, first } = await ledgerWithHistory(9);
    await first.persistReadModels();
    await first.dispatch({ type: 'DepositMoney', accountId: ACC, amount: parseAmount('5') });

    const { loader, ranges } = recordingLoader(store);
    const second = createLedgerSession({ eventStore: store, historyLoader: loader });
    await second.start();
    expect(second.view.getState()).toMatchObject({ status: 'ready', head: 11, rebuild: null });
    expect(second.timeline.present).toEqual(freshFold(await store.readAll()));
    await until(second, () => second.view.getState().history === null);
    expect(ranges).toEqual([{ from: 1, to: 10 }]);
    expect(second.timeline.historyLength).toBe(11);
    second.seek(5);
    expect(second.view.getState().readModels).toEqual(freshFold(await store.readAll({ to: 5 })));
  });

  it('keeps folding new events while the history loads', async () => {
    const { store, first } = await ledgerWithHistory(6);
    await first.persistReadModels();
    const second = createLedgerSession({ eventStore: store, historyLoader: inThreadHistoryLoader(store, 2) });
    await second.start();
    await second.dispatch({ type: 'WithdrawMoney', accountId: ACC, amount: parseAmount('2') });
    await until(second, () => second.view.getState().history === null && second.view.getState().head === 8);
    expect(second.timeline.present).toEqual(freshFold(await store.readAll()));
  });

  it('rebuilds from the log when the persisted read models do not match it', async () => {
    const { store, first } = await ledgerWithHistory(4);
    await first.persistReadModels();
    const saved = await savedSnapshot(store);
    await store.saveReadModelSnapshot({ ...saved, fingerprint: 'some other event' });

    const { loader, ranges } = recordingLoader(store);
    const second = createLedgerSession({ eventStore: store, historyLoader: loader });
    await second.start();
    expect(ranges).toEqual([{ from: 1, to: 5 }]);
    expect(second.view.getState()).toMatchObject({ status: 'ready', history: null, head: 5 });
    expect(second.timeline.present).toEqual(freshFold(await store.readAll()));
  });

  it('ignores read models written by another version of the folds, or malformed ones', async () => {
    const { store, first } = await ledgerWithHistory(2);
    await first.persistReadModels();
    const saved = await savedSnapshot(store);
    for (const tampered of [
      { ...saved, schemaVersion: LEDGER_SNAPSHOT_VERSION + 1 },
      { ...saved, data: { ...(saved.data as object), balances: [{ accountId: 'ACC-001' }] } },
      { ...saved, checkpoint: 99 },
    ]) {
      await store.saveReadModelSnapshot(tampered);
      const { loader, ranges } = recordingLoader(store);
      const again = createLedgerSession({ eventStore: store, historyLoader: loader });
      await again.start();
      expect(ranges).toEqual([{ from: 1, to: 3 }]);
      expect(again.timeline.present).toEqual(freshFold(await store.readAll()));
    }
  });
});

describe('persisting read models', () => {
  it('never stamps old read models with a replaced log’s fingerprint', async () => {
    const { store, first } = await ledgerWithHistory(3);
    const other = recordLedger([
      { account: 'ACC-009', event: created('ACC-009', 7), at: '2030-01-01T00:00:00.000Z' },
      { account: 'ACC-009', event: created('ACC-010', 8), at: '2030-01-01T00:00:01.000Z' },
      { account: 'ACC-009', event: created('ACC-011', 9), at: '2030-01-01T00:00:02.000Z' },
      { account: 'ACC-009', event: created('ACC-012', 9), at: '2030-01-01T00:00:03.000Z' },
    ]);
    await store.replaceLog(other);
    await first.persistReadModels();
    expect(await store.loadReadModelSnapshot(LEDGER_SNAPSHOT)).toBeUndefined();
  });
});
