import { isAbortError } from '../appendPlan';
import { isCommandAlreadyRefused } from '../commandErrors';
import { isConcurrencyError, isStorageError, StorageError } from '../errors';

/**
 * Runs `work` and reports any Dexie/IndexedDB failure as StorageError. The store's own answers
 * (ConcurrencyError, CommandAlreadyRefusedError) and a batch's AbortError pass through unchanged.
 */
export async function asStorageErrors<T>(what: string, work: () => PromiseLike<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (
      isConcurrencyError(error) ||
      isCommandAlreadyRefused(error) ||
      isStorageError(error) ||
      isAbortError(error)
    ) {
      throw error;
    }
    throw new StorageError(`${what} failed: ${describe(error)}`, error);
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}
