import type { AccountEvent, AccountId, AccountState } from '../domain/account';
import type { Cents } from '../domain/money';
import type { LedgerFact } from '../projections/ledgerFact';
import type { BalanceRow, BalancesModel } from '../projections/balances/balancesProjection';

/** The account event a fact records. */
export function eventOfFact(fact: LedgerFact): AccountEvent {
  const amount = fact.amount as Cents;
  switch (fact.type) {
    case 'AccountCreated':
      return {
        type: 'AccountCreated',
        data: { accountId: fact.accountId as AccountId, owner: fact.owner, initialDeposit: amount },
      };
    case 'MoneyDeposited':
      return { type: 'MoneyDeposited', data: { amount } };
    case 'MoneyWithdrawn':
      return { type: 'MoneyWithdrawn', data: { amount } };
    case 'AccountClosed':
      return { type: 'AccountClosed', data: {} };
  }
}

/** A fact for an event that happens in a hypothetical timeline. */
export function factOfEvent(
  event: AccountEvent,
  where: {
    readonly accountId: string;
    readonly position: number;
    readonly version: number;
    readonly recordedAt: number;
    readonly actor: string;
  },
): LedgerFact {
  return {
    position: where.position,
    streamId: `account-${where.accountId}`,
    accountId: where.accountId,
    version: where.version,
    type: event.type,
    amount:
      event.type === 'AccountCreated'
        ? event.data.initialDeposit
        : event.type === 'AccountClosed'
          ? 0
          : event.data.amount,
    owner: event.type === 'AccountCreated' ? event.data.owner : '',
    recordedAt: where.recordedAt,
    actor: where.actor,
  };
}

/** Every account's decision state as the balances read model shows it (the write model's state, rebuilt). */
export function accountStatesOf(balances: BalancesModel): Map<string, AccountState> {
  return new Map(balances.rows().map((row) => [row.accountId, accountStateOf(row)]));
}

/** An account's decision state from its balances row: status, owner and balance are all `decide` needs. */
export function accountStateOf(row: BalanceRow): AccountState {
  const accountId = row.accountId as AccountId;
  return row.status === 'Open'
    ? { status: 'open', accountId, owner: row.owner, balance: row.balance as Cents }
    : { status: 'closed', accountId, owner: row.owner };
}
