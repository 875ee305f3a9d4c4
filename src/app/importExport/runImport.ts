/**
 * Importing a file into a store, wherever it runs (the import worker, or this thread without workers):
 * the size limit is checked before a byte is read, the text is streamed through the validator, and only a
 * file that passes completely replaces the log (importNdjson), holding the log's lock alone (`logLock`: it
 * waits for any transfer under way to finish). Progress while checking counts bytes of the file; while
 * writing, events written.
 */
import type { EventStore } from '../../eventStore/EventStore';
import { ImportRefused } from '../../importExport/ImportRefused';
import { IMPORT_LIMITS, limitMessages, type ImportLimits } from '../../importExport/importLimits';
import { importNdjson, type ImportPhase, type ImportSummary } from '../../importExport/importNdjson';
import { logLock } from '../logLock';
import { fileTextChunks } from './fileText';

export interface ImportProgress {
  readonly phase: ImportPhase;
  /** Bytes read while checking, events written while writing. */
  readonly done: number;
  readonly total: number;
}

export interface RunImportOptions {
  readonly onProgress?: (progress: ImportProgress) => void;
  readonly signal?: AbortSignal;
  readonly limits?: ImportLimits;
}

export async function runImport(
  file: Blob,
  store: EventStore,
  { onProgress, signal, limits = IMPORT_LIMITS }: RunImportOptions = {},
): Promise<ImportSummary> {
  if (file.size > limits.maxFileBytes) throw new ImportRefused(0, limitMessages.fileSize(file.size, limits));
  let bytesRead = 0;
  const chunks = fileTextChunks(file, (bytes) => (bytesRead = bytes));
  const replacing: Pick<EventStore, 'replaceLog'> = {
    replaceLog: (events, options) => logLock.whileReplacing(() => store.replaceLog(events, options), signal),
  };
  return importNdjson(chunks, replacing, {
    limits,
    ...(signal && { signal }),
    ...(onProgress && {
      onProgress: (phase, done, total) =>
        onProgress(
          phase === 'checking' ? { phase, done: bytesRead, total: file.size } : { phase, done, total },
        ),
    }),
  });
}
