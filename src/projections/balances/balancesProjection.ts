import { assertNever } from '../../shared/assertNever';
import type { LedgerFact } from '../ledgerFact';
import type { Projection } from '../projection';
import { isFiniteNumber, isText, restoreRows } from '../restoreRows';
import { RowMap } from '../rowMap';

export interface BalanceRow {
  accountId: string;
  owner: string;
  /** Cents. */
  balance: number;
  status: 'Open' | 'Closed';
  /** When the account's last event was recorded (ms since the epoch), and its position. */
  lastUpdated: number;
  lastPosition: number;
}

/** Rows shared copy-on-write with the copies (checkpoints, seeks): see `RowMap`. */
export type BalancesModel = RowMap<string, BalanceRow>;

export const balancesProjection: Projection<BalancesModel, LedgerFact> = {
  name: 'Balances',
  initial: () => new RowMap(),
  clone: (model) => model.copy(),
  persist: (model) => model.keptRows(),
  restore: (data) => restoreRows(data, isBalanceRow, (row) => row.accountId),
  apply(model, fact) {
    if (fact.type === 'AccountCreated') {
      return model.set(fact.accountId, {
        accountId: fact.accountId,
        owner: fact.owner,
        balance: fact.amount,
        status: 'Open',
        lastUpdated: fact.recordedAt,
        lastPosition: fact.position,
      });
    }
    const row = model.writable(fact.accountId, fact.position);
    if (!row) return model;
    switch (fact.type) {
      case 'MoneyDeposited':
        row.balance += fact.amount;
        break;
      case 'MoneyWithdrawn':
        row.balance -= fact.amount;
        break;
      case 'AccountClosed':
        row.status = 'Closed';
        break;
      default:
        assertNever(fact.type, 'ledger event type');
    }
    row.lastUpdated = fact.recordedAt;
    return model;
  },
};

function isBalanceRow(value: Record<string, unknown>): value is Record<string, unknown> & BalanceRow {
  return (
    isText(value['accountId']) &&
    typeof value['owner'] === 'string' &&
    isFiniteNumber(value['balance']) &&
    (value['status'] === 'Open' || value['status'] === 'Closed') &&
    isFiniteNumber(value['lastUpdated']) &&
    isFiniteNumber(value['lastPosition'])
  );
}
