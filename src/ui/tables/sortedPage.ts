import type { RowData } from '@tanstack/react-table';
import { useMemo, type ReactNode } from 'react';
import type { Columns } from './DataTable';
import { bySlot, usePaging } from './Pager';
import { useSortedRows, type SortingProps, type TableSort } from './sorting';

/**
 * A table's rows held in memory, sorted by the header chosen and then paged: the DataTable props for the
 * page on screen (its rows keyed by slot, the sorting, the pager).
 */
export function useSortedPage<Row extends RowData>(
  label: string,
  listed: readonly Row[],
  columns: Columns<Row>,
  sortable: readonly string[],
  initial: TableSort,
): {
  readonly rows: readonly Row[];
  readonly rowKey: (row: Row, index: number) => string;
  readonly sorting: SortingProps;
  readonly pager: ReactNode;
} {
  const { rows: all, sorting } = useSortedRows(listed, columns, sortable, initial);
  const { from, to, pager } = usePaging(label, all.length);
  const rows = useMemo(() => all.slice(from, to), [all, from, to]);
  return { rows, rowKey: bySlot, sorting, pager };
}
