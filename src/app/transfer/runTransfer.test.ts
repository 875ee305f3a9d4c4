import { describe, expect, it } from 'vitest';
import type { AccountId } from '../../domain/account';
import { parseAmount } from '../../domain/money';
import { createInMemoryEventStore } from '../../eventStore/inMemoryEventStore';
import { listBalances } from '../../projections/balances/queries';
import { freshFold } from '../../testing/ledgerFixtures';
import { createLedgerSession } from '../ledgerSession';
import { runTransfer } from './runTransfer';

const A = 'ACC-001' as AccountId;
const B = 'ACC-002' as AccountId;

async function twoAccounts() {
  const store = createInMemoryEventStore();
  const session = createLedgerSession({ eventStore: store });
  await session.start();
  for (const [owner, initial] of [
    ['Ada', '500'],
    ['Bo', '0'],
  ] as const) {
    await session.dispatch({
      type: 'OpenAccount',
      owner,
      initialDeposit: parseAmount(initial, { allowZero: true }),
    });
  }
  return { store, session };
}

const balances = async (store: ReturnType<typeof createInMemoryEventStore>) =>
  listBalances(freshFold(await store.readAll()).models.balances).map((row) => row.balance);

describe('running a transfer through the session', () => {
  it('records the withdrawal and the deposit it caused, both by the person acting, in one correlation', async () => {
    const { store, session } = await twoAccounts();
    const state = await runTransfer(session, { from: A, to: B, amount: parseAmount('120') }, 'Grace');

    expect(state.step).toBe('completed');
    expect(await balances(store)).toEqual([38_000, 12_000]);
    const [withdrawal, deposit] = await store.readAll({ from: 3 });
    const command = withdrawal?.metadata.commandId;
    expect(withdrawal?.metadata).toMatchObject({
      actor: 'Grace',
      correlationId: command,
      causationId: command,
    });
    expect(deposit).toMatchObject({ type: 'MoneyDeposited', streamId: 'account-ACC-002' });
    expect(deposit?.metadata).toMatchObject({
      actor: 'Grace',
      correlationId: command,
      causationId: withdrawal?.id,
    });
    expect(deposit?.metadata.commandId).not.toBe(command);
  });

  it('refunds into the source, caused by the withdrawal, when the target is closed', async () => {
    const { store, session } = await twoAccounts();
    await session.dispatch({ type: 'CloseAccount', accountId: B });
    const state = await runTransfer(session, { from: A, to: B, amount: parseAmount('75') });

    expect(state.step).toBe('refunded');
    expect(await balances(store)).toEqual([50_000, 0]);
    const [withdrawal, refund, ...rest] = await store.readAll({ from: 4 });
    expect(rest).toEqual([]);
    expect(refund).toMatchObject({ type: 'MoneyDeposited', streamId: 'account-ACC-001' });
    expect(refund?.metadata).toMatchObject({
      correlationId: withdrawal?.metadata.commandId,
      causationId: withdrawal?.id,
    });
  });
});
