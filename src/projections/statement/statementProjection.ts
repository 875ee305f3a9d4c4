import type { LedgerFact } from '../ledgerFact';
import type { Projection } from '../projection';
import { isFiniteNumber } from '../restoreRows';
import { RowMap } from '../rowMap';
import { signedAmount } from '../transactions/transactionsProjection';

/** One calendar month (UTC) of one account: the totals a bank statement prints at its top. */
export interface StatementMonth {
  /** "YYYY-MM", in UTC, so every reader sees the same months whatever their zone. */
  readonly month: string;
  /** Cents, before the month's first movement. */
  readonly opening: number;
  /** Cents, initial deposits included. */
  deposits: number;
  withdrawals: number;
  closing: number;
  /** Events of the account in this month (a closing counts, and moves nothing). */
  movements: number;
  /** Positions of the month's first and last event of the account. */
  readonly firstPosition: number;
  lastPosition: number;
}

/** One account's months, oldest first, and the position of its last event. */
export interface AccountMonths {
  readonly months: StatementMonth[];
  lastPosition: number;
}

/**
 * Each account's months, shared copy-on-write with the copies (see `RowMap`). The fold changes only the
 * last month of an account, so an account copied before a change shares its earlier months (never written
 * again) and copies the last: one array and one object for each account a seek touches.
 */
export type StatementModel = RowMap<string, AccountMonths>;

const copyAccount = (account: AccountMonths): AccountMonths => ({
  months: copyLastMonth(account.months),
  lastPosition: account.lastPosition,
});

/** The UTC month of an instant, "YYYY-MM". Remembers the last month's bounds: a fold meets months in runs. */
export function monthOf(milliseconds: number): string {
  if (milliseconds < lastMonth.start || milliseconds >= lastMonth.end) {
    const date = new Date(milliseconds);
    const year = date.getUTCFullYear();
    const month = date.getUTCMonth();
    lastMonth.start = Date.UTC(year, month, 1);
    lastMonth.end = Date.UTC(year, month + 1, 1);
    lastMonth.key = date.toISOString().slice(0, 7);
  }
  return lastMonth.key;
}

const lastMonth = { start: 0, end: 0, key: '' };

export const statementProjection: Projection<StatementModel, LedgerFact> = {
  name: 'Statement',
  initial: () => new RowMap(copyAccount),
  clone: (model) => model.copy(),
  persist: (model) =>
    [...model].map(([account, { months }]) => [account, months.map((month) => ({ ...month }))]),
  restore(data) {
    if (!Array.isArray(data)) return undefined;
    const model: StatementModel = new RowMap(copyAccount);
    for (const entry of data) {
      if (!Array.isArray(entry) || typeof entry[0] !== 'string' || !Array.isArray(entry[1])) return undefined;
      const months = entry[1] as unknown[];
      if (!months.every(isStatementMonth) || model.has(entry[0])) return undefined;
      const copies = months.map((month) => ({ ...month }));
      model.set(entry[0], { months: copies, lastPosition: copies.at(-1)?.lastPosition ?? 0 });
    }
    return model;
  },
  apply(model, fact) {
    let account = model.writable(fact.accountId, fact.position);
    if (!account) model.set(fact.accountId, (account = { months: [], lastPosition: fact.position }));
    const { months } = account;
    const month = monthOf(fact.recordedAt);
    let current = months[months.length - 1];
    if (current?.month !== month) {
      const opening = current?.closing ?? 0;
      current = {
        month,
        opening,
        deposits: 0,
        withdrawals: 0,
        closing: opening,
        movements: 0,
        firstPosition: fact.position,
        lastPosition: fact.position,
      };
      months.push(current);
    }
    const amount = signedAmount(fact);
    if (amount > 0) current.deposits += amount;
    else current.withdrawals -= amount;
    current.closing += amount;
    current.movements += 1;
    current.lastPosition = fact.position;
    return model;
  },
};

function copyLastMonth(months: StatementMonth[]): StatementMonth[] {
  const copy = months.slice();
  const last = copy[copy.length - 1];
  if (last) copy[copy.length - 1] = { ...last };
  return copy;
}

function isStatementMonth(value: unknown): value is StatementMonth {
  if (typeof value !== 'object' || value === null) return false;
  const month = value as Record<string, unknown>;
  const numbers = [
    'opening',
    'deposits',
    'withdrawals',
    'closing',
    'movements',
    'firstPosition',
    'lastPosition',
  ];
  return (
    typeof month.month === 'string' &&
    /^\d{4}-\d{2}$/.test(month.month) &&
    numbers.every((key) => isFiniteNumber(month[key]))
  );
}
