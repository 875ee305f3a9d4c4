import { MILLION } from '../fixtures/million';
import { restoredLedger } from '../fixtures/restored';
import { row, type BenchModule } from '../row';
import { median, settleHeap, timeSync } from '../stats';
import { fingerprint, rebuildFromLog, rebuildParts, type ReadState } from '../subject';
import { FULL_REBUILD_MS } from '../targets';

const REPETITIONS = 3;

/**
 * A full rebuild of every projection from the first 1M events of the log in memory (the cold-started
 * session's columns): `foldReadModels` from the initial models over the facts refilled from the columns.
 * Median of 3, each from a collected heap. The result must equal the session's own models at 1M. Then, once
 * each, its parts for the analysis: reading the facts without folding, and each projection alone.
 */
export const fullRebuildModule: BenchModule = {
  name: 'Full rebuild from 1M events',
  async run({ log }) {
    const { session } = await restoredLedger(log);
    const rebuilds: number[] = [];
    let rebuilt: ReadState | undefined;
    for (let i = 0; i < REPETITIONS; i += 1) {
      await settleHeap();
      rebuilds.push(timeSync(() => (rebuilt = rebuildFromLog(session.log, MILLION))));
    }
    if (!rebuilt || fingerprint(rebuilt) !== fingerprint(session.stateAt(MILLION)))
      throw new Error('The rebuilt read models differ from the session’s at 1M events.');
    log(`rebuilds ${rebuilds.map((ms) => ms.toFixed(0)).join(', ')} ms`);

    const parts: string[] = [];
    for (const [name, part] of Object.entries(rebuildParts(session.log, MILLION))) {
      await settleHeap();
      parts.push(`${name} ${timeSync(part).toFixed(0)} ms`);
    }
    log(`parts: ${parts.join('; ')}`);
    return [
      row({
        name: 'Full rebuild of all projections, 1M events',
        value: median(rebuilds),
        unit: 'ms',
        target: FULL_REBUILD_MS,
      }),
    ];
  },
};
