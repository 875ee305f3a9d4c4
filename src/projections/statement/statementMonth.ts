// One account's month of a statement, and the months that are over: shared by the copies of a model.

/** One calendar month (UTC) of one account: the totals a bank statement prints at its top. */
export interface StatementMonth {
  /** "YYYY-MM", in UTC, so every reader sees the same months whatever their zone. */
  readonly month: string;
  /** Cents, before the month's first movement. */
  readonly opening: number;
  /** Cents, initial deposits included. */
  readonly deposits: number;
  readonly withdrawals: number;
  readonly closing: number;
  /** Events of the account in this month (a closing counts, and moves nothing). */
  readonly movements: number;
  /** Positions of the month's first and last event of the account. */
  readonly firstPosition: number;
  readonly lastPosition: number;
}

/**
 * Months that are over (an account moved in a later one), never changed again: each with the index of the
 * account's month before it. Shared, append-only, by the copies that agree on them; a copy knows the first
 * `count` and takes a list of its own when it would append where another copy already did.
 */
export class ClosedMonths {
  constructor(
    readonly months: StatementMonth[] = [],
    readonly earlier: number[] = [],
  ) {}

  /**
   * A list holding the first `count` months then `month`: this one when it already holds that month there
   * (a seek closing a month the present closed before it) or can append in place.
   */
  with(month: StatementMonth, earlier: number, count: number): ClosedMonths {
    const held = this.months[count];
    if (held && this.earlier[count] === earlier && sameMonth(held, month)) return this;
    const list =
      this.months.length === count
        ? this
        : new ClosedMonths(this.months.slice(0, count), this.earlier.slice(0, count));
    list.months.push(month);
    list.earlier.push(earlier);
    return list;
  }
}

/** The UTC month of an instant, as months since January of year 0. Remembers the last month's bounds: a
 * fold meets months in runs. */
export function monthNumber(milliseconds: number): number {
  if (milliseconds < lastMonth.start || milliseconds >= lastMonth.end) {
    const date = new Date(milliseconds);
    const [year, month] = [date.getUTCFullYear(), date.getUTCMonth()];
    lastMonth.start = Date.UTC(year, month, 1);
    lastMonth.end = Date.UTC(year, month + 1, 1);
    lastMonth.number = year * 12 + month;
  }
  return lastMonth.number;
}

const lastMonth = { start: 0, end: 0, number: 0 };

export function sameMonth(a: StatementMonth, b: StatementMonth): boolean {
  return (
    a.month === b.month &&
    a.opening === b.opening &&
    a.deposits === b.deposits &&
    a.withdrawals === b.withdrawals &&
    a.closing === b.closing &&
    a.movements === b.movements &&
    a.firstPosition === b.firstPosition &&
    a.lastPosition === b.lastPosition
  );
}

/** Exactly the fields of a month (persisted data may carry more). */
export function monthRecord(month: StatementMonth): StatementMonth {
  const { opening, deposits, withdrawals, closing, movements, firstPosition, lastPosition } = month;
  return {
    month: month.month,
    opening,
    deposits,
    withdrawals,
    closing,
    movements,
    firstPosition,
    lastPosition,
  };
}

/** "YYYY-MM" → months since January of year 0. */
export function monthNumberOf(month: string): number {
  return Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;
}

/** Months since January of year 0 → "YYYY-MM". */
export function monthText(month: number): string {
  const year = Math.floor(month / 12);
  return `${String(year).padStart(4, '0')}-${String((month % 12) + 1).padStart(2, '0')}`;
}
