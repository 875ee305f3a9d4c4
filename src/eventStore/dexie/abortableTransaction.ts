import { abortError } from '../appendPlan';

/**
 * Aborting a readwrite transaction with an AbortSignal. Inside the scope, the check throws a private marker
 * (Dexie would wrap a DOMException thrown there in its own error type), which aborts the transaction so that
 * nothing is written; `abortable` turns the marker into a real `DOMException('…', 'AbortError')` outside.
 * The scope itself must still be passed straight to `db.transaction`, which tracks its awaits.
 */
export function signalCheck(signal: AbortSignal | undefined): () => void {
  return () => {
    if (signal?.aborted === true) throw new AbortedInTransaction();
  };
}

export async function abortable<Result>(transaction: Promise<Result>): Promise<Result> {
  try {
    return await transaction;
  } catch (error) {
    // Rethrown from a native promise: a Dexie promise would wrap the DOMException too.
    throw error instanceof AbortedInTransaction ? abortError() : error;
  }
}

class AbortedInTransaction extends Error {
  override readonly name = 'AbortedInTransaction';
}
