import type { Cents } from '../money';
import type { AccountId } from './accountId';

export type OpenAccount = {
  readonly type: 'OpenAccount';
  readonly accountId: AccountId;
  readonly owner: string;
  readonly initialDeposit: Cents;
};
export type DepositMoney = {
  readonly type: 'DepositMoney';
  readonly accountId: AccountId;
  readonly amount: Cents;
};
export type WithdrawMoney = {
  readonly type: 'WithdrawMoney';
  readonly accountId: AccountId;
  readonly amount: Cents;
};
export type CloseAccount = { readonly type: 'CloseAccount'; readonly accountId: AccountId };

export type AccountCommand = OpenAccount | DepositMoney | WithdrawMoney | CloseAccount;
