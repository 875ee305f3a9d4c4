import { ACCOUNT_STREAM_PREFIX } from '../../domain/account';
import { emptyLedgerFact, type LedgerFactSource } from '../ledgerFact';
import type { StreamPositions } from '../transactions/queries';
import { signedAmount } from '../transactions/transactionsProjection';
import type { StatementModel, StatementMonth } from './statementProjection';

export interface StatementLine {
  readonly position: number;
  /** Milliseconds since the epoch. */
  readonly time: number;
  readonly type: string;
  /** Signed cents: deposits positive, withdrawals negative, a closing zero. */
  readonly amount: number;
  readonly balance: number;
}

/** The months of an account's statement, oldest first; none for an account without events. */
export function statementMonths(model: StatementModel, accountId: string): readonly StatementMonth[] {
  return model.monthsOf(accountId);
}

/**
 * The movements of one month of an account's statement, oldest first, each with the running balance
 * after it. Reads only that month's stretch of the log.
 */
export function statementLines(
  month: StatementMonth,
  accountId: string,
  log: LedgerFactSource & StreamPositions,
): StatementLine[] {
  const fact = emptyLedgerFact();
  const lines: StatementLine[] = [];
  let balance = month.opening;
  const last = Math.min(month.lastPosition, log.length);
  for (const position of log.positionsOfStream(
    ACCOUNT_STREAM_PREFIX + accountId,
    month.firstPosition,
    last,
  )) {
    log.factAt(position, fact);
    const amount = signedAmount(fact);
    balance += amount;
    lines.push({ position, time: fact.recordedAt, type: fact.type, amount, balance });
  }
  return lines;
}
