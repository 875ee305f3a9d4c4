import { describe, expect, it } from 'vitest';
import { parseAccountId } from '../domain/account';
import { parseAmount } from '../domain/money';
import { createInMemoryEventStore } from '../eventStore/inMemoryEventStore';
import { manualClock } from '../testing/manualClock';
import { createLedgerSession } from './ledgerSession';

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('the session under simulated read lag', () => {
  it('shows written events as pending until the read side applies them, then catches up', async () => {
    const { clock, advance } = manualClock();
    const session = createLedgerSession({ eventStore: createInMemoryEventStore(), lagClock: clock });
    await session.start();
    session.setReadLag({ on: true, milliseconds: 1500 });
    const outcome = await session.dispatch({
      type: 'OpenAccount',
      owner: 'Ada',
      initialDeposit: parseAmount('5'),
    });
    expect(outcome.status).toBe('accepted');
    await tick();
    expect(session.view.getState()).toMatchObject({
      written: 1,
      head: 0,
      readLag: { on: true, milliseconds: 1500 },
    });
    expect(session.pendingEvents().map((event) => event.type)).toEqual(['AccountCreated']);
    expect(session.view.getState().readModels.models.balances.size).toBe(0);

    advance(1500);
    expect(session.view.getState()).toMatchObject({ written: 1, head: 1 });
    expect(session.pendingEvents()).toEqual([]);
    expect(session.view.getState().readModels.models.balances.get('ACC-001')?.balance).toBe(500);
    expect(
      session.projections.view.getState().entries.find((entry) => entry.key === 'statement')?.checkpoint,
    ).toBe(1);
    session.dispose();
  });

  it('the write side decides on its own state, however far the read side lags', async () => {
    const { clock } = manualClock();
    const session = createLedgerSession({ eventStore: createInMemoryEventStore(), lagClock: clock });
    await session.start();
    session.setReadLag({ on: true, milliseconds: 60_000 });
    await session.dispatch({ type: 'OpenAccount', owner: 'Ada', initialDeposit: parseAmount('5') });
    const withdrawal = await session.dispatch({
      type: 'WithdrawMoney',
      accountId: parseAccountId('ACC-001'),
      amount: parseAmount('5'),
    });
    expect(withdrawal.status).toBe('accepted');
    session.setReadLag({ on: false, milliseconds: 60_000 });
    await tick();
    expect(session.view.getState()).toMatchObject({ written: 2, head: 2 });
    session.dispose();
  });
});
