import type { EventStore } from '../eventStore/EventStore';
import type { AppendRequest, AppendResult } from '../eventStore/types';
import { encodeChunk, type ColumnChunk } from '../eventLog/columnChunk';
import { emptyLedgerFact, factFromStored } from '../projections/ledgerFact';
import { generateLedger, type SampleLedgerOptions } from './generateLedger';

/** Events per transaction: big enough to write in blocks, small enough to report progress and stop often. */
export const SAMPLE_BATCH = 65_536;

export interface SampleWriteOptions {
  /** Called after each committed batch with the events written so far and the batch as columns. */
  readonly onBatch: (written: number, chunk: ColumnChunk) => void;
  /** Checked between batches: the batches already committed stay, because a log is append-only. */
  readonly signal?: AbortSignal;
  readonly batchEvents?: number;
}

/**
 * Generates a valid random ledger and appends it in batches, each one transaction. Returns the number of
 * events written (fewer than asked if stopped).
 */
export async function writeSampleLedger(
  store: EventStore,
  ledger: SampleLedgerOptions,
  options: SampleWriteOptions,
): Promise<number> {
  const batchEvents = options.batchEvents ?? SAMPLE_BATCH;
  const requests = generateLedger(ledger);
  let written = 0;
  while (written < ledger.events && !options.signal?.aborted) {
    const batch: AppendRequest[] = [];
    let events = 0;
    while (events < batchEvents) {
      const next = requests.next();
      if (next.done) break;
      batch.push(next.value);
      events += next.value.events.length;
    }
    if (batch.length === 0) break;
    const results = await store.appendBatch(batch);
    written += events;
    options.onBatch(written, chunkOf(batch, results));
  }
  return written;
}

/** The committed batch as columns, with the positions and versions the store assigned. */
function chunkOf(batch: readonly AppendRequest[], results: readonly AppendResult[]): ColumnChunk {
  const fact = emptyLedgerFact();
  function* facts() {
    for (const [index, request] of batch.entries()) {
      const result = results[index] as AppendResult;
      const firstVersion = result.nextExpectedVersion - request.events.length + 1;
      for (const [offset, event] of request.events.entries()) {
        const position = result.firstPosition + offset;
        yield factFromStored(
          { ...event, position, version: firstVersion + offset, streamId: request.streamId },
          fact,
        );
      }
    }
  }
  const count = batch.reduce((sum, request) => sum + request.events.length, 0);
  return encodeChunk(facts(), count);
}
