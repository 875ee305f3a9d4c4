// @vitest-environment happy-dom
// The Event log grid's contract with assistive technology (WAI-ARIA grid pattern, focus kept on the grid):
// the grid's aria-activedescendant names the selected row while it is in the page, that row alone has
// aria-selected="true", and as only some rows are in the page the grid counts them all (aria-rowcount) and
// every row says where it stands (aria-rowindex). Row ids derive from the event's position.
import { act, useState } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { LedgerSession } from '../../app/ledgerSession';
import { NEWEST_FIRST } from '../../eventLog/logSelection';
import { SessionProvider } from '../SessionContext';
import { NowProvider } from '../tables/useNow';
import type { LogRow } from './logColumns';
import { VirtualLogTable } from './VirtualLogTable';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

/** A log of COUNT events shown newest first: the row at list index i is the event at COUNT - i. */
const COUNT = 1_000;
const rowsAt = (indexes: readonly number[]): LogRow[] =>
  indexes.map((index) => ({
    index,
    position: COUNT - index,
    streamId: 'account-ACC-001',
    version: COUNT - index,
    type: 'MoneyDeposited',
    data: '{"amount":100}',
    recordedAt: Date.UTC(2025, 0, 1),
  }));

const onSelect = vi.fn();

function Harness({ initialSelection }: { readonly initialSelection: number }) {
  const [selectedIndex, setSelectedIndex] = useState(initialSelection);
  return (
    <VirtualLogTable
      labelledBy="title"
      describedBy="keys"
      count={COUNT}
      listKey="all"
      rowsAt={rowsAt}
      order={NEWEST_FIRST}
      onSort={() => undefined}
      position={COUNT}
      currentIndex={0}
      selectedIndex={selectedIndex}
      onSelect={(index, open) => {
        onSelect(index, open);
        setSelectedIndex(index);
      }}
      busy={false}
    />
  );
}

let root: Root;
let container: HTMLElement;

async function show(initialSelection = -1) {
  await act(async () =>
    root.render(
      <SessionProvider value={{ seek: () => undefined } as unknown as LedgerSession}>
        <NowProvider>
          <Harness initialSelection={initialSelection} />
        </NowProvider>
      </SessionProvider>,
    ),
  );
}

beforeEach(() => {
  // happy-dom lays nothing out: give the scroller the boxes a browser would (12 rows and the header).
  vi.spyOn(HTMLElement.prototype, 'offsetHeight', 'get').mockReturnValue(420);
  vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(420);
  vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(800);
  onSelect.mockClear();
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
});

afterEach(() => {
  act(() => root.unmount());
  container.remove();
  vi.restoreAllMocks();
});

const grid = (): HTMLElement => {
  const found = container.querySelector<HTMLElement>('[role="grid"]');
  if (!found) throw new Error('No grid in the page.');
  return found;
};
const dataRows = () => [...container.querySelectorAll<HTMLElement>('[role="row"]:not([aria-rowindex="1"])')];
const rowOf = (position: number) =>
  dataRows().find((row) => row.querySelector('[role="gridcell"]')?.textContent === String(position));
const selectedRows = () => dataRows().filter((row) => row.getAttribute('aria-selected') === 'true');
const activeRow = () => {
  const id = grid().getAttribute('aria-activedescendant');
  return id === null ? null : document.getElementById(id);
};
const press = (key: string) =>
  act(() => {
    grid().dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
  });

describe('VirtualLogTable', () => {
  it('is a focusable grid that counts every row, though only those on screen are in the page', async () => {
    await show();
    expect(grid().tabIndex).toBe(0);
    expect(grid().getAttribute('aria-labelledby')).toBe('title');
    expect(grid().getAttribute('aria-rowcount')).toBe(String(COUNT + 1));
    const rows = dataRows();
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.length).toBeLessThan(30);
    // The header row is row 1: the event at list index i is row i + 2.
    for (const row of rows) {
      const position = Number(row.querySelector('[role="gridcell"]')?.textContent);
      expect(row.getAttribute('aria-rowindex')).toBe(String(COUNT - position + 2));
    }
  });

  it('names no active row and selects none until an event is chosen', async () => {
    await show();
    expect(grid().hasAttribute('aria-activedescendant')).toBe(false);
    expect(dataRows().every((row) => row.getAttribute('aria-selected') === 'false')).toBe(true);
  });

  it('gives rows distinct ids derived from their event position', async () => {
    await show();
    const ids = dataRows().map((row) => row.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(rowOf(COUNT)?.id).toMatch(new RegExp(`-event-${COUNT}$`));
    expect(rowOf(COUNT - 1)?.id).toMatch(new RegExp(`-event-${COUNT - 1}$`));
  });

  it('ArrowDown selects the next event, and the grid names its row as the active descendant', async () => {
    await show();
    await press('ArrowDown');
    expect(onSelect).toHaveBeenLastCalledWith(0, false);
    expect(activeRow()).toBe(rowOf(COUNT));
    expect(selectedRows()).toEqual([rowOf(COUNT)]);

    await press('ArrowDown');
    expect(activeRow()).toBe(rowOf(COUNT - 1));
    expect(selectedRows()).toEqual([rowOf(COUNT - 1)]);
    expect(rowOf(COUNT)?.getAttribute('aria-selected')).toBe('false');

    await press('ArrowUp');
    expect(activeRow()).toBe(rowOf(COUNT));
  });

  it('End brings the last event into the page and names it', async () => {
    await show();
    await press('End');
    expect(onSelect).toHaveBeenLastCalledWith(COUNT - 1, false);
    expect(activeRow()).toBe(rowOf(1));
    expect(rowOf(1)?.getAttribute('aria-rowindex')).toBe(String(COUNT + 1));
    expect(selectedRows()).toEqual([rowOf(1)]);
  });

  it('names no row while the selected one is out of the page', async () => {
    await show(500);
    expect(rowOf(COUNT - 500)).toBeUndefined();
    expect(grid().hasAttribute('aria-activedescendant')).toBe(false);
    expect(selectedRows()).toEqual([]);
  });

  it('Enter shows the selected event, which stays the active descendant', async () => {
    await show();
    await press('ArrowDown');
    await press('Enter');
    expect(onSelect).toHaveBeenLastCalledWith(0, true);
    expect(activeRow()).toBe(rowOf(COUNT));
  });
});
