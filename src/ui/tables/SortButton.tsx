import type { ReactNode } from 'react';
import './tables.css';

const ARROWS = { ascending: ' ▲', descending: ' ▼' } as const;

/**
 * A sortable column's header button (mouse, Enter or Space): the header's own text, and an arrow that shows
 * the order (hidden from assistive technology: the header's aria-sort says it).
 */
export function SortButton({
  direction,
  onSort,
  children,
}: {
  readonly direction: 'ascending' | 'descending' | undefined;
  readonly onSort: () => void;
  readonly children: ReactNode;
}) {
  return (
    <button type="button" className="sort-button" onClick={onSort}>
      {children}
      <span aria-hidden="true">{direction ? ARROWS[direction] : ' ↕'}</span>
    </button>
  );
}
