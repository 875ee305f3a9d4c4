import type { LedgerEvent } from '../../projections/ledgerEvent';
import { accountOf } from '../../projections/ledgerEvent';
import { formatMoney } from '../format';

/** "#3 MoneyWithdrawn ACC-001 50.00": how the slider names the event it stands on. */
export function describeEvent(event: LedgerEvent | undefined): string {
  if (!event) return 'Before the first event';
  const amount =
    event.type === 'AccountCreated'
      ? ` ${formatMoney(event.data.initialDeposit)}`
      : event.type === 'AccountClosed'
        ? ''
        : ` ${formatMoney(event.data.amount)}`;
  return `#${event.position} ${event.type} ${accountOf(event)}${amount}`;
}
