import type { DailyRow, DailySummaryModel } from './dailySummaryProjection';

/** Newest day first. */
export function listDays(model: DailySummaryModel): DailyRow[] {
  return [...model.values()].sort((a, b) => b.date.localeCompare(a.date));
}
