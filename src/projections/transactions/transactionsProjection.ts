import type { LedgerFact } from '../ledgerFact';
import type { Projection } from '../projection';
import { AccountColumns } from '../accountColumns';
import { ChunkedColumn } from '../chunkedColumn';

/**
 * The balance of the event's account right after each event, by position. Everything else a transaction
 * row shows is in the log itself, so the model holds only what the log cannot tell: 8 bytes an event.
 */
export interface TransactionsModel {
  readonly balanceAfter: ChunkedColumn;
  /** The running balance of each account (in columns: a seek copies them, see `AccountColumns`). */
  readonly running: AccountColumns<'balance'>;
}

const RUNNING: readonly ['balance'] = ['balance'];

export const transactionsProjection: Projection<TransactionsModel, LedgerFact> = {
  name: 'Transactions',
  initial: () => ({ balanceAfter: ChunkedColumn.empty(), running: AccountColumns.empty(RUNNING) }),
  clone: (model) => ({
    balanceAfter: model.balanceAfter.copy(),
    running: model.running.copy(),
  }),
  persist: (model) => ({ balanceAfter: model.balanceAfter.toData(), running: runningEntries(model.running) }),
  restore(data) {
    if (typeof data !== 'object' || data === null) return undefined;
    const { balanceAfter, running } = data as Record<string, unknown>;
    const column = ChunkedColumn.fromData(balanceAfter);
    const balances = Array.isArray(running) ? restoreRunning(running) : undefined;
    return column && balances ? { balanceAfter: column, running: balances } : undefined;
  },
  apply(model, fact) {
    const { running } = model;
    let ordinal = running.ordinalOf(fact.accountId);
    if (ordinal < 0) ordinal = running.open(fact.accountId, '');
    model.balanceAfter.push(running.add('balance', ordinal, signedAmount(fact)));
    return model;
  },
};

/** Deposits (and initial deposits) add, withdrawals subtract, a closing moves nothing. */
export function signedAmount(fact: LedgerFact): number {
  return fact.type === 'MoneyWithdrawn' ? -fact.amount : fact.type === 'AccountClosed' ? 0 : fact.amount;
}

/** [account id, running balance] pairs, in the order the accounts first moved. */
function runningEntries(running: AccountColumns<'balance'>): [string, number][] {
  return Array.from({ length: running.size }, (_, ordinal) => [
    running.idAt(ordinal),
    running.value('balance', ordinal),
  ]);
}

function restoreRunning(entries: unknown[]): AccountColumns<'balance'> | undefined {
  const running = AccountColumns.empty(RUNNING);
  for (const entry of entries) {
    if (!isBalanceEntry(entry) || running.ordinalOf(entry[0]) >= 0) return undefined;
    running.set('balance', running.open(entry[0], ''), entry[1]);
  }
  return running;
}

function isBalanceEntry(entry: unknown): entry is [string, number] {
  return Array.isArray(entry) && typeof entry[0] === 'string' && Number.isFinite(entry[1]);
}
