import { AccountColumns } from '../accountColumns';
import {
  ClosedMonths,
  monthNumber,
  monthNumberOf,
  monthRecord,
  monthText,
  type StatementMonth,
} from './statementMonth';

export type { StatementMonth } from './statementMonth';

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
    return this.running.ids();
  }

  has(accountId: string): boolean {
    return this.running.ordinalOf(accountId) >= 0;
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
    if (!last || this.has(accountId)) throw new Error(`Cannot restore ${accountId}.`);
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
