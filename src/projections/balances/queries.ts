import type { BalanceRow, BalancesModel } from './balancesProjection';

/** All accounts, ordered by id. Copies of the rows, so a caller can keep them while the fold goes on. */
export function listBalances(model: BalancesModel): BalanceRow[] {
  return [...model.values()]
    .map((row) => ({ ...row }))
    .sort((a, b) => a.accountId.localeCompare(b.accountId));
}
