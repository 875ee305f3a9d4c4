/// <reference lib="webworker" />
// The import worker: reads, validates and writes an import file off the page's thread, so that a million
// events never freeze it. Messages in: {kind: 'start', file, databaseName}, then maybe {kind: 'cancel'};
// out: {kind: 'progress', progress} while working, then one ImportEnd (done, refused, cancelled, failed).
import { openDexieEventStore } from '../../eventStore/dexie/dexieEventStore';
import type { EventStore } from '../../eventStore/EventStore';
import { endOfError, type ImportEnd } from './importOutcome';
import { runImport, type ImportProgress } from './runImport';

export type ImportWorkerRequest =
  | { readonly kind: 'start'; readonly file: Blob; readonly databaseName: string }
  | { readonly kind: 'cancel' };

export type ImportWorkerMessage =
  { readonly kind: 'progress'; readonly progress: ImportProgress } | ImportEnd;

const scope = self as unknown as DedicatedWorkerGlobalScope;
const cancel = new AbortController();
const post = (message: ImportWorkerMessage) => scope.postMessage(message);

scope.onmessage = async ({ data }: MessageEvent<ImportWorkerRequest>) => {
  if (data.kind === 'cancel') return cancel.abort();
  let store: EventStore | undefined;
  try {
    store = await openDexieEventStore({ databaseName: data.databaseName });
    const summary = await runImport(data.file, store, {
      signal: cancel.signal,
      onProgress: (progress) => post({ kind: 'progress', progress }),
    });
    post({ kind: 'done', summary });
  } catch (error) {
    post(endOfError(error));
  } finally {
    store?.close();
  }
};
