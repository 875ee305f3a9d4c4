import type { Cell, CellContext, RowData, TableFeatures } from '@tanstack/react-table';
import { cell_getContext } from '@tanstack/react-table/static-functions';
import type { ReactNode } from 'react';

/**
 * What a body cell shows: its column's `cell` template called with the cell's context, or the template
 * itself when it is text. A plain call, on purpose: `flexRender` mounts a function as a component of its
 * own (a fiber and a copy of the props for every cell), and the cell prototype's `getContext` makes a memo
 * for every cell; with the tables redrawn at each step of the time-travel slider, those two were the
 * largest share of what a drag allocated. The contract that follows: a column's `cell` is a pure function
 * of its context (no hooks); anything with state goes in a component it returns.
 */
export function renderCell<Features extends TableFeatures, Row extends RowData>(
  cell: Cell<Features, Row, unknown>,
): ReactNode {
  const template = cell.column.columnDef.cell;
  if (typeof template !== 'function') return template;
  // The static context is the one `cell.getContext()` memoizes; only its `getValue` is typed less generically.
  return template(cell_getContext(cell) as CellContext<Features, Row, unknown>) as ReactNode;
}
