import { assertNever } from '../../shared/assertNever';
import { accountOf, type LedgerEvent } from '../ledgerEvent';
import type { Projection } from '../projection';

export interface TransactionRow {
  readonly position: number;
  readonly accountId: string;
  readonly type: LedgerEvent['type'];
  /** Signed cents: deposits (and initial deposits) positive, withdrawals negative, closing zero. */
  readonly amount: number;
  readonly balanceAfter: number;
  readonly time: string;
  readonly actor: string | undefined;
}

export interface TransactionsModel {
  /** In position order. Rows are immutable. */
  readonly rows: TransactionRow[];
  /** The running balance of each account, to fill in "balance after". */
  readonly balances: Map<string, number>;
}

export const transactionsProjection: Projection<TransactionsModel, LedgerEvent> = {
  name: 'Transactions',
  initial: () => ({ rows: [], balances: new Map() }),
  clone: (model) => ({ rows: model.rows.slice(), balances: new Map(model.balances) }),
  apply(model, event) {
    const accountId = accountOf(event);
    const amount = signedAmount(event);
    const balanceAfter = (model.balances.get(accountId) ?? 0) + amount;
    model.balances.set(accountId, balanceAfter);
    model.rows.push({
      position: event.position,
      accountId,
      type: event.type,
      amount,
      balanceAfter,
      time: event.metadata.recordedAt,
      actor: event.metadata.actor,
    });
    return model;
  },
};

function signedAmount(event: LedgerEvent): number {
  switch (event.type) {
    case 'AccountCreated':
      return event.data.initialDeposit;
    case 'MoneyDeposited':
      return event.data.amount;
    case 'MoneyWithdrawn':
      return -event.data.amount;
    case 'AccountClosed':
      return 0;
    default:
      return assertNever(event, 'ledger event');
  }
}
