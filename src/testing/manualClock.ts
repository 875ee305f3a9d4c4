import type { LagClock } from '../app/readLag';

/** A clock that only moves when told to, running due timers as it passes them. */
export function manualClock() {
  let now = 0;
  const timers: { at: number; run: () => void }[] = [];
  const clock: LagClock = {
    now: () => now,
    setTimeout: (run, milliseconds) => {
      const timer = { at: now + milliseconds, run };
      timers.push(timer);
      return timer;
    },
    clearTimeout: (handle) => {
      // A timer that already ran (or never was) is not there: nothing else may be dropped in its place.
      const index = timers.indexOf(handle as (typeof timers)[number]);
      if (index >= 0) timers.splice(index, 1);
    },
  };
  const advance = (milliseconds: number) => {
    now += milliseconds;
    for (
      let due = timers.find((timer) => timer.at <= now);
      due;
      due = timers.find((timer) => timer.at <= now)
    ) {
      timers.splice(timers.indexOf(due), 1);
      due.run();
    }
  };
  return { clock, advance };
}
