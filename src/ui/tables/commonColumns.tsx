import type { RowData } from '@tanstack/react-table';
import type { Columns } from './DataTable';
import { JumpButton } from './JumpButton';
import { TimeCell } from './TimeCell';

type Column<Row extends RowData> = Columns<Row>[number];

/** The "Position" column: each event's position as its "Jump to event N" button. */
export function positionColumn<Row extends { readonly position: number }>(): Column<Row> {
  return {
    id: 'position',
    header: 'Position',
    accessorFn: (row) => row.position,
    cell: (info) => <JumpButton position={info.row.original.position} />,
  };
}

/** A column of recorded instants (ms since the epoch), told relative to now with the exact time on hover. */
export function timeColumn<Row extends RowData>(
  id: string,
  header: string,
  time: (row: Row) => number,
): Column<Row> {
  return {
    id,
    header,
    accessorFn: time,
    cell: (info) => <TimeCell milliseconds={time(info.row.original)} />,
  };
}
