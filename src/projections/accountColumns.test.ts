import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AccountColumns } from './accountColumns';

/** One step on one of the copies made so far (`copy` picks it, modulo how many there are). */
type Step =
  | { readonly kind: 'open'; readonly copy: number; readonly id: string; readonly owner: string }
  | { readonly kind: 'add'; readonly copy: number; readonly id: string; readonly amount: number }
  | { readonly kind: 'copy'; readonly copy: number };

const copy = fc.nat(20);
const id = fc.constantFrom('A', 'b', 'C', 'd', 'É');
const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ kind: fc.constant('open' as const), copy, id, owner: fc.constantFrom('Ada', 'Bo') }),
  fc.record({ kind: fc.constant('add' as const), copy, id, amount: fc.integer({ min: -99, max: 99 }) }),
  fc.record({ kind: fc.constant('copy' as const), copy }),
);

interface Reference {
  readonly ids: string[];
  readonly accounts: Map<string, { owner: string; total: number }>;
}

const cloneReference = (reference: Reference): Reference => ({
  ids: [...reference.ids],
  accounts: new Map([...reference.accounts].map(([key, account]) => [key, { ...account }])),
});

describe('AccountColumns', () => {
  it('behaves as an independent map of accounts per copy, whatever the copies open and in what order', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 60 }), (steps) => {
        const copies = [AccountColumns.empty(['total'] as const)];
        const references: Reference[] = [{ ids: [], accounts: new Map() }];
        for (const next of steps) {
          const at = next.copy % copies.length;
          const [columns, reference] = [copies[at], references[at]] as [AccountColumns<'total'>, Reference];
          if (next.kind === 'copy') {
            copies.push(columns.copy());
            references.push(cloneReference(reference));
          } else if (next.kind === 'open') {
            columns.open(next.id, next.owner);
            const known = reference.accounts.get(next.id);
            if (known) known.owner = next.owner;
            else {
              reference.ids.push(next.id);
              reference.accounts.set(next.id, { owner: next.owner, total: 0 });
            }
          } else {
            const ordinal = columns.ordinalOf(next.id);
            const known = reference.accounts.get(next.id);
            expect(ordinal >= 0).toBe(known !== undefined);
            if (known && ordinal >= 0) {
              expect(columns.add('total', ordinal, next.amount)).toBe(known.total + next.amount);
              known.total += next.amount;
            }
          }
        }
        copies.forEach((columns, index) => {
          const reference = references[index] as Reference;
          expect(columns.entries()).toEqual(
            reference.ids.map((key) => {
              const account = reference.accounts.get(key) as { owner: string; total: number };
              return [key, account.owner, account.total];
            }),
          );
          expect(columns.orderById().map((ordinal) => columns.idAt(ordinal))).toEqual(
            [...reference.ids].sort((a, b) => a.localeCompare(b)),
          );
        });
      }),
    );
  });

  it('tells copies apart by what they hold, for toEqual, and not by their spare room', () => {
    const grown = AccountColumns.empty(['total'] as const);
    for (const key of ['A', 'B', 'C']) grown.open(key, 'Ada');
    const copied = grown.copy();
    expect(copied).toEqual(grown);
    copied.set('total', copied.ordinalOf('B'), 5);
    expect(copied).not.toEqual(grown);
    expect(grown.value('total', grown.ordinalOf('B'))).toBe(0);
  });
});
