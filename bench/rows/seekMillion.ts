import { MILLION } from '../fixtures/million';
import { restoredLedger } from '../fixtures/restored';
import { seededRandom } from '../prng';
import { row, type BenchModule } from '../row';
import { median, percentile, settleHeap, timeSync } from '../stats';
import { CHECKPOINT_EVERY, fingerprint, rebuildFromLog, type ReadState } from '../subject';
import { SEEK_1M_MAX_MS, SEEK_1M_P95_MS } from '../targets';

const SEEKS = 300;
const WARM_UP_SEEKS = 20;
/** A replay from zero folds half the log on average: ten give a steady median. */
const REPLAYS = 10;

/**
 * Seeks on the cold-started 1M session once its history is loaded (its checkpoints are those built while the
 * history loaded behind): the view's `seek` to 300 random positions of 1..1M, after 20 unmeasured; p50, p95
 * and max. Baseline: folding the log in memory from position 0 to 10 of the same positions (median), each
 * checked against the seek's state.
 */
export const seekMillionModule: BenchModule = {
  name: 'Seek at 1M events after a cold start',
  async run({ log }) {
    const { session } = await restoredLedger(log);
    const random = seededRandom(MILLION);
    const positions = Array.from({ length: SEEKS }, () => random.int(1, MILLION));
    for (let i = 0; i < WARM_UP_SEEKS; i += 1) session.seek(random.int(1, MILLION));
    await settleHeap();
    const seeks = positions.map((position) => timeSync(() => session.seek(position)));
    session.returnToPresent();
    const [p50, p95, max] = [median(seeks), percentile(seeks, 95), Math.max(...seeks)];
    log(
      `${SEEKS} seeks, checkpoint every ${CHECKPOINT_EVERY}: p50 ${p50.toFixed(3)} ms, max ${max.toFixed(3)} ms`,
    );

    await settleHeap();
    const replays = positions.slice(0, REPLAYS).map((position) => {
      let replayed: ReadState | undefined;
      const ms = timeSync(() => (replayed = rebuildFromLog(session.log, position)));
      if (!replayed || fingerprint(replayed) !== fingerprint(session.stateAt(position)))
        throw new Error(`Seek to ${position} disagrees with a replay from zero.`);
      return ms;
    });
    log(`${REPLAYS} replays from zero: median ${median(replays).toFixed(0)} ms`);
    const name = (stat: string) => `Seek ${stat}, 1M events after a cold start`;
    return [
      row({ name: name('p50'), value: p50, unit: 'ms' }),
      row({ name: name('p95'), value: p95, unit: 'ms', target: SEEK_1M_P95_MS, baseline: median(replays) }),
      row({ name: name('max'), value: max, unit: 'ms', target: SEEK_1M_MAX_MS }),
    ];
  },
};
