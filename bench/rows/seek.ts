import { countLabel, sampleLedger } from '../ledgers';
import { seededRandom } from '../prng';
import { row, type BenchModule } from '../row';
import { median, percentile, settleHeap, timeSync } from '../stats';
import {
  buildTimeline,
  CHECKPOINT_EVERY,
  decodeAll,
  fingerprint,
  replayFromZero,
  type ReadState,
} from '../subject';
import { FRAME_MS, INSTANT_MS } from '../targets';

const SEEKS = 200;
const WARM_UP_SEEKS = 20;
/** Full replays are slow at 100k, and their median is all the comparison needs. */
const REPLAYS = 20;

/**
 * Seeks to random positions of a timeline over `eventCount` events: p50, p95 and max. The baseline is what a
 * seek costs without checkpoints: folding the (already decoded) log from position 0. Each replayed state is
 * also compared with the seek's, so a fast but wrong seek fails the bench.
 */
export function seekModule(eventCount: number): BenchModule {
  const label = countLabel(eventCount);
  return {
    name: `Seek at ${label} events`,
    async run({ log }) {
      const events = sampleLedger(eventCount);
      const timeline = buildTimeline(events);
      const random = seededRandom(eventCount);
      const positions = Array.from({ length: SEEKS }, () => random.int(1, eventCount));
      for (let i = 0; i < WARM_UP_SEEKS; i += 1) timeline.seek(random.int(1, eventCount));
      await settleHeap();

      const seeks = positions.map((position) => timeSync(() => timeline.seek(position)));
      const [p50, max] = [median(seeks), Math.max(...seeks)];
      log(
        `${SEEKS} seeks, checkpoint every ${CHECKPOINT_EVERY}: p50 ${p50.toFixed(3)} ms, max ${max.toFixed(3)} ms`,
      );

      const facts = decodeAll(events);
      await settleHeap();
      const replays = positions.slice(0, REPLAYS).map((position) => {
        let replayed: ReadState | undefined;
        const ms = timeSync(() => {
          replayed = replayFromZero(facts, position);
        });
        if (!replayed || fingerprint(replayed) !== fingerprint(timeline.seek(position))) {
          throw new Error(`Seek to ${position} disagrees with a replay from zero.`);
        }
        return ms;
      });
      log(`${REPLAYS} full replays: p50 ${median(replays).toFixed(3)} ms`);

      const name = (stat: string) => `Seek ${stat}, ${label} events`;
      return [
        row({ name: name('p50'), value: p50, unit: 'ms', target: FRAME_MS, baseline: median(replays) }),
        row({ name: name('p95'), value: percentile(seeks, 95), unit: 'ms', target: FRAME_MS }),
        row({ name: name('max'), value: max, unit: 'ms', target: INSTANT_MS }),
      ];
    },
  };
}
