import { describe, expect, it } from 'vitest';
import { parseAccountId } from '../domain/account';
import { parseAmount } from '../domain/money';
import type { EventStore } from '../eventStore/EventStore';
import { createInMemoryEventStore } from '../eventStore/inMemoryEventStore';
import { createLedgerSession, type LedgerSession } from './ledgerSession';

const ACC = parseAccountId('ACC-001');

/** Counts reads of one stream's events and snapshots: what a command would otherwise need. */
function countingStreamReads(store: EventStore): { store: EventStore; reads: () => number } {
  let reads = 0;
  const proxy = new Proxy(store, {
    get: (target, property) => {
      const value: unknown = Reflect.get(target, property, target);
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        if (property === 'readStream' || property === 'loadSnapshot') reads++;
        return (value as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  });
  return { store: proxy, reads: () => reads };
}

async function settled(session: LedgerSession, head: number) {
  for (let tries = 0; session.view.getState().head < head; tries++) {
    if (tries > 500) throw new Error('The session did not catch up.');
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
}

async function ledgerOf(store: EventStore) {
  const writer = createLedgerSession({ eventStore: store });
  await writer.start();
  await writer.dispatch({ type: 'OpenAccount', owner: 'Ada', initialDeposit: parseAmount('10') });
  await writer.dispatch({ type: 'DepositMoney', accountId: ACC, amount: parseAmount('5') });
  return writer;
}

describe('commands in a fresh session', () => {
  it('decide their first command on an account from the read models, without reading its stream', async () => {
    const inner = createInMemoryEventStore();
    await ledgerOf(inner);
    const { store, reads } = countingStreamReads(inner);
    const session = createLedgerSession({ eventStore: store });
    await session.start();
    const outcome = await session.dispatch({
      type: 'WithdrawMoney',
      accountId: ACC,
      amount: parseAmount('15'),
    });
    expect(outcome).toMatchObject({ status: 'accepted', result: { nextExpectedVersion: 3 } });
    expect(reads()).toBe(0);
  });

  it('still decide on the truth when the read models are behind the store', async () => {
    const store = createInMemoryEventStore();
    const writer = await ledgerOf(store);
    const session = createLedgerSession({ eventStore: store });
    await session.start();
    session.dispose(); // stops following: its read models now fall behind
    await writer.dispatch({ type: 'WithdrawMoney', accountId: ACC, amount: parseAmount('15') });
    const outcome = await session.dispatch({
      type: 'DepositMoney',
      accountId: ACC,
      amount: parseAmount('1'),
    });
    expect(outcome).toMatchObject({ status: 'accepted', result: { nextExpectedVersion: 4 } });
    const refused = await session.dispatch({
      type: 'WithdrawMoney',
      accountId: ACC,
      amount: parseAmount('2'),
    });
    expect(refused).toMatchObject({ status: 'refused', violation: { code: 'InsufficientFunds' } });
    await settled(writer, 4);
  });
});
