import { openStore } from '../app';
import { restoredLedger } from '../fixtures/restored';
import { row, type BenchModule } from '../row';
import { settleHeap, timeAsync, timeSync } from '../stats';
import { fingerprint, foldAll, type ReadState } from '../subject';
import { COLD_START_MS, COLD_START_VS_REPLAY } from '../targets';

/**
 * Cold start with 1M persisted events (bench/fixtures/restored.ts): after a first start that folds the whole
 * log and persists the read models, a new connection and a new session start over the same database, timed
 * from opening the store until the session is ready (interactive, with current read models); the history
 * then loads behind in a worker. Baseline: what start-up costs without persisted read models done plainly,
 * reading the whole log with `readAll`, decoding every event and folding them all from zero. The replayed
 * models must equal the cold-started session's once its history is loaded.
 */
export const coldStartModule: BenchModule = {
  name: 'Cold start with 1M events',
  async run({ log }) {
    const restored = await restoredLedger(log);
    const { ledger, session } = restored;

    await settleHeap();
    const store = await openStore(ledger.databaseName);
    let replayed: ReadState | undefined;
    let readMs = 0;
    let foldMs = 0;
    try {
      let events: Awaited<ReturnType<typeof store.readAll>> = [];
      readMs = await timeAsync(async () => (events = await store.readAll()));
      foldMs = timeSync(() => (replayed = foldAll(events)));
    } finally {
      store.close();
    }
    if (!replayed || fingerprint(replayed) !== fingerprint(session.present))
      throw new Error('The replayed read models differ from the cold-started session’s.');
    const baseline = readMs + foldMs;
    log(`baseline: readAll ${readMs.toFixed(0)} ms + decode and fold ${foldMs.toFixed(0)} ms`);

    return [
      row({
        name: 'Cold start, 1M events persisted (until interactive)',
        value: restored.coldStartMs,
        unit: 'ms',
        target: COLD_START_MS,
        baseline,
        ratioTarget: COLD_START_VS_REPLAY,
      }),
      row({ name: '↳ then history loaded behind (worker)', value: restored.historyMs, unit: 'ms' }),
      row({ name: '↳ first start, no persisted read models', value: restored.rebuildStartMs, unit: 'ms' }),
    ];
  },
};
