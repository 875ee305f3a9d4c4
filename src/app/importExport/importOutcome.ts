/**
 * How an import ends, as a message that can cross from the import worker to the page (errors lose their
 * class on the way), and back into the error the caller would have got in-thread: ImportRefused for a file
 * that was refused, an AbortError for a cancel, StorageError for a storage failure, Error otherwise.
 */
import { isAbortError } from '../../eventStore/appendPlan';
import { isStorageError, StorageError } from '../../eventStore/errors';
import { ImportRefused, isImportRefused } from '../../importExport/ImportRefused';
import type { ImportSummary } from '../../importExport/importNdjson';

export type ImportEnd =
  | { readonly kind: 'done'; readonly summary: ImportSummary }
  | { readonly kind: 'refused'; readonly line: number; readonly reason: string }
  | { readonly kind: 'cancelled' }
  | { readonly kind: 'failed'; readonly message: string; readonly storage: boolean };

export function endOfError(error: unknown): Exclude<ImportEnd, { kind: 'done' }> {
  if (isImportRefused(error)) return { kind: 'refused', line: error.line, reason: error.reason };
  if (isAbortError(error)) return { kind: 'cancelled' };
  const message = error instanceof Error ? error.message : String(error);
  return { kind: 'failed', message, storage: isStorageError(error) };
}

/** The summary of a finished import, or throws the error the end stands for. */
export function summaryOfEnd(end: ImportEnd): ImportSummary {
  switch (end.kind) {
    case 'done':
      return end.summary;
    case 'refused':
      throw new ImportRefused(end.line, end.reason);
    case 'cancelled':
      throw new DOMException('The import was cancelled.', 'AbortError');
    case 'failed':
      throw end.storage ? new StorageError(end.message) : new Error(end.message);
  }
}
