import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ChunkedColumn } from './chunkedColumn';

describe('ChunkedColumn', () => {
  it('property: a copy and its original grow apart without disturbing each other', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer()),
        fc.array(fc.integer()),
        fc.array(fc.integer()),
        fc.integer({ min: 1, max: 5 }),
        (shared, mine, theirs, chunkSize) => {
          const original = ChunkedColumn.empty(chunkSize);
          for (const value of shared) original.push(value);
          const copy = original.copy();
          for (const value of mine) original.push(value);
          for (const value of theirs) copy.push(value);
          expect(original.toArray()).toEqual([...shared, ...mine]);
          expect(copy.toArray()).toEqual([...shared, ...theirs]);
        },
      ),
    );
  });

  it('refuses an index it does not hold', () => {
    expect(() => ChunkedColumn.empty().at(0)).toThrowError(RangeError);
  });
});
