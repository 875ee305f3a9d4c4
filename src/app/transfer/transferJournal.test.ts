import { describe, expect, it } from 'vitest';
import type { AccountId } from '../../domain/account';
import type { Cents } from '../../domain/money';
import { JOURNAL_ITEM_PREFIX, storedTransferJournal, type PendingTransfer } from './transferJournal';

/** The browser's Storage, in memory. */
function memoryStorage(): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    key: (index) => [...items.keys()][index] ?? null,
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, String(value)),
    removeItem: (key) => void items.delete(key),
    clear: () => items.clear(),
  };
}

const transfer = (withdrawalCommandId: string): PendingTransfer => ({
  withdrawalCommandId,
  from: 'ACC-001' as AccountId,
  to: 'ACC-002' as AccountId,
  amount: 500 as Cents,
  startedAt: 1_000,
});

describe('the transfer journal kept in the browser storage', () => {
  it('keeps each transfer in an item of its own until it is struck off', () => {
    const storage = memoryStorage();
    const journal = storedTransferJournal(storage);
    journal.note(transfer('one'));
    journal.note({ ...transfer('two'), actor: 'Grace' });
    // Another tab's journal over the same storage sees them too.
    expect(storedTransferJournal(storage).pending()).toEqual([
      transfer('one'),
      { ...transfer('two'), actor: 'Grace' },
    ]);
    journal.strike('one');
    expect(journal.pending().map((entry) => entry.withdrawalCommandId)).toEqual(['two']);
  });

  it('reads what is stored as data: anything but a well-formed transfer is left out', () => {
    const storage = memoryStorage();
    const key = (id: string) => JOURNAL_ITEM_PREFIX + id;
    storage.setItem(key('not-json'), '{');
    storage.setItem(key('bad-account'), JSON.stringify({ ...transfer('bad-account'), to: 'acc 2' }));
    storage.setItem(key('bad-amount'), JSON.stringify({ ...transfer('bad-amount'), amount: 1.5 }));
    storage.setItem(key('other-key'), JSON.stringify(transfer('another-id')));
    storage.setItem('unrelated', JSON.stringify(transfer('unrelated')));
    storage.setItem(key('to-itself'), JSON.stringify({ ...transfer('to-itself'), to: 'ACC-001' }));
    storage.setItem(key('good'), JSON.stringify(transfer('good')));
    expect(storedTransferJournal(storage).pending()).toEqual([transfer('good')]);
  });
});
