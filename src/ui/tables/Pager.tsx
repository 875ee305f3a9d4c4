import { useState, type ReactNode } from 'react';

interface PagerProps {
  /** What is being paged, for the controls' accessible names, e.g. "Event log". */
  readonly label: string;
  readonly page: number;
  readonly pageCount: number;
  readonly total: number;
  readonly onPage: (page: number) => void;
  /** The names of the two buttons: towards page 0, and away from it. */
  readonly labels?: readonly [string, string];
}

/** Newer/older paging for long, newest-first tables. Page 0 holds the newest rows. */
export function Pager({ label, page, pageCount, total, onPage, labels = ['Newer', 'Older'] }: PagerProps) {
  if (pageCount <= 1) return null;
  return (
    <nav className="pager" aria-label={`${label} pages`}>
      <button type="button" onClick={() => onPage(page - 1)} disabled={page === 0}>
        {labels[0]}
      </button>
      <span>
        Page {page + 1} of {pageCount} ({total.toLocaleString('en-US')} rows)
      </span>
      <button type="button" onClick={() => onPage(page + 1)} disabled={page >= pageCount - 1}>
        {labels[1]}
      </button>
    </nav>
  );
}

export const PAGE_SIZE = 20;

/** The slice of a position-ordered list of `total` rows shown newest-first on `page`. */
export function newestFirstPage(
  total: number,
  page: number,
): { from: number; to: number; pageCount: number } {
  const pageCount = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const safePage = Math.min(Math.max(0, page), pageCount - 1);
  const to = total - safePage * PAGE_SIZE;
  return { from: Math.max(0, to - PAGE_SIZE), to, pageCount };
}

/**
 * Paging state for a newest-first table over `total` position-ordered rows: the bounds [from, to) of the
 * rows on the current page, and the pager to show under the table.
 */
export function useNewestFirstPaging(
  label: string,
  total: number,
): { from: number; to: number; pager: ReactNode } {
  const [chosen, setChosen] = useState(0);
  const { from, to, pageCount } = newestFirstPage(total, chosen);
  const pager = (
    <Pager
      label={label}
      page={Math.min(chosen, pageCount - 1)}
      pageCount={pageCount}
      total={total}
      onPage={setChosen}
    />
  );
  return { from, to, pager };
}

/**
 * Paging for a table in reading order (first rows first): the bounds [from, to) of the page shown. With
 * `focus` (the index of the row the time machine shows, or -1 for none), the page follows it until the
 * reader pages by hand; a new focus takes over again.
 */
export function usePaging(
  label: string,
  total: number,
  focus = -1,
): { from: number; to: number; pager: ReactNode } {
  const [chosen, setChosen] = useState({ page: 0, focus });
  const pageCount = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const wanted = chosen.focus === focus || focus < 0 ? chosen.page : Math.floor(focus / PAGE_SIZE);
  const page = Math.min(wanted, pageCount - 1);
  const pager = (
    <Pager
      label={label}
      page={page}
      pageCount={pageCount}
      total={total}
      onPage={(next) => setChosen({ page: next, focus })}
      labels={['Previous', 'Next']}
    />
  );
  return { from: page * PAGE_SIZE, to: Math.min(total, (page + 1) * PAGE_SIZE), pager };
}

/**
 * Keys the rows of a page by their slot on it (first, second, …), as a DataTable `rowKey`: a page whose rows
 * change, because the time machine moved or the order did, updates its rows in place instead of replacing
 * them. (Keys that follow the rows, such as their position, would make React move the row elements instead,
 * and the browser lays a moved element out again from scratch: a trace of two drags of the slider found
 * about 1,600 table cells re-created that way.)
 */
export const bySlot = (_row: unknown, slot: number): string => String(slot);
