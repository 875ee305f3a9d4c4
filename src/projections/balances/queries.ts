import type { BalanceRow, BalancesModel } from './balancesProjection';

/** All accounts, ordered by id. */
export function listBalances(model: BalancesModel): BalanceRow[] {
  return [...model.values()].sort((a, b) => a.accountId.localeCompare(b.accountId));
}

/** Accounts that can still take commands, for choosing one. */
export function openAccountIds(model: BalancesModel): string[] {
  return listBalances(model)
    .filter((row) => row.status === 'Open')
    .map((row) => row.accountId);
}
