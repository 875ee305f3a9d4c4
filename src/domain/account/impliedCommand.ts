import { assertNever } from '../../shared/assertNever';
import type { AccountId } from './accountId';
import type { AccountCommand } from './commands';
import type { AccountEvent } from './events';

/**
 * The command that would have produced this event on this account. Replaying a log through `decide` with
 * these commands re-checks every rule: what-if timelines use it to find events that could no longer happen.
 */
export function commandImpliedBy(accountId: AccountId, event: AccountEvent): AccountCommand {
  switch (event.type) {
    case 'AccountCreated':
      return {
        type: 'OpenAccount',
        accountId,
        owner: event.data.owner,
        initialDeposit: event.data.initialDeposit,
      };
    case 'MoneyDeposited':
      return { type: 'DepositMoney', accountId, amount: event.data.amount };
    case 'MoneyWithdrawn':
      return { type: 'WithdrawMoney', accountId, amount: event.data.amount };
    case 'AccountClosed':
      return { type: 'CloseAccount', accountId };
    default:
      return assertNever(event, 'account event');
  }
}
