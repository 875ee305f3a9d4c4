import { describe, expect, it } from 'vitest';
import { newestFirstPage, PAGE_SIZE } from './Pager';

describe('newestFirstPage', () => {
  it('shows the newest rows first', () => {
    expect(newestFirstPage(120, 0)).toEqual({ from: 120 - PAGE_SIZE, to: 120, pageCount: 3 });
  });

  it('ends with the oldest, partial page', () => {
    expect(newestFirstPage(120, 2)).toEqual({ from: 0, to: 20, pageCount: 3 });
  });

  it('clamps pages beyond the ends, including an empty list', () => {
    expect(newestFirstPage(120, 9)).toEqual(newestFirstPage(120, 2));
    expect(newestFirstPage(120, -1)).toEqual(newestFirstPage(120, 0));
    expect(newestFirstPage(0, 0)).toEqual({ from: 0, to: 0, pageCount: 1 });
  });
});
