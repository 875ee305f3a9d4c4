import { useSyncExternalStore } from 'react';
import { formatTime } from '../format';
import { relativeTime } from './eventText';

/** One clock for every relative time on the page, ticking every 15 seconds while anything shows one. */
const clock = {
  now: Date.now(),
  listeners: new Set<() => void>(),
  timer: undefined as ReturnType<typeof setInterval> | undefined,
  subscribe(listener: () => void): () => void {
    clock.listeners.add(listener);
    clock.timer ??= setInterval(() => {
      clock.now = Date.now();
      clock.listeners.forEach((each) => each());
    }, 15_000);
    return () => {
      clock.listeners.delete(listener);
      if (clock.listeners.size === 0) {
        clearInterval(clock.timer);
        clock.timer = undefined;
      }
    };
  },
};

/** "3 minutes ago", with the exact instant on hover (local time and ISO) and for machines. */
export function RelativeTime({ iso }: { readonly iso: string }) {
  const now = useSyncExternalStore(clock.subscribe, () => clock.now);
  const milliseconds = Date.parse(iso);
  if (Number.isNaN(milliseconds)) return <span>{iso}</span>;
  // An event recorded after the clock's last tick is "just now", never "in 3 seconds".
  const shown = relativeTime(milliseconds, Math.max(now, milliseconds));
  return (
    <time dateTime={iso} title={`${formatTime(milliseconds)} (${iso})`}>
      {shown}
    </time>
  );
}
