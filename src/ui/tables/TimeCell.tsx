import { formatTime, isoTime } from '../format';
import { relativeTime } from './relativeTime';
import { useNow } from './useNow';

interface ExactTime {
  /** The ISO instant, for `dateTime`. */
  readonly iso: string;
  /** "local time (ISO instant)", for the hover. */
  readonly told: string;
}

/** Exact times already formatted: a table redrawn while the slider moves asks for the same ones again. */
const exact = new Map<number, ExactTime>();

function exactTime(milliseconds: number): ExactTime {
  let text = exact.get(milliseconds);
  if (text === undefined) {
    if (exact.size >= 4096) exact.clear();
    const iso = isoTime(milliseconds);
    text = { iso, told: `${formatTime(milliseconds)} (${iso})` };
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
  const { iso, told } = exactTime(milliseconds);
  return (
    <time dateTime={iso} title={told}>
      {relativeTime(milliseconds, now)}
    </time>
  );
}
