import type { LedgerFact } from '../ledgerFact';
import type { Projection } from '../projection';
import { ChunkedColumn } from '../chunkedColumn';

/**
 * The balance of the event's account right after each event, by position. Everything else a transaction
 * row shows is in the log itself, so the model holds only what the log cannot tell: 8 bytes an event.
 */
export interface TransactionsModel {
  readonly balanceAfter: ChunkedColumn;
  /** The running balance of each account. */
  readonly running: Map<string, number>;
}

export const transactionsProjection: Projection<TransactionsModel, LedgerFact> = {
  name: 'Transactions',
  initial: () => ({ balanceAfter: ChunkedColumn.empty(), running: new Map() }),
  clone: (model) => ({
    balanceAfter: model.balanceAfter.copy(),
    running: new Map(model.running),
  }),
  persist: (model) => ({ balanceAfter: model.balanceAfter.toData(), running: [...model.running] }),
  restore(data) {
    if (typeof data !== 'object' || data === null) return undefined;
    const { balanceAfter, running } = data as Record<string, unknown>;
    const column = ChunkedColumn.fromData(balanceAfter);
    const balances = Array.isArray(running) && running.every(isBalanceEntry) ? new Map(running) : undefined;
    return column && balances ? { balanceAfter: column, running: balances } : undefined;
  },
  apply(model, fact) {
    const balance = (model.running.get(fact.accountId) ?? 0) + signedAmount(fact);
    model.running.set(fact.accountId, balance);
    model.balanceAfter.push(balance);
    return model;
  },
};

/** Deposits (and initial deposits) add, withdrawals subtract, a closing moves nothing. */
export function signedAmount(fact: LedgerFact): number {
  return fact.type === 'MoneyWithdrawn' ? -fact.amount : fact.type === 'AccountClosed' ? 0 : fact.amount;
}

function isBalanceEntry(entry: unknown): entry is [string, number] {
  return Array.isArray(entry) && typeof entry[0] === 'string' && Number.isFinite(entry[1]);
}
