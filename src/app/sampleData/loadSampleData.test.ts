import { describe, expect, it } from 'vitest';
import { createInMemoryEventStore } from '../../eventStore/inMemoryEventStore';
import { parseAmount } from '../../domain/money';
import { listBalances } from '../../projections/balances/queries';
import { writeSampleLedger } from '../../sampleData/writeSampleLedger';
import { freshFold } from '../../testing/ledgerFixtures';
import { createLedgerSession } from '../ledgerSession';
import { loadRandomLedger, loadTextbookStories } from './loadSampleData';
import type { SampleWriter } from './sampleWriters';

const spring = { from: Date.parse('2026-03-01T00:00:00Z'), to: Date.parse('2026-06-01T00:00:00Z') };

async function startedSession() {
  const store = createInMemoryEventStore();
  const session = createLedgerSession({ eventStore: store });
  await session.start();
  return { store, session };
}

const smallBatches =
  (store: ReturnType<typeof createInMemoryEventStore>, batchEvents: number): SampleWriter =>
  (ledger, options) =>
    writeSampleLedger(store, ledger, { ...options, batchEvents });

describe('sample data', () => {
  it('loads the two textbook stories as commands, then a transfer from Bob to Alice', async () => {
    const { store, session } = await startedSession();
    await loadTextbookStories(session);
    expect(await store.headPosition()).toBe(9);
    expect(
      listBalances(freshFold(await store.readAll()).models.balances).map((row) => [
        row.accountId,
        row.owner,
        row.balance,
      ]),
    ).toEqual([
      ['ACC-001', 'Alice', 100_000],
      ['ACC-002', 'Bob', 105_000],
    ]);
    const [withdrawal, deposit] = await store.readAll({ from: 8 });
    expect(withdrawal).toMatchObject({ type: 'MoneyWithdrawn', streamId: 'account-ACC-002' });
    expect(deposit).toMatchObject({ type: 'MoneyDeposited', streamId: 'account-ACC-001' });
    expect(deposit?.metadata).toMatchObject({
      actor: 'teacher',
      correlationId: withdrawal?.metadata.commandId,
      causationId: withdrawal?.id,
    });
  });

  it('appends a random valid ledger after what is there, folding each batch as it commits', async () => {
    const { store, session } = await startedSession();
    await session.dispatch({ type: 'OpenAccount', owner: 'Ada', initialDeposit: parseAmount('1') });
    const progress: number[] = [];
    const written = await loadRandomLedger(
      session,
      smallBatches(store, 100),
      { events: 450, ...spring },
      (count) => progress.push(count),
    );
    expect(written).toBe(450);
    expect(progress).toEqual([100, 200, 300, 400, 450]);
    expect(await store.headPosition()).toBe(451);
    expect(session.timeline.present).toEqual(freshFold(await store.readAll()));
    expect(session.view.getState()).toMatchObject({ head: 451, position: 451 });
    const accounts = listBalances(session.timeline.present.models.balances).map((row) => row.accountId);
    expect(accounts.slice(0, 3)).toEqual(['ACC-001', 'ACC-002', 'ACC-003']);
  });

  it('stops between batches when asked, keeping what was committed, and follows the log again', async () => {
    const { store, session } = await startedSession();
    const stop = new AbortController();
    const written = await loadRandomLedger(
      session,
      smallBatches(store, 50),
      { events: 1_000, ...spring },
      () => stop.abort(),
      stop.signal,
    );
    expect(written).toBe(50);
    expect(await store.headPosition()).toBe(50);
    await session.dispatch({ type: 'OpenAccount', owner: 'Late', initialDeposit: parseAmount('2') });
    for (let tries = 0; session.view.getState().head < 51 && tries < 500; tries++)
      await new Promise((r) => setTimeout(r, 0));
    expect(session.timeline.present).toEqual(freshFold(await store.readAll()));
  });
});
