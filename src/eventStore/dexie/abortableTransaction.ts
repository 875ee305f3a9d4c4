import type { Table } from 'dexie';
import { abortError } from '../appendPlan';
import type { LedgerDatabase } from './schema';

/**
 * A readwrite transaction that an AbortSignal can abort. The scope calls `checkSignal()` between its
 * writes; an aborted signal throws inside the transaction, so nothing is written, and the caller gets a real
 * `DOMException('…', 'AbortError')`. (Dexie would wrap a DOMException thrown in the scope in its own error
 * type, so a private marker is thrown inside and the AbortError is made outside.)
 */
export async function abortableTransaction<Result>(
  db: LedgerDatabase,
  tables: readonly Table[],
  signal: AbortSignal | undefined,
  scope: (checkSignal: () => void) => Promise<Result>,
): Promise<Result> {
  const checkSignal = () => {
    if (signal?.aborted === true) throw new AbortedInTransaction();
  };
  try {
    return await db.transaction('rw', tables as Table[], () => scope(checkSignal));
  } catch (error) {
    // Rethrown from a native promise: a Dexie promise would wrap the DOMException too.
    throw error instanceof AbortedInTransaction ? abortError() : error;
  }
}

class AbortedInTransaction extends Error {
  override readonly name = 'AbortedInTransaction';
}
