import { flexRender, tableFeatures, useTable, type ColumnDef, type RowData } from '@tanstack/react-table';
import type { ReactNode } from 'react';
import { renderCell } from './renderCell';
import { SortButton } from './SortButton';
import type { SortingProps } from './sorting';
import './tables.css';

const features = tableFeatures({});

/**
 * A table's columns. A column's `cell` is text or a plain function of its context, called as such (see
 * `renderCell`): no hooks in it, and no memo or forwardRef component; it may return components that have.
 */
export type Columns<Row extends RowData> = ColumnDef<typeof features, Row>[];

interface DataTableProps<Row extends RowData> {
  /** The table's accessible name, shown as its caption. */
  readonly label: string;
  readonly columns: Columns<Row>;
  readonly rows: readonly Row[];
  /** A row's React key, from the row and its index on the page (`bySlot` keys by the index). */
  readonly rowKey: (row: Row, index: number) => string;
  /** Column ids whose cells are numbers: right-aligned with tabular figures. */
  readonly numeric?: readonly string[];
  /** Shown under the header, in the table's box, when there are no rows: say what to do. */
  readonly empty: string;
  /**
   * The table's pager (`Pager`, which draws nothing while there is one page); its place is kept. A paged
   * table is steady (below).
   */
  readonly pager?: ReactNode;
  /**
   * Whether the table keeps one height whatever it holds (its box at full height): for a table whose rows
   * come and go as the time machine moves, so that nothing below it on the page moves with them. A
   * teacher's page stays put, and a frame of a slider drag repaints the table only, not the page under it.
   * Paged tables always are.
   */
  readonly steady?: boolean;
  /** Marks rows: the current one (highlighted, scrolled into view, aria-current) and future ones (dimmed). */
  readonly rowState?: (row: Row) => 'current' | 'future' | undefined;
  /**
   * Sortable columns: their headers become buttons (mouse and keyboard) and carry aria-sort. The parent
   * orders the rows (all of them, before paging): `useSortedRows` does it for rows held in memory.
   */
  readonly sorting?: SortingProps;
}

/**
 * Scrolls the current row into view within the table's own box (never the page), after the frame that
 * shows it has been drawn: the layout is clean then, so reading it costs nothing, and a frame of the
 * time-travel slider never waits for it.
 */
const revealInBox = (row: HTMLTableRowElement | null) => {
  if (!row) return;
  requestAnimationFrame(() =>
    setTimeout(() => {
      const box = row.closest('.table-scroll');
      if (!row.isConnected || !box) return;
      const header = row.closest('table')?.tHead?.getBoundingClientRect().height ?? 0;
      const [shown, wanted] = [box.getBoundingClientRect(), row.getBoundingClientRect()];
      if (wanted.top < shown.top + header) box.scrollTop -= shown.top + header - wanted.top;
      else if (wanted.bottom > shown.bottom) box.scrollTop += wanted.bottom - shown.bottom;
    }),
  );
};

/**
 * An accessible table rendered by TanStack Table: caption, column headers (sticky, sortable when asked),
 * one row per item, in a box of its own height that scrolls.
 */
export function DataTable<Row extends RowData>({
  label,
  columns,
  rows,
  rowKey,
  numeric = [],
  empty,
  pager,
  steady = pager !== undefined,
  rowState,
  sorting,
}: DataTableProps<Row>) {
  const table = useTable({ features, columns, data: rows as Row[], getRowId: rowKey });
  const alignment = (columnId: string) => (numeric.includes(columnId) ? 'numeric' : undefined);
  return (
    <section className={steady ? 'data-table steady' : 'data-table'}>
      <div className="table-scroll">
        <table>
          <caption>{label}</caption>
          <thead>
            {table.getHeaderGroups().map((group) => (
              <tr key={group.id}>
                {group.headers.map((header) => {
                  const id = header.column.id;
                  const sortable = sorting?.sortable.includes(id);
                  const direction = sorting?.sort?.column === id ? sorting.sort.direction : undefined;
                  return (
                    <th
                      key={header.id}
                      scope="col"
                      className={alignment(id)}
                      aria-sort={sortable ? (direction ?? 'none') : undefined}
                    >
                      {sortable ? (
                        <SortButton direction={direction} onSort={() => sorting?.onSort(id)}>
                          {flexRender(header.column.columnDef.header, header.getContext())}
                        </SortButton>
                      ) : (
                        flexRender(header.column.columnDef.header, header.getContext())
                      )}
                    </th>
                  );
                })}
              </tr>
            ))}
          </thead>
          <tbody>
            {table.getRowModel().rows.map((row) => {
              const state = rowState?.(row.original);
              return (
                <tr
                  key={row.id}
                  className={state}
                  aria-current={state === 'current' ? 'true' : undefined}
                  ref={state === 'current' ? revealInBox : undefined}
                >
                  {row.getAllCells().map((cell) => (
                    <td key={cell.id} className={alignment(cell.column.id)}>
                      {renderCell(cell)}
                    </td>
                  ))}
                </tr>
              );
            })}
          </tbody>
        </table>
        {rows.length === 0 && <p className="empty-state">{empty}</p>}
      </div>
      {pager !== undefined && <div className="pager-place">{pager}</div>}
    </section>
  );
}
