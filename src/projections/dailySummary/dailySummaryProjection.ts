import { assertNever } from '../../shared/assertNever';
import type { LedgerEvent } from '../ledgerEvent';
import type { Projection } from '../projection';

export interface DailyRow {
  /** The UTC calendar date of the events, "YYYY-MM-DD": the same for every viewer, whatever their zone. */
  readonly date: string;
  /** Cents. Initial deposits count as deposits. */
  readonly deposits: number;
  readonly withdrawals: number;
  readonly net: number;
}

/** Rows are immutable and replaced on change, so a shallow copy of the map is an independent model. */
export type DailySummaryModel = Map<string, DailyRow>;

export const dailySummaryProjection: Projection<DailySummaryModel, LedgerEvent> = {
  name: 'Daily summary',
  initial: () => new Map(),
  clone: (model) => new Map(model),
  apply(model, event) {
    const { deposit, withdrawal } = movement(event);
    if (deposit === 0 && withdrawal === 0) return model;
    const date = event.metadata.recordedAt.slice(0, 10);
    const row = model.get(date) ?? { date, deposits: 0, withdrawals: 0, net: 0 };
    return model.set(date, {
      date,
      deposits: row.deposits + deposit,
      withdrawals: row.withdrawals + withdrawal,
      net: row.net + deposit - withdrawal,
    });
  },
};

function movement(event: LedgerEvent): { deposit: number; withdrawal: number } {
  switch (event.type) {
    case 'AccountCreated':
      return { deposit: event.data.initialDeposit, withdrawal: 0 };
    case 'MoneyDeposited':
      return { deposit: event.data.amount, withdrawal: 0 };
    case 'MoneyWithdrawn':
      return { deposit: 0, withdrawal: event.data.amount };
    case 'AccountClosed':
      return { deposit: 0, withdrawal: 0 };
    default:
      return assertNever(event, 'ledger event');
  }
}
