import { DomainRuleViolation } from '../DomainRuleViolation';
import { formatMoney, type Cents } from '../money';
import type { AccountId } from './accountId';

/** Every way an account command can be refused. */
export type AccountRuleCode =
  | 'InvalidAccountId'
  | 'InvalidOwner'
  | 'InvalidAmount'
  | 'AccountAlreadyExists'
  | 'AccountNotFound'
  | 'AccountClosed'
  | 'InsufficientFunds'
  | 'BalanceNotZero'
  | 'BalanceLimitExceeded';

export type AccountRuleViolation = DomainRuleViolation<AccountRuleCode>;

const refuse = (code: AccountRuleCode, message: string): AccountRuleViolation =>
  new DomainRuleViolation(code, message);

export const accountRules = {
  alreadyExists: (id: AccountId) => refuse('AccountAlreadyExists', `Account ${id} already exists.`),
  notFound: (id: AccountId) => refuse('AccountNotFound', `Account ${id} does not exist.`),
  closed: (id: AccountId) =>
    refuse('AccountClosed', `Account ${id} is closed: nothing more can happen on it.`),
  insufficientFunds: (id: AccountId, balance: Cents, amount: Cents) =>
    refuse(
      'InsufficientFunds',
      `Insufficient funds: account ${id} holds ${formatMoney(balance)}, so ${formatMoney(amount)} cannot be withdrawn.`,
    ),
  balanceNotZero: (id: AccountId, balance: Cents) =>
    refuse(
      'BalanceNotZero',
      `Account ${id} still holds ${formatMoney(balance)}: only a zero balance can be closed.`,
    ),
  balanceLimit: (id: AccountId) =>
    refuse('BalanceLimitExceeded', `That deposit would take account ${id} over the largest balance allowed.`),
  invalidOwner: () => refuse('InvalidOwner', 'Enter the owner’s name (at most 100 characters).'),
  invalidAmount: (message: string) => refuse('InvalidAmount', message),
};
