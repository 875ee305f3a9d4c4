/** The most runs of `sliceEvents` a slice folds, whatever the clock says. */
const MAX_RUNS_PER_SLICE = 64;

/** What a slice folds: anything that catches up with the log by at most `events` at a time. */
interface CatchingUp {
  /** Folds at most `events` more; returns how many are left. */
  catchUp(events: number): number;
}

/**
 * Folds for one time slice of `sliceMilliseconds`, `sliceEvents` at a time between looks at the clock, and
 * returns how many events are left. Slices stay short on any device, and are capped in events too, should
 * the clock stand still.
 */
export function sliceFolder(
  now: () => number,
  sliceEvents: number,
  sliceMilliseconds: number,
): (fold: CatchingUp) => number {
  return (fold) => {
    const end = now() + sliceMilliseconds;
    let remaining = fold.catchUp(sliceEvents);
    for (let runs = 1; remaining > 0 && runs < MAX_RUNS_PER_SLICE && now() < end; runs++)
      remaining = fold.catchUp(sliceEvents);
    return remaining;
  };
}
