import { assertNever } from '../../shared/assertNever';
import type { LedgerFact } from '../ledgerFact';
import type { Projection } from '../projection';
import { isFiniteNumber, restoreRows } from '../restoreRows';
import { RowMap } from '../rowMap';

const DAY = 86_400_000;

export interface DailyRow {
  /** The UTC day, as days since the epoch: the same for every viewer, whatever their zone. */
  readonly day: number;
  /** Cents. Initial deposits count as deposits. */
  deposits: number;
  withdrawals: number;
  /** The position of the day's last event with an amount. */
  lastPosition: number;
}

/** Rows shared copy-on-write with the copies (checkpoints, seeks): see `RowMap`. */
export type DailySummaryModel = RowMap<number, DailyRow>;

export const dailySummaryProjection: Projection<DailySummaryModel, LedgerFact> = {
  name: 'Daily summary',
  initial: () => new RowMap(),
  clone: (model) => model.copy(),
  persist: (model) => model.keptRows(),
  restore: (data) => restoreRows(data, isDailyRow, (row) => row.day),
  apply(model, fact) {
    if (fact.amount === 0) return model;
    const day = Math.floor(fact.recordedAt / DAY);
    let row = model.writable(day, fact.position);
    if (!row) model.set(day, (row = { day, deposits: 0, withdrawals: 0, lastPosition: fact.position }));
    switch (fact.type) {
      case 'AccountCreated':
      case 'MoneyDeposited':
        row.deposits += fact.amount;
        break;
      case 'MoneyWithdrawn':
        row.withdrawals += fact.amount;
        break;
      case 'AccountClosed':
        break;
      default:
        assertNever(fact.type, 'ledger event type');
    }
    return model;
  },
};

/** "YYYY-MM-DD" of a UTC day number. */
export function isoDate(day: number): string {
  return new Date(day * DAY).toISOString().slice(0, 10);
}

function isDailyRow(value: Record<string, unknown>): value is Record<string, unknown> & DailyRow {
  return (
    isFiniteNumber(value['day']) &&
    isFiniteNumber(value['deposits']) &&
    isFiniteNumber(value['withdrawals']) &&
    isFiniteNumber(value['lastPosition'])
  );
}
