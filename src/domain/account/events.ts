import type { Cents } from '../money';
import type { AccountId } from './accountId';

/** The schema version this code writes. Version 1 is the decimal-amount shape of textbook logs. */
export const ACCOUNT_EVENT_SCHEMA_VERSION = 2;

export type AccountCreated = {
  readonly type: 'AccountCreated';
  readonly data: { readonly accountId: AccountId; readonly owner: string; readonly initialDeposit: Cents };
};
export type MoneyDeposited = { readonly type: 'MoneyDeposited'; readonly data: { readonly amount: Cents } };
export type MoneyWithdrawn = { readonly type: 'MoneyWithdrawn'; readonly data: { readonly amount: Cents } };
export type AccountClosed = {
  readonly type: 'AccountClosed';
  readonly data: Readonly<Record<string, never>>;
};

export type AccountEvent = AccountCreated | MoneyDeposited | MoneyWithdrawn | AccountClosed;
export type AccountEventType = AccountEvent['type'];

export const ACCOUNT_EVENT_TYPES: readonly AccountEventType[] = [
  'AccountCreated',
  'MoneyDeposited',
  'MoneyWithdrawn',
  'AccountClosed',
];
