import { listBalances } from '../projections/balances/queries';
import type { BalanceRow } from '../projections/balances/balancesProjection';
import { listDays, type DailySummaryRow } from '../projections/dailySummary/queries';
import type { LedgerModels } from '../projections/ledgerProjections';
import type { ReadModels } from '../projections/projection';

export interface AccountChange {
  readonly accountId: string;
  readonly before: Pick<BalanceRow, 'balance' | 'status'> | null;
  readonly after: Pick<BalanceRow, 'balance' | 'status'> | null;
}

export interface DayChange {
  readonly date: string;
  readonly before: DailySummaryRow | null;
  readonly after: DailySummaryRow | null;
}

export interface LedgerDiff {
  /** The checkpoints compared: what changed going from `from` to `to`. */
  readonly from: number;
  readonly to: number;
  readonly accounts: readonly AccountChange[];
  readonly days: readonly DayChange[];
}

/** What changed between two states of the ledger: accounts whose balance or status differ, and daily totals. */
export function diffLedger(from: ReadModels<LedgerModels>, to: ReadModels<LedgerModels>): LedgerDiff {
  const before = new Map(listBalances(from.models.balances).map((row) => [row.accountId, row]));
  const after = new Map(listBalances(to.models.balances).map((row) => [row.accountId, row]));
  const accounts = [...new Set([...before.keys(), ...after.keys()])]
    .sort()
    .map((accountId) => ({
      accountId,
      before: pickAccount(before.get(accountId)),
      after: pickAccount(after.get(accountId)),
    }))
    .filter(
      (change) =>
        change.before?.balance !== change.after?.balance || change.before?.status !== change.after?.status,
    );
  const daysBefore = new Map(listDays(from.models.dailySummary).map((row) => [row.date, row]));
  const daysAfter = new Map(listDays(to.models.dailySummary).map((row) => [row.date, row]));
  const days = [...new Set([...daysBefore.keys(), ...daysAfter.keys()])]
    .sort()
    .map((date) => ({ date, before: daysBefore.get(date) ?? null, after: daysAfter.get(date) ?? null }))
    .filter((change) => JSON.stringify(change.before) !== JSON.stringify(change.after));
  return { from: from.checkpoint, to: to.checkpoint, accounts, days };
}

function pickAccount(row: BalanceRow | undefined): AccountChange['before'] {
  return row ? { balance: row.balance, status: row.status } : null;
}
