import type { BalanceRow, BalancesModel } from './balancesProjection';

/**
 * All accounts, ordered by id. The rows are the model's own, kept: the fold copies a row before it changes
 * it again (see `RowMap`), so a caller can hold them while the fold goes on, and must not change them.
 */
export function listBalances(model: BalancesModel): readonly Readonly<BalanceRow>[] {
  return model.keptRows().sort((a, b) => a.accountId.localeCompare(b.accountId));
}
