import { openStore, type ColumnChunk } from '../app';
import { MILLION, millionLedger } from '../fixtures/million';
import { heapGrowth, settledHeapUsage, type HeapUsage } from '../heap';
import { row, type BenchModule } from '../row';
import { buildFromChunks } from '../subject';
import { BYTES_PER_EVENT } from '../targets';

/**
 * Memory held per event at 1M events: what the page's memory grew by when building, from the 1M ledger's
 * column chunks, what start-up builds (the log as columns, the timeline's checkpoints, the read models),
 * measured from a collected heap before and after. Two parts, summed for the row's value: the V8 heap, and
 * the ArrayBuffer backing stores of the typed arrays, which live outside it. Baseline: the same for the 1M
 * events as plain `StoredEvent` objects, as `readAll` returns them.
 */
export const memoryModule: BenchModule = {
  name: 'Memory per event at 1M events',
  async run({ log }) {
    const ledger = await millionLedger(log);
    const ours = await timelineGrowth(ledger.chunks);
    log(
      `timeline: ${describe(ours)}; the columns say they hold ${mb(ours.logBytes)}, ` +
        `the transactions model ${mb(ours.modelBytes)}`,
    );
    const plain = await plainEventsGrowth(ledger.databaseName);
    log(`plain events: ${describe(plain)}`);

    const perEvent = (bytes: number) => bytes / MILLION;
    return [
      row({
        name: 'Memory per event at 1M (heap + typed arrays)',
        value: perEvent(ours.jsHeap + ours.arrayBuffers),
        unit: 'B',
        target: BYTES_PER_EVENT,
        baseline: perEvent(plain.jsHeap + plain.arrayBuffers),
      }),
      row({ name: '↳ of which V8 heap', value: perEvent(ours.jsHeap), unit: 'B' }),
      row({ name: '↳ of which typed arrays', value: perEvent(ours.arrayBuffers), unit: 'B' }),
    ];
  },
};

/** The growth while the built timeline is still held (it is unreachable once this returns). */
async function timelineGrowth(chunks: readonly ColumnChunk[]) {
  const before = await settledHeapUsage();
  const built = buildFromChunks(chunks);
  const growth = heapGrowth(before, await settledHeapUsage());
  if (built.head !== MILLION) throw new Error(`The timeline holds ${built.head} events.`);
  return { ...growth, logBytes: built.logBytes, modelBytes: built.modelBytes };
}

/** The growth while the 1M events read back are still held. */
async function plainEventsGrowth(databaseName: string): Promise<HeapUsage> {
  const store = await openStore(databaseName);
  try {
    const before = await settledHeapUsage();
    const events = await store.readAll({ from: 1, to: MILLION });
    const growth = heapGrowth(before, await settledHeapUsage());
    if (events.length !== MILLION) throw new Error(`readAll returned ${events.length} events.`);
    return growth;
  } finally {
    store.close();
  }
}

const mb = (bytes: number) => `${(bytes / 1_048_576).toFixed(1)} MB`;

const describe = (growth: HeapUsage) =>
  `V8 heap +${mb(growth.jsHeap)}, array buffers +${mb(growth.arrayBuffers)} ` +
  `(performance.memory +${mb(growth.usedJSHeapSize)})`;
