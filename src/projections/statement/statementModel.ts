import { AccountColumns } from '../accountColumns';

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

/** The running month of each account, in columns; `month` counts UTC months from year 0. */
type MonthColumn =
  | 'month'
  | 'opening'
  | 'deposits'
  | 'withdrawals'
  | 'movements'
  | 'firstPosition'
  | 'lastPosition'
  | 'earlier';
const COLUMNS: readonly MonthColumn[] = [
  'month',
  'opening',
  'deposits',
  'withdrawals',
  'movements',
  'firstPosition',
  'lastPosition',
  'earlier',
];
/** `earlier` when an account has no closed month. */
const NONE = -1;

/**
 * Months that are over (an account moved in a later one), never changed again: each with the index of the
 * account's month before it. Shared, append-only, by the copies that agree on them; a copy knows the first
 * `count` and takes a list of its own when it would append where another copy already did.
 */
class ClosedMonths {
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

/**
 * Each account's statement months, oldest first. Only an account's last month still changes, so it is kept
 * in columns (see `AccountColumns`), and the months before it in a shared list: a copy (a checkpoint, a
 * seek of the time machine) is a few flat arrays, with no object per account.
 */
export class StatementModel {
  private constructor(
    private readonly running: AccountColumns<MonthColumn>,
    private closed: ClosedMonths,
    private closedCount: number,
  ) {}

  static empty(): StatementModel {
    return new StatementModel(AccountColumns.empty(COLUMNS), new ClosedMonths(), 0);
  }

  copy(): StatementModel {
    return new StatementModel(this.running.copy(), this.closed, this.closedCount);
  }

  /** The accounts with events, in the order of their first. */
  keys(): string[] {
    return Array.from({ length: this.running.size }, (_, ordinal) => this.running.idAt(ordinal));
  }

  /** The months of an account, oldest first; none for an account without events. */
  monthsOf(accountId: string): StatementMonth[] {
    const ordinal = this.running.ordinalOf(accountId);
    if (ordinal < 0) return [];
    const months = [this.runningMonth(ordinal)];
    for (let index = this.running.value('earlier', ordinal); index !== NONE;) {
      months.push(this.closed.months[index] as StatementMonth);
      index = this.closed.earlier[index] as number;
    }
    return months.reverse();
  }

  /**
   * Counts a movement of `amount` signed cents (zero for a closing) at `position`, recorded at `time`, in
   * the account's month of that time: a new month when it differs from the account's last one.
   */
  record(accountId: string, amount: number, time: number, position: number): void {
    const { running } = this;
    let ordinal = running.ordinalOf(accountId);
    const month = monthNumber(time);
    if (ordinal < 0) {
      ordinal = running.open(accountId, '');
      this.startMonth(ordinal, month, 0, NONE, position);
    } else if (running.value('month', ordinal) !== month) {
      const last = this.runningMonth(ordinal);
      this.closed = this.closed.with(last, running.value('earlier', ordinal), this.closedCount);
      this.startMonth(ordinal, month, last.closing, this.closedCount++, position);
    }
    if (amount > 0) running.add('deposits', ordinal, amount);
    else running.add('withdrawals', ordinal, -amount);
    running.add('movements', ordinal, 1);
    running.set('lastPosition', ordinal, position);
  }

  /** Puts an account's months back (restoring persisted ones); the account must have none yet. */
  restoreAccount(accountId: string, months: readonly StatementMonth[]): void {
    const last = months.at(-1);
    if (!last || this.running.ordinalOf(accountId) >= 0) throw new Error(`Cannot restore ${accountId}.`);
    let earlier = NONE;
    for (const month of months.slice(0, -1)) {
      this.closed = this.closed.with(monthRecord(month), earlier, this.closedCount);
      earlier = this.closedCount++;
    }
    const ordinal = this.running.open(accountId, '');
    const { month, opening, deposits, withdrawals, movements, firstPosition, lastPosition } = last;
    this.startMonth(ordinal, monthNumberOf(month), opening, earlier, firstPosition);
    this.running.set('deposits', ordinal, deposits);
    this.running.set('withdrawals', ordinal, withdrawals);
    this.running.set('movements', ordinal, movements);
    this.running.set('lastPosition', ordinal, lastPosition);
  }

  private startMonth(ordinal: number, month: number, opening: number, earlier: number, position: number) {
    const { running } = this;
    running.set('month', ordinal, month);
    running.set('opening', ordinal, opening);
    running.set('deposits', ordinal, 0);
    running.set('withdrawals', ordinal, 0);
    running.set('movements', ordinal, 0);
    running.set('firstPosition', ordinal, position);
    running.set('earlier', ordinal, earlier);
  }

  private runningMonth(ordinal: number): StatementMonth {
    const value = (column: MonthColumn) => this.running.value(column, ordinal);
    const [opening, deposits, withdrawals] = [value('opening'), value('deposits'), value('withdrawals')];
    return {
      month: monthText(value('month')),
      opening,
      deposits,
      withdrawals,
      closing: opening + deposits - withdrawals,
      movements: value('movements'),
      firstPosition: value('firstPosition'),
      lastPosition: value('lastPosition'),
    };
  }
}

/** The UTC month of an instant, as months since January of year 0. Remembers the last month's bounds: a
 * fold meets months in runs. */
function monthNumber(milliseconds: number): number {
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

function sameMonth(a: StatementMonth, b: StatementMonth): boolean {
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
function monthRecord(month: StatementMonth): StatementMonth {
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
function monthNumberOf(month: string): number {
  return Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;
}

/** Months since January of year 0 → "YYYY-MM". */
function monthText(month: number): string {
  const year = Math.floor(month / 12);
  return `${String(year).padStart(4, '0')}-${String((month % 12) + 1).padStart(2, '0')}`;
}
