import { useMemo, useState } from 'react';
import type { RowData } from '@tanstack/react-table';
import type { Columns } from './DataTable';

/** A table's order: by one column, either way. */
export interface TableSort {
  readonly column: string;
  readonly direction: 'ascending' | 'descending';
}

/** The props that make a DataTable's headers sort (see DataTable). */
export interface SortingProps {
  readonly sortable: readonly string[];
  readonly sort: TableSort | null;
  readonly onSort: (column: string) => void;
}

/** The order after a click on a column's header: that column ascending, or the other way if it already was. */
export function nextSort(sort: TableSort | null, column: string): TableSort {
  return sort?.column === column && sort.direction === 'ascending'
    ? { column, direction: 'descending' }
    : { column, direction: 'ascending' };
}

const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });

/** Compares two cell values: numbers as numbers, anything else as text (digits in text by value). */
export function compareValues(a: unknown, b: unknown): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return collator.compare(String(a ?? ''), String(b ?? ''));
}

/**
 * Sorts rows by one column's value (its `accessorFn`), stably: rows that compare equal keep the order they
 * came in. Returns the rows themselves when there is no order to apply.
 */
export function sortRows<Row extends RowData>(
  rows: readonly Row[],
  columns: Columns<Row>,
  sort: TableSort | null,
): readonly Row[] {
  const column = columns.find((candidate) => candidate.id === sort?.column);
  const value = column && 'accessorFn' in column ? column.accessorFn : undefined;
  if (!sort || !value) return rows;
  const sign = sort.direction === 'ascending' ? 1 : -1;
  const keyed = rows.map((row, index) => ({ row, index, key: value(row, index) }));
  keyed.sort((a, b) => sign * compareValues(a.key, b.key) || a.index - b.index);
  return keyed.map(({ row }) => row);
}

/**
 * Client-side sorting for a table whose parent holds all its rows (sorted before paging): the rows in the
 * chosen order, and the props that make the DataTable's headers sort. Until a header is clicked, the rows
 * keep the order they came in (`initial` says what that order is, for aria-sort).
 */
export function useSortedRows<Row extends RowData>(
  rows: readonly Row[],
  columns: Columns<Row>,
  sortable: readonly string[],
  initial: TableSort | null = null,
): { readonly rows: readonly Row[]; readonly sorting: SortingProps } {
  const [sort, setSort] = useState<TableSort | null>(null);
  const sorted = useMemo(() => sortRows(rows, columns, sort), [rows, columns, sort]);
  return {
    rows: sorted,
    sorting: {
      sortable,
      sort: sort ?? initial,
      onSort: (column) => setSort(nextSort(sort ?? initial, column)),
    },
  };
}
