import { formatTime, isoTime } from '../format';

/** A recorded instant in the reader's zone, with the exact ISO instant on hover. */
export function TimeCell({ milliseconds }: { readonly milliseconds: number }) {
  const iso = isoTime(milliseconds);
  return (
    <time dateTime={iso} title={iso}>
      {formatTime(milliseconds)}
    </time>
  );
}
