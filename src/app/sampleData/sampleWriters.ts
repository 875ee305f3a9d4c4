import type { ColumnChunk } from '../../eventLog/columnChunk';
import type { EventStore } from '../../eventStore/EventStore';
import type { SampleLedgerOptions } from '../../sampleData/generateLedger';
import { writeSampleLedger, type SampleWriteOptions } from '../../sampleData/writeSampleLedger';
import type { SampleWorkerRequest } from './sampleDataWorker';

/** Writes a sample ledger somewhere (this thread or a worker), reporting each committed batch. */
export type SampleWriter = (ledger: SampleLedgerOptions, options: SampleWriteOptions) => Promise<number>;

export const inThreadSampleWriter =
  (store: EventStore): SampleWriter =>
  (ledger, options) =>
    writeSampleLedger(store, ledger, options);

type WorkerMessage =
  | { readonly kind: 'batch'; readonly written: number; readonly chunk: ColumnChunk }
  | { readonly kind: 'done'; readonly written: number }
  | { readonly kind: 'failed'; readonly message: string };

/** Generates in a module worker, so that the page stays responsive; `signal` asks it to stop. */
export function workerSampleWriter(databaseName: string): SampleWriter {
  return (ledger, options) =>
    new Promise<number>((resolve, reject) => {
      const worker = new Worker(new URL('./sampleDataWorker.ts', import.meta.url), { type: 'module' });
      const send = (request: SampleWorkerRequest) => worker.postMessage(request);
      const stop = () => send({ kind: 'stop' });
      options.signal?.addEventListener('abort', stop);
      const finish = () => {
        options.signal?.removeEventListener('abort', stop);
        worker.terminate();
      };
      worker.onmessage = ({ data }: MessageEvent<WorkerMessage>) => {
        if (data.kind === 'batch') return options.onBatch(data.written, data.chunk);
        finish();
        if (data.kind === 'done') resolve(data.written);
        else reject(new Error(data.message));
      };
      worker.onerror = (event) => {
        finish();
        reject(new Error(event.message || 'The sample-data worker failed.'));
      };
      send({ kind: 'start', databaseName, ledger });
    });
}
