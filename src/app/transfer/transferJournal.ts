import { parseAccountId, type AccountId } from '../../domain/account';
import type { Cents } from '../../domain/money';

/** A transfer that was started and has not been seen to finish: its withdrawal may stand alone. */
export interface PendingTransfer {
  readonly withdrawalCommandId: string;
  readonly from: AccountId;
  readonly to: AccountId;
  readonly amount: Cents;
  readonly actor?: string;
  /** When it was started (ms since the epoch), by the session's clock. */
  readonly startedAt: number;
}

/**
 * Where transfers are noted before their withdrawal is issued and struck off once they have finished, so
 * that one interrupted in between (its tab closed) can be finished later, by this tab or another.
 */
export interface TransferJournal {
  note(transfer: PendingTransfer): void;
  strike(withdrawalCommandId: string): void;
  pending(): PendingTransfer[];
}

export function inMemoryTransferJournal(): TransferJournal {
  const entries = new Map<string, PendingTransfer>();
  return {
    note: (transfer) => void entries.set(transfer.withdrawalCommandId, transfer),
    strike: (id) => void entries.delete(id),
    pending: () => [...entries.values()],
  };
}

/** The storage items of the journal: this prefix and the withdrawal's command id. */
export const JOURNAL_ITEM_PREFIX = 'chronoledger.pendingTransfer.';

/**
 * Kept in the browser's storage, one item per transfer (tabs never rewrite each other's items). What is
 * there is read as data: an item that is not a well-formed transfer is dropped.
 */
export function storedTransferJournal(storage: Storage): TransferJournal {
  const attempt = (write: () => void) => {
    try {
      write();
    } catch {
      // Storage full or blocked: the transfer still runs; only, if its tab closes half-way, nothing here
      // says so, and the withdrawal stands alone (the audit trail shows it as a chain without a deposit).
    }
  };
  return {
    note: (transfer) =>
      attempt(() =>
        storage.setItem(JOURNAL_ITEM_PREFIX + transfer.withdrawalCommandId, JSON.stringify(transfer)),
      ),
    strike: (id) => attempt(() => storage.removeItem(JOURNAL_ITEM_PREFIX + id)),
    pending() {
      const found: PendingTransfer[] = [];
      for (let index = 0; index < storage.length; index++) {
        const key = storage.key(index);
        if (!key?.startsWith(JOURNAL_ITEM_PREFIX)) continue;
        const transfer = readTransfer(storage.getItem(key));
        if (transfer && JOURNAL_ITEM_PREFIX + transfer.withdrawalCommandId === key) found.push(transfer);
      }
      return found;
    },
  };
}

function readTransfer(text: string | null): PendingTransfer | undefined {
  try {
    const value: unknown = JSON.parse(text ?? 'null');
    if (typeof value !== 'object' || value === null) return undefined;
    const { withdrawalCommandId, from, to, amount, actor, startedAt } = value as Record<string, unknown>;
    const isAccount = (id: unknown): id is AccountId => typeof id === 'string' && parseAccountId(id) === id;
    if (
      typeof withdrawalCommandId !== 'string' ||
      !isAccount(from) ||
      !isAccount(to) ||
      from === to ||
      !Number.isSafeInteger(amount) ||
      (amount as number) <= 0 ||
      typeof startedAt !== 'number' ||
      (actor !== undefined && typeof actor !== 'string')
    )
      return undefined;
    return {
      withdrawalCommandId,
      from,
      to,
      amount: amount as Cents,
      startedAt,
      ...(typeof actor === 'string' && { actor }),
    };
  } catch {
    // Not JSON, or not an account id: not a transfer of ours.
    return undefined;
  }
}
