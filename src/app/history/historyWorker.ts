/// <reference lib="webworker" />
// The history worker: reads the log from IndexedDB, decodes it and packs it into column chunks, so that
// the page only folds compact arrays while it stays responsive. Messages: in {databaseName, from, to,
// chunkSize}; out {kind: 'chunk', chunk} (buffers transferred), then {kind: 'done'} or {kind: 'failed'}.
import { openDexieEventStore } from '../../eventStore/dexie/dexieEventStore';
import { transferablesOf } from '../../eventLog/columnChunk';
import { readChunk } from './historyLoader';

export interface HistoryRequest {
  readonly databaseName: string;
  readonly from: number;
  readonly to: number;
  readonly chunkSize: number;
}

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = async ({ data }: MessageEvent<HistoryRequest>) => {
  try {
    const store = await openDexieEventStore({ databaseName: data.databaseName });
    for (let start = data.from; start <= data.to; start += data.chunkSize) {
      const chunk = await readChunk(store, start, Math.min(data.to, start + data.chunkSize - 1));
      scope.postMessage({ kind: 'chunk', chunk }, transferablesOf(chunk));
    }
    store.close();
    scope.postMessage({ kind: 'done' });
  } catch (error) {
    scope.postMessage({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
  }
};
