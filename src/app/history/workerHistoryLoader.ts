import type { ColumnChunk } from '../../eventLog/columnChunk';
import { HISTORY_CHUNK, type HistoryLoader } from './historyLoader';
import type { HistoryRequest } from './historyWorker';

type WorkerMessage =
  | { readonly kind: 'chunk'; readonly chunk: ColumnChunk }
  | { readonly kind: 'done' }
  | { readonly kind: 'failed'; readonly message: string };

/** Loads history in a module worker (one per load; terminated when done, failed or aborted). */
export function workerHistoryLoader(databaseName: string, chunkSize = HISTORY_CHUNK): HistoryLoader {
  return (range, onChunk, signal) =>
    new Promise<void>((resolve, reject) => {
      const worker = new Worker(new URL('./historyWorker.ts', import.meta.url), { type: 'module' });
      const finish = (error?: Error) => {
        worker.terminate();
        signal?.removeEventListener('abort', abort);
        if (error) reject(error);
        else resolve();
      };
      const abort = () => finish(new DOMException('History loading was cancelled.', 'AbortError'));
      signal?.addEventListener('abort', abort);
      worker.onmessage = ({ data }: MessageEvent<WorkerMessage>) => {
        if (data.kind === 'chunk') onChunk(data.chunk);
        else if (data.kind === 'done') finish();
        else finish(new Error(data.message));
      };
      worker.onerror = (event) => finish(new Error(event.message || 'The history worker failed.'));
      const request: HistoryRequest = { databaseName, from: range.from, to: range.to, chunkSize };
      worker.postMessage(request);
    });
}
