import { describe, expect, it } from 'vitest';
import type { Cents } from '../money';
import type { AccountId } from './accountId';
import type { AccountCommand } from './commands';
import { accountDecider } from './decider';
import type { AccountEvent } from './events';

const ACC = 'ACC-001' as AccountId;
const c = (value: number) => value as Cents;
const created = (initialDeposit = 0): AccountEvent => ({
  type: 'AccountCreated',
  data: { accountId: ACC, owner: 'Ada', initialDeposit: c(initialDeposit) },
});
const deposited = (amount: number): AccountEvent => ({ type: 'MoneyDeposited', data: { amount: c(amount) } });
const withdrawn = (amount: number): AccountEvent => ({ type: 'MoneyWithdrawn', data: { amount: c(amount) } });
const closed: AccountEvent = { type: 'AccountClosed', data: {} };

/** Given these past events, when this command is decided... */
function given(...history: AccountEvent[]) {
  const state = history.reduce(accountDecider.evolve, accountDecider.initialState);
  return {
    when: (command: AccountCommand) => ({
      then: (...expected: AccountEvent[]) => expect(accountDecider.decide(command, state)).toEqual(expected),
      thenRefused: (code: string, message: RegExp) => {
        expect(() => accountDecider.decide(command, state)).toThrowError(message);
        expect(() => accountDecider.decide(command, state)).toThrowError(expect.objectContaining({ code }));
      },
    }),
  };
}

describe('OpenAccount', () => {
  const open = (initialDeposit: number, owner = 'Ada'): AccountCommand => ({
    type: 'OpenAccount',
    accountId: ACC,
    owner,
    initialDeposit: c(initialDeposit),
  });
  it('creates the account with its initial deposit', () => given().when(open(0)).then(created(0)));
  it('trims the owner', () => given().when(open(500, '  Ada ')).then(created(500)));
  it('refuses an id that is taken', () =>
    given(created())
      .when(open(0))
      .thenRefused('AccountAlreadyExists', /ACC-001 already exists/));
  it('refuses a closed id too', () =>
    given(created(), closed)
      .when(open(0))
      .thenRefused('AccountAlreadyExists', /already exists/));
  it('refuses an empty owner', () => given().when(open(0, '   ')).thenRefused('InvalidOwner', /owner/));
  it('refuses a negative initial deposit', () =>
    given()
      .when(open(-1))
      .thenRefused('InvalidAmount', /zero or more/));
});

describe('DepositMoney', () => {
  const deposit = (amount: number): AccountCommand => ({
    type: 'DepositMoney',
    accountId: ACC,
    amount: c(amount),
  });
  it('records the deposit', () => given(created()).when(deposit(100_000)).then(deposited(100_000)));
  it('refuses a missing account', () =>
    given()
      .when(deposit(1))
      .thenRefused('AccountNotFound', /does not exist/));
  it('refuses a closed account', () =>
    given(created(), closed)
      .when(deposit(1))
      .thenRefused('AccountClosed', /closed/));
  it('refuses zero and fractions of a cent', () => {
    given(created())
      .when(deposit(0))
      .thenRefused('InvalidAmount', /more than zero/);
    given(created())
      .when(deposit(0.5))
      .thenRefused('InvalidAmount', /more than zero/);
  });
  it('refuses going over the balance limit', () =>
    given(created(100_000_000_000), deposited(99_900_000_000 * 100))
      .when(deposit(100_000_000_000))
      .thenRefused('BalanceLimitExceeded', /largest balance/));
});

describe('WithdrawMoney', () => {
  const withdraw = (amount: number): AccountCommand => ({
    type: 'WithdrawMoney',
    accountId: ACC,
    amount: c(amount),
  });
  it('records the withdrawal', () =>
    given(created(), deposited(1000)).when(withdraw(200)).then(withdrawn(200)));
  it('allows emptying the account', () => given(created(500)).when(withdraw(500)).then(withdrawn(500)));
  it('refuses more than the balance', () =>
    given(created(), deposited(100_000), withdrawn(20_000), withdrawn(5_000))
      .when(withdraw(75_001))
      .thenRefused('InsufficientFunds', /Insufficient funds: account ACC-001 holds 750.00/));
  it('refuses a closed account', () =>
    given(created(), closed)
      .when(withdraw(1))
      .thenRefused('AccountClosed', /closed/));
});

describe('CloseAccount', () => {
  const close: AccountCommand = { type: 'CloseAccount', accountId: ACC };
  it('closes at a zero balance', () => given(created(), deposited(5), withdrawn(5)).when(close).then(closed));
  it('refuses while money remains', () =>
    given(created(), deposited(5))
      .when(close)
      .thenRefused('BalanceNotZero', /still holds 0.05/));
  it('refuses twice', () =>
    given(created(), closed)
      .when(close)
      .thenRefused('AccountClosed', /closed/));
  it('refuses a missing account', () =>
    given()
      .when(close)
      .thenRefused('AccountNotFound', /does not exist/));
});

describe('evolve', () => {
  it('folds the textbook story to 750.00', () => {
    const state = [created(0), deposited(100_000), withdrawn(20_000), withdrawn(5_000)].reduce(
      accountDecider.evolve,
      accountDecider.initialState,
    );
    expect(state).toEqual({ status: 'open', accountId: ACC, owner: 'Ada', balance: 75_000 });
  });
});
