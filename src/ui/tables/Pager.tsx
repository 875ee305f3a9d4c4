interface PagerProps {
  /** What is being paged, for the controls' accessible names, e.g. "Event log". */
  readonly label: string;
  readonly page: number;
  readonly pageCount: number;
  readonly total: number;
  readonly onPage: (page: number) => void;
}

/** Newer/older paging for long, newest-first tables. Page 0 holds the newest rows. */
export function Pager({ label, page, pageCount, total, onPage }: PagerProps) {
  if (pageCount <= 1) return null;
  return (
    <nav className="pager" aria-label={`${label} pages`}>
      <button type="button" onClick={() => onPage(page - 1)} disabled={page === 0}>
        Newer
      </button>
      <span>
        Page {page + 1} of {pageCount} ({total.toLocaleString('en-US')} rows)
      </span>
      <button type="button" onClick={() => onPage(page + 1)} disabled={page >= pageCount - 1}>
        Older
      </button>
    </nav>
  );
}

export const PAGE_SIZE = 50;

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
