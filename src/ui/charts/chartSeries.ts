import type { DailySummaryModel } from '../../projections/dailySummary/dailySummaryProjection';
import { emptyLedgerFact, type LedgerFactSource } from '../../projections/ledgerFact';
import { accountHistory, type StreamPositions } from '../../projections/transactions/queries';
import type { TransactionsModel } from '../../projections/transactions/transactionsProjection';

/** Milliseconds in a UTC day: the daily summary's days are UTC days. */
export const DAY_MS = 86_400_000;

/**
 * One account's balance after each of its events, oldest first: what the balance line draws. Arrays of
 * the same length, so a chart takes them as they are. Amounts stay integer cents.
 */
export interface BalanceSeries {
  /** The global positions of the account's events, ascending. */
  readonly positions: readonly number[];
  /**
   * When each event was recorded (ms since the epoch), never decreasing: a chart's x values must be
   * ordered, and an imported log may record times out of order, so such an event is drawn at the latest
   * time seen before it.
   */
  readonly times: readonly number[];
  /** Cents. */
  readonly balances: readonly number[];
}

/**
 * The balance series of one account over the history the model holds. One scan of the log's stream column
 * (`accountHistory`): derive it when the log grows, not when the time machine moves, since a past position's
 * series is a prefix of this one.
 */
export function balanceSeries(
  model: TransactionsModel,
  log: LedgerFactSource & StreamPositions,
  accountId: string,
): BalanceSeries {
  const history = accountHistory(model, log, accountId);
  const positions: number[] = [];
  const times: number[] = [];
  const balances: number[] = [];
  let latest = -Infinity;
  for (const row of history) {
    latest = Math.max(latest, row.time);
    positions.push(row.position);
    times.push(latest);
    balances.push(row.balanceAfter);
  }
  return { positions, times, balances };
}

/** The index of the last point at or before `position` (binary search), or -1 when there is none. */
export function indexAtOrBefore(positions: readonly number[], position: number): number {
  let low = 0;
  let high = positions.length - 1;
  let found = -1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if ((positions[middle] as number) <= position) {
      found = middle;
      low = middle + 1;
    } else {
      high = middle - 1;
    }
  }
  return found;
}

/** The account's balance right after event `position`, or undefined while the account did not exist. */
export function balanceAt(series: BalanceSeries, position: number): number | undefined {
  const index = indexAtOrBefore(series.positions, position);
  return index < 0 ? undefined : series.balances[index];
}

/** Deposits and withdrawals per UTC day, oldest day first, in cents (both ≥ 0). */
export interface DailySeries {
  /** UTC days as days since the epoch. */
  readonly days: readonly number[];
  readonly deposits: readonly number[];
  readonly withdrawals: readonly number[];
}

/** The daily bars from the daily summary model: a few hundred days at most, so cheap to redo. */
export function dailySeries(model: DailySummaryModel): DailySeries {
  const rows = model.rowsNow().sort((a, b) => a.day - b.day);
  return {
    days: rows.map((row) => row.day),
    deposits: rows.map((row) => row.deposits),
    withdrawals: rows.map((row) => row.withdrawals),
  };
}

/** The instant (ms) of the UTC midnight that starts the day of `time`. */
export const startOfDay = (time: number): number => Math.floor(time / DAY_MS) * DAY_MS;

/**
 * When the log's events happened (ms): the first and the last, and the whole UTC days around them. The
 * charts span it all, so the marker always lies inside: the balance line from the first event to the last,
 * the daily bars over whole days.
 */
export interface TimeSpan {
  readonly first: number;
  readonly last: number;
  /** The midnight (UTC) that starts the first event's day. */
  readonly from: number;
  /** The midnight (UTC) that ends the last event's day. */
  readonly to: number;
}

/** The span of the log's events (read at both ends only, so O(1)); undefined for an empty log. */
export function logSpan(log: LedgerFactSource): TimeSpan | undefined {
  if (log.length === 0) return undefined;
  const fact = emptyLedgerFact();
  const atStart = log.factAt(1, fact).recordedAt;
  const atEnd = log.factAt(log.length, fact).recordedAt;
  const first = Math.min(atStart, atEnd);
  const last = Math.max(atStart, atEnd);
  return { first, last, from: startOfDay(first), to: startOfDay(last) + DAY_MS };
}

/**
 * The line as a chart takes it, [times, balances]: the series, held flat from its last event until
 * `until` (the ledger's last event), since the balance stays what it was until something changes it.
 */
export function balanceLine(series: BalanceSeries, until: number): [number[], number[]] {
  const times = [...series.times];
  const balances = [...series.balances];
  const lastTime = times.at(-1);
  const lastBalance = balances.at(-1);
  if (lastTime !== undefined && lastBalance !== undefined && until > lastTime) {
    times.push(until);
    balances.push(lastBalance);
  }
  return [times, balances];
}

/** The bars as a chart takes them, [noon of each day, deposits, withdrawals]: a day's pair sits inside it. */
export function dailyBars(series: DailySeries): [number[], number[], number[]] {
  const noons = series.days.map((day) => day * DAY_MS + DAY_MS / 2);
  return [noons, [...series.deposits], [...series.withdrawals]];
}
