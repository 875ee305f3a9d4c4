import { describe, expect, it } from 'vitest';
import { sliceFolder } from './sliceFolder';

/** A fold of `total` events that counts its runs; each run moves the clock on by `msPerRun`. */
function countingFold(total: number, clock: { now: number }, msPerRun: number) {
  const fold = {
    left: total,
    runs: 0,
    catchUp(events: number) {
      fold.runs += 1;
      fold.left = Math.max(0, fold.left - events);
      clock.now += msPerRun;
      return fold.left;
    },
  };
  return fold;
}

describe('sliceFolder', () => {
  it('folds until the slice of time is spent, and says how many events are left', () => {
    const clock = { now: 0 };
    const fold = countingFold(10_000, clock, 3);
    expect(sliceFolder(() => clock.now, 100, 8)(fold)).toBe(10_000 - 300);
    expect(fold.runs).toBe(3);
  });

  it('stops as soon as nothing is left', () => {
    const clock = { now: 0 };
    const fold = countingFold(250, clock, 0);
    expect(sliceFolder(() => clock.now, 100, 8)(fold)).toBe(0);
    expect(fold.runs).toBe(3);
  });

  it('folds at most 64 runs when the clock stands still', () => {
    const clock = { now: 0 };
    const fold = countingFold(1_000_000, clock, 0);
    expect(sliceFolder(() => clock.now, 100, 8)(fold)).toBe(1_000_000 - 6_400);
    expect(fold.runs).toBe(64);
  });
});
