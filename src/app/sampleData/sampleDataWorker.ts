/// <reference lib="webworker" />
// The sample-data worker: generates a valid random ledger and appends it to IndexedDB in batches, sending
// each committed batch to the page as columns. Messages in: {kind: 'start', databaseName, ledger} or
// {kind: 'stop'}; out: {kind: 'batch', written, chunk}, then {kind: 'done', written} or {kind: 'failed'}.
import { openDexieEventStore } from '../../eventStore/dexie/dexieEventStore';
import { transferablesOf } from '../../eventLog/columnChunk';
import type { SampleLedgerOptions } from '../../sampleData/generateLedger';
import { writeSampleLedger } from '../../sampleData/writeSampleLedger';

export type SampleWorkerRequest =
  | { readonly kind: 'start'; readonly databaseName: string; readonly ledger: SampleLedgerOptions }
  | { readonly kind: 'stop' };

const scope = self as unknown as DedicatedWorkerGlobalScope;
const stop = new AbortController();

scope.onmessage = async ({ data }: MessageEvent<SampleWorkerRequest>) => {
  if (data.kind === 'stop') return stop.abort();
  try {
    const store = await openDexieEventStore({ databaseName: data.databaseName });
    const written = await writeSampleLedger(store, data.ledger, {
      signal: stop.signal,
      onBatch: (soFar, chunk) =>
        scope.postMessage({ kind: 'batch', written: soFar, chunk }, transferablesOf(chunk)),
    });
    store.close();
    scope.postMessage({ kind: 'done', written });
  } catch (error) {
    scope.postMessage({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
  }
};
