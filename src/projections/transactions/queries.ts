import { emptyLedgerFact, type LedgerFactSource } from '../ledgerFact';
import { signedAmount, type TransactionsModel } from './transactionsProjection';

export interface TransactionRow {
  readonly position: number;
  readonly accountId: string;
  readonly type: string;
  /** Signed cents: deposits positive, withdrawals negative, closing zero. */
  readonly amount: number;
  readonly balanceAfter: number;
  /** Milliseconds since the epoch. */
  readonly time: number;
  readonly actor: string;
}

/**
 * The transactions at positions [from, to], newest first: only these rows are built, however long the log.
 * Positions the log in memory does not hold yet (while the history loads) are left out.
 */
export function transactionRows(
  model: TransactionsModel,
  log: LedgerFactSource,
  from: number,
  to: number,
): TransactionRow[] {
  const fact = emptyLedgerFact();
  const rows: TransactionRow[] = [];
  const last = Math.min(to, model.balanceAfter.length, log.length);
  for (let position = last; position >= Math.max(1, from); position--) {
    log.factAt(position, fact);
    rows.push({
      position,
      accountId: fact.accountId,
      type: fact.type,
      amount: signedAmount(fact),
      balanceAfter: model.balanceAfter.at(position - 1),
      time: fact.recordedAt,
      actor: fact.actor,
    });
  }
  return rows;
}

/** Anything that can list one stream's positions: the log in memory. */
export interface StreamPositions {
  positionsOfStream(streamId: string, from?: number, to?: number): number[];
}

/** One account's transactions up to `upTo`, oldest first, with the balance after each. */
export function accountHistory(
  model: TransactionsModel,
  log: LedgerFactSource & StreamPositions,
  accountId: string,
  upTo = model.balanceAfter.length,
): TransactionRow[] {
  const positions = log.positionsOfStream(
    `account-${accountId}`,
    1,
    Math.min(upTo, model.balanceAfter.length),
  );
  return positions.map((position) => transactionRows(model, log, position, position)[0] as TransactionRow);
}
