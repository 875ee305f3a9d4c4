import type { RowData } from '@tanstack/react-table';
import { formatMoney } from '../format';
import type { Columns } from './DataTable';
import { JumpButton } from './JumpButton';
import { TimeCell } from './TimeCell';

type Column<Row extends RowData> = Columns<Row>[number];

/** Cents shown as money ("1,300.00"); sorts and aligns as the number it is. */
export function moneyColumn<Row extends RowData>(
  id: string,
  header: string,
  cents: (row: Row) => number,
): Column<Row> {
  return { id, header, accessorFn: cents, cell: (info) => formatMoney(cents(info.row.original)) };
}

/** The event's position, as a button that takes the time machine there (see `JumpButton` for `inGrid`). */
export function jumpColumn<Row extends RowData & { readonly position: number }>(
  header = 'Position',
  { inGrid = false } = {},
): Column<Row> {
  return {
    id: 'position',
    header,
    accessorFn: (row) => row.position,
    cell: (info) => <JumpButton position={info.row.original.position} inGrid={inGrid} />,
  };
}

/** A recorded instant: relative, with the exact time on hover. */
export function timeColumn<Row extends RowData>(
  id: string,
  header: string,
  milliseconds: (row: Row) => number,
): Column<Row> {
  return {
    id,
    header,
    accessorFn: milliseconds,
    cell: (info) => <TimeCell milliseconds={milliseconds(info.row.original)} />,
  };
}
