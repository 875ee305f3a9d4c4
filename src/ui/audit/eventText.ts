import { decodeAccountEvent } from '../../domain/account';
import type { StoredEvent } from '../../eventStore/types';
import { formatMoney } from '../format';

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

const UNITS: readonly [Intl.RelativeTimeFormatUnit, number, number][] = [
  // unit, its length in seconds, and the largest count shown before the next unit takes over
  ['second', 1, 45],
  ['minute', 60, 45],
  ['hour', 3600, 22],
  ['day', 86_400, 26],
  ['month', 2_629_800, 11],
];
const YEAR_SECONDS = 31_557_600;
const relative = new Intl.RelativeTimeFormat('en', { numeric: 'auto' });

/** "just now", "3 minutes ago", "yesterday", "in 2 hours": how long ago `milliseconds` was at `now`. */
export function relativeTime(milliseconds: number, now: number): string {
  const seconds = (milliseconds - now) / 1000;
  if (Math.abs(seconds) < 10) return 'just now';
  for (const [unit, length, largest] of UNITS) {
    const count = Math.round(seconds / length);
    if (Math.abs(count) <= largest) return relative.format(count, unit);
  }
  return relative.format(Math.round(seconds / YEAR_SECONDS), 'year');
}
