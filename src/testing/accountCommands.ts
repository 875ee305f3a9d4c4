import type { AggregateCache } from '../commands/aggregateCache';
import type { CommandDependencies } from '../commands/handleCommand';
import { parseAccountId, type AccountCommand } from '../domain/account';
import type { Cents } from '../domain/money';
import type { EventStore } from '../eventStore/EventStore';

/** Commands on ACC-001, as test data for the write side. */
export const ACC = parseAccountId('ACC-001');
const cents = (value: number) => value as Cents;
export const openAccount: AccountCommand = {
  type: 'OpenAccount',
  accountId: ACC,
  owner: 'Ada',
  initialDeposit: cents(0),
};
export const deposit = (value: number): AccountCommand => ({
  type: 'DepositMoney',
  accountId: ACC,
  amount: cents(value),
});
export const withdraw = (value: number): AccountCommand => ({
  type: 'WithdrawMoney',
  accountId: ACC,
  amount: cents(value),
});

let lastId = 0;

/** Command dependencies with a fixed clock and ids that never repeat across a test file. */
export function commandDependencies(
  store: EventStore,
  options: { readonly cache?: AggregateCache<unknown>; readonly snapshotEvery?: number } = {},
): CommandDependencies {
  return {
    store,
    now: () => new Date('2026-05-01T12:00:00.000Z'),
    newId: () => `id-${++lastId}`,
    snapshotEvery: options.snapshotEvery ?? 100,
    ...(options.cache && { cache: options.cache }),
  };
}
