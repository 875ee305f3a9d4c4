import type { TransactionRow, TransactionsModel } from './transactionsProjection';

/** Newest first, as a ledger is read. */
export function listTransactions(model: TransactionsModel): TransactionRow[] {
  return model.rows.slice().reverse();
}

export function transactionsOf(model: TransactionsModel, accountId: string): TransactionRow[] {
  return model.rows.filter((row) => row.accountId === accountId);
}
