import { countLabel, sampleLedger } from '../ledgers';
import { row, type BenchModule } from '../row';
import { median, settleHeap, timeSync } from '../stats';
import { buildTimeline, foldAll } from '../subject';

const REPETITIONS = 5;

/**
 * Building the timeline from the whole stored log, as the app does on start-up (decode, keep the log in
 * memory, fold the live read models, copy them at each checkpoint). Median of 5, each from a collected heap,
 * as at start-up. The baseline is one plain fold of the same decoded events with no log kept and no
 * checkpoints, so the ratio (below 1) is the price of time travel at load. Builds and folds alternate so
 * that drift hits both alike.
 */
export function timelineBuildModule(eventCount: number, target: number): BenchModule {
  const label = countLabel(eventCount);
  return {
    name: `Timeline build at ${label} events`,
    async run({ log }) {
      const events = sampleLedger(eventCount);
      const builds: number[] = [];
      const folds: number[] = [];
      for (let i = 0; i < REPETITIONS; i += 1) {
        await settleHeap();
        let head = 0;
        builds.push(timeSync(() => (head = buildTimeline(events).head)));
        if (head !== eventCount) throw new Error(`The timeline holds ${head} of ${eventCount} events.`);
        await settleHeap();
        folds.push(timeSync(() => foldAll(events)));
      }
      const list = (samples: number[]) => samples.map((ms) => ms.toFixed(0)).join(', ');
      log(`builds ${list(builds)} ms; folds ${list(folds)} ms`);
      return [
        row({
          name: `Timeline build, ${label} events`,
          value: median(builds),
          unit: 'ms',
          target,
          baseline: median(folds),
        }),
      ];
    },
  };
}
