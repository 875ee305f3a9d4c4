import { formatTime, isoTime } from '../format';
import { relativeTime } from './relativeTime';
import { useNow } from './useNow';

/** Exact times already formatted ("local time (ISO instant)"): a table redrawn while the slider moves asks for the same ones again. */
const exact = new Map<number, string>();

function exactTime(milliseconds: number): string {
  let text = exact.get(milliseconds);
  if (text === undefined) {
    if (exact.size >= 4096) exact.clear();
    text = `${formatTime(milliseconds)} (${isoTime(milliseconds)})`;
    exact.set(milliseconds, text);
  }
  return text;
}

/**
 * A recorded instant, told relative to now ("5 minutes ago"), with the exact time in the reader's zone on
 * hover and the ISO instant as its machine-readable `dateTime`.
 */
export function TimeCell({ milliseconds }: { readonly milliseconds: number }) {
  const now = useNow();
  return (
    <time dateTime={isoTime(milliseconds)} title={exactTime(milliseconds)}>
      {relativeTime(milliseconds, now)}
    </time>
  );
}
