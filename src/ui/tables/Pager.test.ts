import { describe, expect, it } from 'vitest';
import { newestFirstPage, PAGE_SIZE } from './Pager';

/** Two full pages and a partial one. */
const TOTAL = 2 * PAGE_SIZE + 7;

describe('newestFirstPage', () => {
  it('shows the newest rows first', () => {
    expect(newestFirstPage(TOTAL, 0)).toEqual({ from: TOTAL - PAGE_SIZE, to: TOTAL, pageCount: 3 });
  });

  it('ends with the oldest, partial page', () => {
    expect(newestFirstPage(TOTAL, 2)).toEqual({ from: 0, to: 7, pageCount: 3 });
  });

  it('clamps pages beyond the ends, including an empty list', () => {
    expect(newestFirstPage(TOTAL, 9)).toEqual(newestFirstPage(TOTAL, 2));
    expect(newestFirstPage(TOTAL, -1)).toEqual(newestFirstPage(TOTAL, 0));
    expect(newestFirstPage(0, 0)).toEqual({ from: 0, to: 0, pageCount: 1 });
  });
});
