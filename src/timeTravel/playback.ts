/** Playback speeds: events per second, or following the recorded timestamps. */
export const PLAYBACK_SPEEDS = ['0.5×', '1×', '2×', '5×', 'real time'] as const;
export type PlaybackSpeed = (typeof PLAYBACK_SPEEDS)[number];

const EVENTS_PER_SECOND_AT_1X = 2;
/** In real time, a gap longer than this is compressed to it, so that a quiet night takes seconds, not hours. */
export const LONGEST_REAL_TIME_GAP_MS = 2_000;
const SHORTEST_STEP_MS = 40;

/**
 * How long to wait before stepping from one event to the next. In "real time" the wait is the recorded gap
 * between the two events, with long gaps compressed.
 */
export function playbackDelay(speed: PlaybackSpeed, fromTime: number | undefined, toTime: number): number {
  if (speed === 'real time') {
    const gap = fromTime === undefined ? 0 : toTime - fromTime;
    return Math.min(LONGEST_REAL_TIME_GAP_MS, Math.max(SHORTEST_STEP_MS, gap));
  }
  const factor = Number.parseFloat(speed);
  return Math.max(SHORTEST_STEP_MS, 1000 / (EVENTS_PER_SECOND_AT_1X * factor));
}

/** The position playback moves to after `position`, or null when it stops (at the end, unless looping). */
export function nextPlaybackPosition(position: number, head: number, loop: boolean): number | null {
  if (position < head) return position + 1;
  return loop && head > 0 ? 0 : null;
}
