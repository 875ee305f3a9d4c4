import { formatMoney } from '../format';

/** Day totals as the daily summary holds them (cents). */
export interface DayTotals {
  readonly deposits: number;
  readonly withdrawals: number;
}

/** "2026-01-02 11:00:00 UTC": the charts' axes are in UTC, and so is what is said about them. */
export function utcText(milliseconds: number): string {
  return `${new Date(milliseconds).toISOString().slice(0, 19).replace('T', ' ')} UTC`;
}

/**
 * Where the time-travel marker stands, in words: "Marker at event #3 (2026-01-02 10:00:00 UTC)". The time
 * is left out while the history that holds the event is still loading.
 */
export function describeMarker(position: number, time: number | undefined): string {
  if (position === 0) return 'Marker before the first event';
  return time === undefined
    ? `Marker at event #${position}`
    : `Marker at event #${position} (${utcText(time)})`;
}

/** The balance chart's text alternative for the marker: where it is and the balance there. */
export function balanceMarkerText(
  accountId: string,
  position: number,
  time: number | undefined,
  balance: number | undefined,
): string {
  const where = describeMarker(position, time);
  return balance === undefined
    ? `${where}: ${accountId} is not open yet.`
    : `${where}: balance ${formatMoney(balance)}.`;
}

/** The daily chart's text alternative for the marker: its day's totals up to the marker's event. */
export function dailyMarkerText(
  position: number,
  time: number | undefined,
  day: DayTotals | undefined,
): string {
  const where = describeMarker(position, time);
  if (position === 0 || time === undefined) return `${where}.`;
  const { deposits, withdrawals } = day ?? { deposits: 0, withdrawals: 0 };
  return (
    `${where}: that day up to this event, deposits ${formatMoney(deposits)} ` +
    `and withdrawals ${formatMoney(withdrawals)}.`
  );
}
