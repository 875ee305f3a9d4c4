import { formatMoney } from '../domain/money';

export { formatMoney };

const timeFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'medium' });

/** A recorded instant in the reader's own zone; the exact ISO instant goes in a tooltip. */
export function formatTime(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : timeFormat.format(date);
}
