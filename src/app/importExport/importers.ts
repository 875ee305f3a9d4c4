/**
 * Where an import runs: in a module worker in the browser (reading, validating and writing off the page's
 * thread), or on this thread where there are no workers (tests). Both resolve with the summary or reject with
 * ImportRefused, an AbortError (cancelled: nothing changed) or StorageError.
 */
import type { EventStore } from '../../eventStore/EventStore';
import type { ImportSummary } from '../../importExport/importNdjson';
import { summaryOfEnd } from './importOutcome';
import type { ImportWorkerMessage, ImportWorkerRequest } from './importWorker';
import { runImport, type ImportProgress } from './runImport';

export interface ImportRun {
  readonly onProgress?: (progress: ImportProgress) => void;
  /** Cancels the import; once the new log has committed it is too late, and the import resolves. */
  readonly signal?: AbortSignal;
}

export type Importer = (file: Blob, run?: ImportRun) => Promise<ImportSummary>;

/** Imports on this thread into a store opened for the import and closed after it. */
export function inThreadImporter(openStore: () => Promise<EventStore>): Importer {
  return async (file, run = {}) => {
    const store = await openStore();
    try {
      return await runImport(file, store, run);
    } finally {
      store.close();
    }
  };
}

/** Imports in a module worker that opens the database itself; one worker per import. */
export function workerImporter(databaseName: string): Importer {
  return (file, { onProgress, signal } = {}) =>
    new Promise<ImportSummary>((resolve, reject) => {
      const worker = new Worker(new URL('./importWorker.ts', import.meta.url), { type: 'module' });
      const send = (request: ImportWorkerRequest) => worker.postMessage(request);
      const cancel = () => send({ kind: 'cancel' });
      signal?.addEventListener('abort', cancel);
      worker.onmessage = ({ data }: MessageEvent<ImportWorkerMessage>) => {
        if (data.kind === 'progress') return onProgress?.(data.progress);
        signal?.removeEventListener('abort', cancel);
        worker.terminate();
        try {
          resolve(summaryOfEnd(data));
        } catch (error) {
          reject(error instanceof Error ? error : new Error(String(error)));
        }
      };
      worker.onerror = (event) => {
        signal?.removeEventListener('abort', cancel);
        worker.terminate();
        reject(new Error(event.message || 'The import worker failed; the ledger is unchanged.'));
      };
      send({ kind: 'start', file, databaseName });
      if (signal?.aborted === true) cancel();
    });
}
