import { balancesProjection, type BalancesModel } from './balances/balancesProjection';
import { dailySummaryProjection, type DailySummaryModel } from './dailySummary/dailySummaryProjection';
import type { LedgerFact } from './ledgerFact';
import type { ProjectionSet } from './projection';
import { transactionsProjection, type TransactionsModel } from './transactions/transactionsProjection';

export interface LedgerModels {
  readonly balances: BalancesModel;
  readonly transactions: TransactionsModel;
  readonly dailySummary: DailySummaryModel;
}

/** The read side of the ledger: one fold per read model, shared by the live view, rebuilds and time travel. */
export const ledgerProjections: ProjectionSet<LedgerModels, LedgerFact> = {
  balances: balancesProjection,
  transactions: transactionsProjection,
  dailySummary: dailySummaryProjection,
};
