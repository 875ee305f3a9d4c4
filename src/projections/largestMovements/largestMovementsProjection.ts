import type { LedgerFact } from '../ledgerFact';
import type { Projection } from '../projection';
import { isFiniteNumber, isText } from '../restoreRows';

export const LARGEST_MOVEMENTS_KEPT = 10;

export interface Movement {
  readonly position: number;
  readonly accountId: string;
  readonly type: 'AccountCreated' | 'MoneyDeposited' | 'MoneyWithdrawn';
  /** Cents, always > 0: the size of the movement, whichever way it went. */
  readonly amount: number;
  /** Milliseconds since the epoch. */
  readonly recordedAt: number;
}

/**
 * The largest movements of money so far, largest first; of equal amounts, the earlier ranks first. Never
 * more than `LARGEST_MOVEMENTS_KEPT`. The array is replaced, never changed, so copies can share it.
 */
export type LargestMovementsModel = readonly Movement[];

/** Whether movement `a` ranks before `b`. */
const ranksBefore = (a: Movement, b: Movement): boolean =>
  a.amount > b.amount || (a.amount === b.amount && a.position < b.position);

/**
 * A read model registered "later": it was not part of the app's first read side, and is built from the whole
 * history the first time it appears. New views from old events.
 */
export const largestMovementsProjection: Projection<LargestMovementsModel, LedgerFact> = {
  name: 'Largest movements',
  initial: () => [],
  clone: (model) => model,
  persist: (model) => model.map((movement) => ({ ...movement })),
  restore(data) {
    if (!Array.isArray(data) || data.length > LARGEST_MOVEMENTS_KEPT || !data.every(isMovement))
      return undefined;
    const movements = data.map((movement) => ({ ...movement }));
    const ordered = movements.every((movement, index) => {
      const previous = movements[index - 1];
      return previous === undefined || ranksBefore(previous, movement);
    });
    return ordered ? movements : undefined;
  },
  apply(model, fact) {
    if (fact.type === 'AccountClosed' || fact.amount <= 0) return model;
    const movement: Movement = {
      position: fact.position,
      accountId: fact.accountId,
      type: fact.type,
      amount: fact.amount,
      recordedAt: fact.recordedAt,
    };
    const last = model[model.length - 1];
    if (model.length >= LARGEST_MOVEMENTS_KEPT && last && !ranksBefore(movement, last)) return model;
    const index = model.findIndex((kept) => ranksBefore(movement, kept));
    const next = model.slice();
    next.splice(index === -1 ? next.length : index, 0, movement);
    return next.slice(0, LARGEST_MOVEMENTS_KEPT);
  },
};

function isMovement(value: unknown): value is Movement {
  if (typeof value !== 'object' || value === null) return false;
  const movement = value as Record<string, unknown>;
  return (
    isFiniteNumber(movement.position) &&
    isText(movement.accountId) &&
    (movement.type === 'AccountCreated' ||
      movement.type === 'MoneyDeposited' ||
      movement.type === 'MoneyWithdrawn') &&
    isFiniteNumber(movement.amount) &&
    movement.amount > 0 &&
    isFiniteNumber(movement.recordedAt)
  );
}
