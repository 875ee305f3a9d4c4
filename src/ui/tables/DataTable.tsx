import { tableFeatures, useTable, type ColumnDef, type RowData } from '@tanstack/react-table';
import type { ReactNode } from 'react';

const features = tableFeatures({});

export type Columns<Row extends RowData> = ColumnDef<typeof features, Row>[];

interface DataTableProps<Row extends RowData> {
  /** The table's accessible name, shown as its caption. */
  readonly label: string;
  readonly columns: Columns<Row>;
  readonly rows: readonly Row[];
  readonly rowKey: (row: Row) => string;
  /** Column ids whose cells are numbers: right-aligned with tabular figures. */
  readonly numeric?: readonly string[];
  /** Shown instead of the body when there are no rows: say what to do. */
  readonly empty: string;
  /** Controls under the table, such as paging. */
  readonly footer?: ReactNode;
  /** Marks rows: the current one (highlighted, scrolled into view, aria-current) and future ones (dimmed). */
  readonly rowState?: (row: Row) => 'current' | 'future' | undefined;
}

/**
 * Scrolls the current row into view when it changes, without stealing focus: after the frame is drawn, so
 * that the layout it needs does not lengthen the frame that shows the new position.
 */
const scrollIntoView = (element: HTMLTableRowElement | null) => {
  if (element)
    requestAnimationFrame(() => element.isConnected && element.scrollIntoView({ block: 'nearest' }));
};

/** A plain, accessible table rendered by TanStack Table: caption, column headers, one row per item. */
export function DataTable<Row extends RowData>({
  label,
  columns,
  rows,
  rowKey,
  numeric = [],
  empty,
  footer,
  rowState,
}: DataTableProps<Row>) {
  const table = useTable({ features, columns, data: rows as Row[], getRowId: rowKey });
  const alignment = (columnId: string) => (numeric.includes(columnId) ? 'numeric' : undefined);
  return (
    <section className="data-table">
      <div className="table-scroll">
        <table>
          <caption>{label}</caption>
          <thead>
            {table.getHeaderGroups().map((group) => (
              <tr key={group.id}>
                {group.headers.map((header) => (
                  <th key={header.id} scope="col" className={alignment(header.column.id)}>
                    <table.FlexRender header={header} />
                  </th>
                ))}
              </tr>
            ))}
          </thead>
          <tbody>
            {table.getRowModel().rows.map((row) => (
              <tr
                key={row.id}
                className={rowState?.(row.original)}
                aria-current={rowState?.(row.original) === 'current' ? 'true' : undefined}
                ref={rowState?.(row.original) === 'current' ? scrollIntoView : undefined}
              >
                {row.getAllCells().map((cell) => (
                  <td key={cell.id} className={alignment(cell.column.id)}>
                    <table.FlexRender cell={cell} />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {rows.length === 0 && <p className="empty-state">{empty}</p>}
      {footer}
    </section>
  );
}
