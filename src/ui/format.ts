import { formatMoney } from '../domain/money';

export { formatMoney };

const timeFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'medium' });

/** A recorded instant (ms since the epoch) in the reader's own zone. */
export function formatTime(milliseconds: number): string {
  return timeFormat.format(new Date(milliseconds));
}

/** The exact instant, for tooltips and machine-readable `dateTime` attributes. */
export function isoTime(milliseconds: number): string {
  return new Date(milliseconds).toISOString();
}
