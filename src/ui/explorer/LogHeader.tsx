import { flexRender, type HeaderGroup } from '@tanstack/react-table';
import type { LogOrder, SortKey } from '../../eventLog/logSelection';
import { SortButton } from '../tables/SortButton';
import { NUMERIC, SORTABLE, type LogRow, type logFeatures } from './logColumns';

interface LogHeaderProps {
  readonly groups: HeaderGroup<typeof logFeatures, LogRow>[];
  readonly order: LogOrder;
  readonly onSort: (by: SortKey) => void;
}

/**
 * The Event log's column headers, sticky above the rows. Position and Time sort: their header holds a
 * button (click or Enter/Space), and aria-sort says the order the list is in.
 */
export function LogHeader({ groups, order, onSort }: LogHeaderProps) {
  return (
    <div role="rowgroup" className="log-head">
      {groups.map((group) => (
        <div role="row" aria-rowindex={1} className="log-row" key={group.id}>
          {group.headers.map((header) => {
            const key = SORTABLE[header.column.id];
            const sorted = key === order.by ? order.direction : undefined;
            const label = flexRender(header.column.columnDef.header, header.getContext());
            return (
              <div
                role="columnheader"
                key={header.id}
                aria-sort={key ? (sorted ?? 'none') : undefined}
                className={NUMERIC.has(header.column.id) ? 'numeric' : undefined}
              >
                {key ? (
                  <SortButton direction={sorted} onSort={() => onSort(key)}>
                    {label}
                  </SortButton>
                ) : (
                  label
                )}
              </div>
            );
          })}
        </div>
      ))}
    </div>
  );
}
