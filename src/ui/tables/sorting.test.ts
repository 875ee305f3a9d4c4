import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Columns } from './DataTable';
import { compareValues, nextSort, sortRows } from './sorting';

interface Account {
  readonly id: string;
  readonly balance: number;
}

const columns: Columns<Account> = [
  { id: 'id', header: 'Account', accessorFn: (row) => row.id },
  { id: 'balance', header: 'Balance', accessorFn: (row) => row.balance },
  { id: 'note', header: 'Note', cell: () => '' },
];

const accounts: Account[] = [
  { id: 'ACC-010', balance: 5 },
  { id: 'ACC-2', balance: -7 },
  { id: 'acc-1', balance: 5 },
];

describe('table sorting', () => {
  it('turns a column around on a second click, and starts a new column ascending', () => {
    const byId = nextSort(null, 'id');
    expect(byId).toEqual({ column: 'id', direction: 'ascending' });
    expect(nextSort(byId, 'id')).toEqual({ column: 'id', direction: 'descending' });
    expect(nextSort(nextSort(byId, 'id'), 'id')).toEqual(byId);
    expect(nextSort(byId, 'balance')).toEqual({ column: 'balance', direction: 'ascending' });
  });

  it('compares numbers as numbers and text with its digits by value, ignoring case', () => {
    expect(compareValues(-7, 5)).toBeLessThan(0);
    expect(compareValues('ACC-2', 'ACC-010')).toBeLessThan(0);
    expect(compareValues('acc-1', 'ACC-1')).toBe(0);
  });

  it('sorts by a column both ways, keeping ties in the order they came', () => {
    const ids = (rows: readonly Account[]) => rows.map((row) => row.id);
    expect(ids(sortRows(accounts, columns, { column: 'id', direction: 'ascending' }))).toEqual([
      'acc-1',
      'ACC-2',
      'ACC-010',
    ]);
    expect(ids(sortRows(accounts, columns, { column: 'balance', direction: 'descending' }))).toEqual([
      'ACC-010',
      'acc-1',
      'ACC-2',
    ]);
  });

  it('leaves the rows as they are without an order, or for a column without values', () => {
    expect(sortRows(accounts, columns, null)).toBe(accounts);
    expect(sortRows(accounts, columns, { column: 'note', direction: 'ascending' })).toBe(accounts);
  });

  it('orders any balances, each way the reverse of the other apart from ties', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -50, max: 50 })), (balances) => {
        const rows = balances.map((balance, index) => ({ id: `A${index}`, balance }));
        const up = sortRows(rows, columns, { column: 'balance', direction: 'ascending' });
        const down = sortRows(rows, columns, { column: 'balance', direction: 'descending' });
        expect(up.map((row) => row.balance)).toEqual([...balances].sort((a, b) => a - b));
        expect(down.map((row) => row.balance)).toEqual([...balances].sort((a, b) => b - a));
        expect([...up].sort((a, b) => a.id.localeCompare(b.id))).toEqual(
          rows.toSorted((a, b) => a.id.localeCompare(b.id)),
        );
      }),
    );
  });
});
