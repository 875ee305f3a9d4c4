const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** The unit a distance in time is told in, from seconds to years, and how many of it (rounded). */
const STEPS: readonly [limit: number, unit: Intl.RelativeTimeFormatUnit, size: number][] = [
  [45 * MINUTE, 'minute', MINUTE],
  [22 * HOUR, 'hour', HOUR],
  [26 * DAY, 'day', DAY],
  [320 * DAY, 'month', 30.44 * DAY],
  [Infinity, 'year', 365.25 * DAY],
];

const format = new Intl.RelativeTimeFormat(undefined, { numeric: 'auto' });
const told = new Map<string, string>();

/**
 * How long before (or after) `now` an instant was, in words: "just now", "5 minutes ago", "yesterday",
 * "3 months ago", "in 2 hours". Both in ms since the epoch.
 */
export function relativeTime(milliseconds: number, now: number): string {
  const distance = milliseconds - now;
  if (Math.abs(distance) < 45_000) return 'just now';
  const [, unit, size] = STEPS.find(([limit]) => Math.abs(distance) < limit) ?? (STEPS.at(-1) as never);
  const amount = Math.round(distance / size);
  const key = `${amount} ${unit}`;
  let words = told.get(key);
  if (words === undefined) {
    words = format.format(amount, unit);
    told.set(key, words);
  }
  return words;
}
