import Dexie, { type Table } from 'dexie';
import { BULK_BATCH, generatedEvents, generateOnly, type StoredEvent } from '../app';
import { deleteDatabase, MILLION, millionLedger } from '../fixtures/million';
import { LEDGER_SEED } from '../ledgers';
import { row, type BenchModule } from '../row';
import { settleHeap, timeAsync, timeSync } from '../stats';
import { BULK_WRITE_EVENTS_PER_S, BULK_WRITE_VS_BULK_ADD } from '../targets';

/** The baseline writes fewer events: one record per event is slow (about 80 s for 1M), and its rate is flat. */
const BASELINE_EVENTS = 100_000;
const BASELINE_DATABASE = 'bench-bulk-add';

/** The baseline's database: one table keyed by position, nothing else. */
class PlainDatabase extends Dexie {
  events!: Table<StoredEvent, number>;
  constructor(name: string) {
    super(name);
    this.version(1).stores({ events: 'position' });
  }
}

/**
 * Bulk write of 1M events as the app loads sample data: the generator decides every command with the real
 * decider, and the events are appended in batches of 65,536 (one transaction each) into a fresh on-disk
 * database, each batch handed back as columns. Baseline: Dexie `bulkAdd` of the first 100,000 events of the
 * same generator, one record per event, into a plain table of another fresh database, in batches of the same
 * size (generation not timed, so the baseline is only the writing).
 */
export const bulkWriteModule: BenchModule = {
  name: 'Bulk write of 1M events',
  async run({ log }) {
    const ledger = await millionLedger(log);
    const rate = (MILLION / ledger.writeMs) * 1000;
    const appendShare = ledger.appendBatchMs / ledger.writeMs;
    log(
      `${MILLION.toLocaleString('en-US')} events in ${ledger.writeMs.toFixed(0)} ms: ` +
        `${ledger.appendBatchMs.toFixed(0)} ms in appendBatch (${(appendShare * 100).toFixed(0)} %), ` +
        `the rest generating, deciding and packing; ${(ledger.storedBytes / MILLION).toFixed(0)} bytes ` +
        `stored per event`,
    );
    await settleHeap();
    let generated = 0;
    const generateMs = timeSync(() => (generated = generateOnly(MILLION, LEDGER_SEED)));
    if (generated !== MILLION) throw new Error(`The generator made ${generated} events.`);
    log(`the generator alone (deciding every command, writing nothing): ${generateMs.toFixed(0)} ms`);

    const records = generatedEvents(BASELINE_EVENTS, LEDGER_SEED);
    await settleHeap();
    await deleteDatabase(BASELINE_DATABASE);
    const plain = new PlainDatabase(BASELINE_DATABASE);
    let baselineMs = 0;
    try {
      await plain.open();
      for (let start = 0; start < records.length; start += BULK_BATCH) {
        const batch = records.slice(start, start + BULK_BATCH);
        baselineMs += await timeAsync(() => plain.events.bulkAdd(batch));
      }
      const stored = await plain.events.count();
      if (stored !== BASELINE_EVENTS)
        throw new Error(`bulkAdd stored ${stored} of ${BASELINE_EVENTS} events.`);
    } finally {
      plain.close();
      await deleteDatabase(BASELINE_DATABASE);
    }
    const baseline = (BASELINE_EVENTS / baselineMs) * 1000;
    log(`bulkAdd: ${BASELINE_EVENTS.toLocaleString('en-US')} events in ${baselineMs.toFixed(0)} ms`);

    return [
      row({
        name: 'Bulk write, 1M events (generate, decide, persist)',
        value: Math.round(rate),
        unit: 'events/s',
        target: BULK_WRITE_EVENTS_PER_S,
        baseline: Math.round(baseline),
        ratioTarget: BULK_WRITE_VS_BULK_ADD,
        higherIsBetter: true,
      }),
      row({ name: '↳ write time, 1M events', value: ledger.writeMs, unit: 'ms' }),
      row({ name: '↳ of which in appendBatch', value: ledger.appendBatchMs, unit: 'ms' }),
      row({ name: '↳ the generator alone, 1M events', value: generateMs, unit: 'ms' }),
    ];
  },
};
