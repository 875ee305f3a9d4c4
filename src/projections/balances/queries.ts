import type { BalanceRow, BalancesModel } from './balancesProjection';

/** All accounts, ordered by id: copies, which a caller may keep while the fold goes on. */
export function listBalances(model: BalancesModel): readonly BalanceRow[] {
  return model.rowsById();
}
