import { isoDate, type DailyRow, type DailySummaryModel } from './dailySummaryProjection';

export interface DailySummaryRow {
  readonly date: string;
  readonly deposits: number;
  readonly withdrawals: number;
  readonly net: number;
}

/**
 * Rows already told, by the model's row they tell. A kept row never changes (see `RowMap`), so a seek that
 * left a day alone finds it here instead of dating and copying every day again.
 */
const told = new WeakMap<DailyRow, DailySummaryRow>();

function tell(row: DailyRow): DailySummaryRow {
  let summary = told.get(row);
  if (summary === undefined) {
    summary = {
      date: isoDate(row.day),
      deposits: row.deposits,
      withdrawals: row.withdrawals,
      net: row.deposits - row.withdrawals,
    };
    told.set(row, summary);
  }
  return summary;
}

/** Newest day first, with the net movement of each day. */
export function listDays(model: DailySummaryModel): DailySummaryRow[] {
  return model
    .keptRows()
    .sort((a, b) => b.day - a.day)
    .map(tell);
}
