import type { LedgerFact } from '../../projections/ledgerFact';
import { formatMoney } from '../format';

/** "#3 MoneyWithdrawn ACC-001 50.00": how the slider names the event it stands on. */
export function describeEvent(fact: LedgerFact | undefined): string {
  if (!fact || fact.position === 0) return 'Before the first event';
  const amount = fact.type === 'AccountClosed' ? '' : ` ${formatMoney(fact.amount)}`;
  return `#${fact.position} ${fact.type} ${fact.accountId}${amount}`;
}
