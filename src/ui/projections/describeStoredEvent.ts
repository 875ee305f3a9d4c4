import { accountIdOfStream, decodeAccountEvent } from '../../domain/account';
import type { StoredEvent } from '../../eventStore/types';
import { formatMoney } from '../format';

/** "#12 MoneyDeposited ACC-001 +50.00": an event written to the log, in words for people. */
export function describeStoredEvent(stored: StoredEvent): string {
  const account = accountIdOfStream(stored.streamId);
  try {
    const event = decodeAccountEvent(stored.type, stored.schemaVersion, stored.data);
    const amount =
      event.type === 'AccountCreated'
        ? ` opened with ${formatMoney(event.data.initialDeposit)}`
        : event.type === 'AccountClosed'
          ? ''
          : ` ${event.type === 'MoneyWithdrawn' ? '−' : '+'}${formatMoney(event.data.amount)}`;
    return `#${stored.position} ${stored.type} ${account}${amount}`;
  } catch {
    return `#${stored.position} ${stored.type} ${account}`;
  }
}
