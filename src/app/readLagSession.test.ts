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

  it("the write side decides on the stored state, however far this tab's read side lags", async () => {
    const eventStore = createInMemoryEventStore();
    const session = createLedgerSession({ eventStore, lagClock: manualClock().clock });
    await session.start();
    await session.dispatch({ type: 'OpenAccount', owner: 'Ada', initialDeposit: parseAmount('5') });
    await tick();
    session.setReadLag({ on: true, milliseconds: 60_000 });
    // Another tab deposits 10.00: this tab's read side still says 5.00 and will for a minute.
    const otherTab = createLedgerSession({ eventStore, lagClock: manualClock().clock });
    await otherTab.start();
    const accountId = parseAccountId('ACC-001');
    await otherTab.dispatch({ type: 'DepositMoney', accountId, amount: parseAmount('10') });
    await tick();
    expect(session.view.getState().readModels.models.balances.get('ACC-001')?.balance).toBe(500);

    // 12.00 is more than the read side shows, less than what is stored: the rules see the store.
    const withdrawal = await session.dispatch({
      type: 'WithdrawMoney',
      accountId,
      amount: parseAmount('12'),
    });
    expect(withdrawal.status).toBe('accepted');
    await tick();
    expect(session.view.getState()).toMatchObject({ written: 3, head: 1 });
    otherTab.dispose();
    session.dispose();
  });
});
