import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RowMap } from './rowMap';

interface CounterRow {
  count: number;
  lastPosition: number;
}

/** One step on one of the maps made so far (`map` picks it, modulo how many there are). */
type Step =
  | { readonly kind: 'set'; readonly map: number; readonly key: number; readonly position: number }
  | { readonly kind: 'add'; readonly map: number; readonly key: number; readonly position: number }
  | { readonly kind: 'copy'; readonly map: number }
  | { readonly kind: 'keep'; readonly map: number };

const key = fc.integer({ min: 0, max: 4 });
const map = fc.nat(20);
/** Positions in any order: the rule must hold even where they do not grow. */
const position = fc.integer({ min: 0, max: 50 });
const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ kind: fc.constant('set' as const), map, key, position }),
  fc.record({ kind: fc.constant('add' as const), map, key, position }),
  fc.record({ kind: fc.constant('copy' as const), map }),
  fc.record({ kind: fc.constant('keep' as const), map }),
);

const counts = (rows: ReadonlyMap<number, CounterRow>) =>
  new Map([...rows].map(([k, row]) => [k, row.count]));

describe('RowMap', () => {
  it('every copy and every kept row keeps its own values, whatever is changed after', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 80 }), (steps) => {
        const maps = [new RowMap<number, CounterRow>()];
        const expected = [new Map<number, number>()];
        const kept: { rows: CounterRow[]; copies: CounterRow[] }[] = [];
        for (const next of steps) {
          const at = next.map % maps.length;
          const [rows, model] = [maps[at] as RowMap<number, CounterRow>, expected[at] as Map<number, number>];
          if (next.kind === 'set') {
            rows.set(next.key, { count: 1, lastPosition: next.position });
            model.set(next.key, 1);
          } else if (next.kind === 'add') {
            const row = rows.writable(next.key, next.position);
            if (row) row.count += 1;
            expect(row?.lastPosition).toBe(model.has(next.key) ? next.position : undefined);
            if (model.has(next.key)) model.set(next.key, (model.get(next.key) ?? 0) + 1);
          } else if (next.kind === 'copy') {
            maps.push(rows.copy());
            expected.push(new Map(model));
          } else {
            const rowsKept = rows.keptRows();
            kept.push({ rows: rowsKept, copies: rowsKept.map((row) => ({ ...row })) });
          }
        }
        maps.forEach((rows, index) => expect(counts(rows)).toEqual(expected[index]));
        // Whole rows, lastPosition too: the ownership rule reads it.
        for (const { rows, copies } of kept) expect(rows).toEqual(copies);
      }),
    );
  });

  it('a copy shares the rows until one of the two changes one, and then copies that row only', () => {
    const original = new RowMap<string, CounterRow>()
      .set('a', { count: 1, lastPosition: 1 })
      .set('b', { count: 1, lastPosition: 2 });
    const copy = original.copy();
    expect(copy.get('a')).toBe(original.get('a'));
    const changed = copy.writable('a', 3);
    expect(changed).not.toBe(original.get('a'));
    expect(copy.writable('a', 4)).toBe(changed);
    expect(copy.get('b')).toBe(original.get('b'));
  });
});
