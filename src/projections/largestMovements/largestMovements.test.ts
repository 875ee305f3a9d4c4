import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { factsOf, textbookStory } from '../../testing/ledgerFixtures';
import { randomLedger } from '../../testing/randomLedger';
import { foldReadModels, initialReadModels } from '../projection';
import {
  LARGEST_MOVEMENTS_KEPT,
  largestMovementsProjection,
  type LargestMovementsModel,
} from './largestMovementsProjection';

const set = { largest: largestMovementsProjection };
const foldLargest = (events: Parameters<typeof factsOf>[0]): LargestMovementsModel =>
  foldReadModels(set, initialReadModels(set), factsOf(events)).models.largest;

describe('Largest movements', () => {
  it('ranks the textbook story’s movements by amount, leaving out the zero opening', () => {
    expect(foldLargest(textbookStory()).map((movement) => [movement.position, movement.amount])).toEqual([
      [2, 100_000],
      [3, 20_000],
      [4, 5_000],
    ]);
  });

  it('property: equals the top ten of all movements sorted by amount, earlier first on ties', () => {
    fc.assert(
      fc.property(randomLedger(), (events) => {
        const reference = factsOf(events)
          .filter((fact) => fact.type !== 'AccountClosed' && fact.amount > 0)
          .sort((a, b) => b.amount - a.amount || a.position - b.position)
          .slice(0, LARGEST_MOVEMENTS_KEPT)
          .map((fact) => [fact.position, fact.accountId, fact.type, fact.amount]);
        const model = foldLargest(events);
        expect(
          model.map((movement) => [movement.position, movement.accountId, movement.type, movement.amount]),
        ).toEqual(reference);
        expect(
          largestMovementsProjection.restore(structuredClone(largestMovementsProjection.persist(model))),
        ).toEqual(model);
      }),
    );
  });

  it('refuses persisted data that is not a ranking', () => {
    const movement = { position: 1, accountId: 'ACC-1', type: 'MoneyDeposited', amount: 5, recordedAt: 0 };
    const smaller = { ...movement, position: 2, amount: 3 };
    expect(largestMovementsProjection.restore([movement, smaller])).toHaveLength(2);
    expect(largestMovementsProjection.restore([smaller, movement])).toBeUndefined();
    expect(largestMovementsProjection.restore([{ ...movement, amount: -1 }])).toBeUndefined();
    expect(largestMovementsProjection.restore(Array.from({ length: 11 }, () => movement))).toBeUndefined();
  });
});
