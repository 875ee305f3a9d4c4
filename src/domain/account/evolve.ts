import { assertNever } from '../../shared/assertNever';
import type { Cents } from '../money';
import type { AccountEvent } from './events';
import { EMPTY_ACCOUNT, type AccountState } from './state';

/**
 * Folds one event into the account's state. Events are facts that already happened, so evolve never refuses:
 * an event that does not fit the state (which a valid log never holds) leaves the state as it was.
 */
export function evolveAccount(state: AccountState, event: AccountEvent): AccountState {
  switch (event.type) {
    case 'AccountCreated':
      return {
        status: 'open',
        accountId: event.data.accountId,
        owner: event.data.owner,
        balance: event.data.initialDeposit,
      };
    case 'MoneyDeposited':
      return state.status === 'open'
        ? { ...state, balance: (state.balance + event.data.amount) as Cents }
        : state;
    case 'MoneyWithdrawn':
      return state.status === 'open'
        ? { ...state, balance: (state.balance - event.data.amount) as Cents }
        : state;
    case 'AccountClosed':
      return state.status === 'open'
        ? { status: 'closed', accountId: state.accountId, owner: state.owner }
        : state;
    default:
      return assertNever(event, 'account event');
  }
}

export { EMPTY_ACCOUNT };
