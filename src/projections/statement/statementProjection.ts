import type { LedgerFact } from '../ledgerFact';
import { copyMap, type Projection } from '../projection';
import { isFiniteNumber } from '../restoreRows';
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

/**
 * Each account's months, oldest first. The fold updates only the last month of an account in place, so
 * `clone` shares the earlier ones (never written again) and copies the last: a copy costs one object per
 * account, however long the history.
 */
export type StatementModel = Map<string, StatementMonth[]>;

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
  initial: () => new Map(),
  clone: (model) => copyMap(model, copyLastMonth),
  persist: (model) => [...model].map(([account, months]) => [account, months.map((month) => ({ ...month }))]),
  restore(data) {
    if (!Array.isArray(data)) return undefined;
    const model: StatementModel = new Map();
    for (const entry of data) {
      if (!Array.isArray(entry) || typeof entry[0] !== 'string' || !Array.isArray(entry[1])) return undefined;
      const months = entry[1] as unknown[];
      if (!months.every(isStatementMonth) || model.has(entry[0])) return undefined;
      model.set(
        entry[0],
        months.map((month) => ({ ...month })),
      );
    }
    return model;
  },
  apply(model, fact) {
    let months = model.get(fact.accountId);
    if (!months) model.set(fact.accountId, (months = []));
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
