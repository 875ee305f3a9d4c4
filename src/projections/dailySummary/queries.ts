import { isoDate, type DailySummaryModel } from './dailySummaryProjection';

export interface DailySummaryRow {
  readonly date: string;
  readonly deposits: number;
  readonly withdrawals: number;
  readonly net: number;
}

/** Newest day first, with the net movement of each day. */
export function listDays(model: DailySummaryModel): DailySummaryRow[] {
  return [...model.values()]
    .sort((a, b) => b.day - a.day)
    .map((row) => ({
      date: isoDate(row.day),
      deposits: row.deposits,
      withdrawals: row.withdrawals,
      net: row.deposits - row.withdrawals,
    }));
}
