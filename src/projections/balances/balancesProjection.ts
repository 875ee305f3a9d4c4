import { assertNever } from '../../shared/assertNever';
import { accountOf, type LedgerEvent } from '../ledgerEvent';
import type { Projection } from '../projection';

export interface BalanceRow {
  readonly accountId: string;
  readonly owner: string;
  /** Cents. */
  readonly balance: number;
  readonly status: 'Open' | 'Closed';
  /** When the last event of this account was recorded (ISO), and its position. */
  readonly lastUpdated: string;
  readonly lastPosition: number;
}

/** Rows are immutable and replaced on change, so a shallow copy of the map is an independent model. */
export type BalancesModel = Map<string, BalanceRow>;

export const balancesProjection: Projection<BalancesModel, LedgerEvent> = {
  name: 'Balances',
  initial: () => new Map(),
  clone: (model) => new Map(model),
  apply(model, event) {
    const accountId = accountOf(event);
    const touched = { lastUpdated: event.metadata.recordedAt, lastPosition: event.position };
    if (event.type === 'AccountCreated') {
      const { owner, initialDeposit } = event.data;
      return model.set(accountId, { accountId, owner, balance: initialDeposit, status: 'Open', ...touched });
    }
    const row = model.get(accountId);
    if (!row) return model;
    switch (event.type) {
      case 'MoneyDeposited':
        return model.set(accountId, { ...row, balance: row.balance + event.data.amount, ...touched });
      case 'MoneyWithdrawn':
        return model.set(accountId, { ...row, balance: row.balance - event.data.amount, ...touched });
      case 'AccountClosed':
        return model.set(accountId, { ...row, status: 'Closed', ...touched });
      default:
        return assertNever(event, 'ledger event');
    }
  },
};
