import type { EventStore } from '../../eventStore/EventStore';
import { encodeChunk, type ColumnChunk } from '../../eventLog/columnChunk';
import { emptyLedgerFact, factFromStored } from '../../projections/ledgerFact';

/** How many events one history chunk holds: big enough to amortise a read, small enough not to stall. */
export const HISTORY_CHUNK = 16_384;

/**
 * Streams the log's events in positions [from, to] as column chunks, oldest first, calling `onChunk` for
 * each. Resolves when all are delivered; rejects with an AbortError if `signal` aborts.
 */
export type HistoryLoader = (
  range: { readonly from: number; readonly to: number },
  onChunk: (chunk: ColumnChunk) => void,
  signal?: AbortSignal,
) => Promise<void>;

/** Reads and packs one chunk: decoding (and so checking) every event on the way. */
export async function readChunk(store: EventStore, from: number, to: number): Promise<ColumnChunk> {
  const events = await store.readAll({ from, to });
  const fact = emptyLedgerFact();
  function* facts() {
    for (const event of events) yield factFromStored(event, fact);
  }
  return encodeChunk(facts(), Math.max(1, to - from + 1));
}

/** The loader that reads on this thread (tests, and browsers without module workers). */
export function inThreadHistoryLoader(store: EventStore, chunkSize = HISTORY_CHUNK): HistoryLoader {
  return async ({ from, to }, onChunk, signal) => {
    for (let start = from; start <= to; start += chunkSize) {
      signal?.throwIfAborted();
      onChunk(await readChunk(store, start, Math.min(to, start + chunkSize - 1)));
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
  };
}
