import { decodeAccountEvent } from '../domain/account';
import type { StoredEvent } from '../eventStore/types';
import { formatMoney } from './format';

/** What an event says, in a few words: "MoneyDeposited 250.00", "AccountCreated for Alice with 0.00". */
export function summarizeEvent(event: Pick<StoredEvent, 'type' | 'schemaVersion' | 'data'>): string {
  let decoded;
  try {
    decoded = decodeAccountEvent(event.type, event.schemaVersion, event.data);
  } catch {
    return `${event.type} (unreadable data)`;
  }
  switch (decoded.type) {
    case 'AccountCreated':
      return `AccountCreated for ${decoded.data.owner} with ${formatMoney(decoded.data.initialDeposit)}`;
    case 'MoneyDeposited':
    case 'MoneyWithdrawn':
      return `${decoded.type} ${formatMoney(decoded.data.amount)}`;
    case 'AccountClosed':
      return 'AccountClosed';
  }
}

/** The first eight characters of an id, enough to tell ids apart at a glance; the full id goes in a title. */
export const shortId = (id: string): string => (id.length > 9 ? `${id.slice(0, 8)}…` : id);
