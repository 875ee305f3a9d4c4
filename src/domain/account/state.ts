import type { Cents } from '../money';
import type { AccountId } from './accountId';

/** An account's lifecycle: no events yet, open with a balance, or closed for good. Plain JSON, so it snapshots. */
export type AccountState =
  | { readonly status: 'empty' }
  | {
      readonly status: 'open';
      readonly accountId: AccountId;
      readonly owner: string;
      readonly balance: Cents;
    }
  | { readonly status: 'closed'; readonly accountId: AccountId; readonly owner: string };

export const EMPTY_ACCOUNT: AccountState = { status: 'empty' };
