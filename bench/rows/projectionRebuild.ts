import { restoredLedger } from '../fixtures/restored';
import { row, type BenchModule, type BenchRow } from '../row';
import { settleHeap } from '../stats';
import { REBUILD_LONG_TASK_MS } from '../targets';

/**
 * Each projection of the Projections panel rebuilt from the 1M events in memory, exactly as its "Rebuild"
 * button does it: folded in time slices with a frame between two, so the page keeps drawing. The durations
 * are wall time, frames included; the long-task row says whether any slice froze the page.
 */
export const projectionRebuildModule: BenchModule = {
  name: 'Projection rebuilds at 1M (Projections panel)',
  async run({ log }) {
    const { session } = await restoredLedger(log);
    // Only the tasks that start while a rebuild runs: the heap is collected (a long task) between two.
    const windows: [number, number][] = [];
    const during = (time: number) => windows.some(([start, end]) => time >= start && time <= end);
    const longTasks: number[] = [];
    const observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (during(entry.startTime)) longTasks.push(entry.duration);
    });
    observer.observe({ type: 'longtask' });
    const rows: BenchRow[] = [];
    try {
      for (const { key, name } of session.projections()) {
        await settleHeap();
        const window: [number, number] = [performance.now(), Number.POSITIVE_INFINITY];
        windows.push(window);
        const milliseconds = await session.rebuildProjection(key);
        window[1] = performance.now();
        log(`rebuilt ${name} in ${milliseconds.toFixed(0)} ms`);
        rows.push(
          row({ name: `Rebuild ${name} from 1M events, in slices`, value: milliseconds, unit: 'ms' }),
        );
      }
      // Long-task entries arrive after their task: let the last ones in before stopping.
      await new Promise((resolve) => setTimeout(resolve, 100));
    } finally {
      observer.disconnect();
    }
    log(`long tasks meanwhile: ${longTasks.map((ms) => ms.toFixed(0)).join(', ') || 'none'}`);
    rows.push(
      row({
        name: 'Longest task while rebuilding projections at 1M',
        value: Math.max(0, ...longTasks),
        unit: 'ms',
        target: REBUILD_LONG_TASK_MS,
      }),
    );
    return rows;
  },
};
