import type { LedgerFact } from './ledgerFact';
import {
  largestMovementsProjection,
  type LargestMovementsModel,
} from './largestMovements/largestMovementsProjection';
import type { ProjectionSet } from './projection';
import { statementProjection, type StatementModel } from './statement/statementProjection';

/**
 * Read models folded on their own, beside the time machine's timeline (which folds Balances, Transactions and
 * Daily summary together): each can be registered at any time and built from the whole history then.
 */
export interface AddedModels {
  readonly statement: StatementModel;
  readonly largestMovements: LargestMovementsModel;
}

export type AddedProjectionKey = keyof AddedModels;

export const addedProjections: ProjectionSet<AddedModels, LedgerFact> = {
  statement: statementProjection,
  largestMovements: largestMovementsProjection,
};

/** Registered when the app starts; the others only when someone registers them ("later"). */
export const REGISTERED_AT_START: readonly AddedProjectionKey[] = ['statement'];
