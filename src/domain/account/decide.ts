import { assertNever } from '../../shared/assertNever';
import { MAX_AMOUNT_CENTS, MAX_BALANCE_CENTS, type Cents } from '../money';
import type { AccountCommand, CloseAccount, DepositMoney, OpenAccount, WithdrawMoney } from './commands';
import { accountRules } from './errors';
import type { AccountEvent } from './events';
import type { AccountState } from './state';

type OpenState = Extract<AccountState, { status: 'open' }>;

/** Decides what an account command means for the account's current state; throws when a rule forbids it. */
export function decideAccount(command: AccountCommand, state: AccountState): readonly AccountEvent[] {
  switch (command.type) {
    case 'OpenAccount':
      return openAccount(command, state);
    case 'DepositMoney':
      return depositMoney(command, state);
    case 'WithdrawMoney':
      return withdrawMoney(command, state);
    case 'CloseAccount':
      return closeAccount(command, state);
    default:
      return assertNever(command, 'account command');
  }
}

function openAccount(command: OpenAccount, state: AccountState): readonly AccountEvent[] {
  if (state.status !== 'empty') throw accountRules.alreadyExists(command.accountId);
  const owner = command.owner.trim();
  if (owner === '' || owner.length > 100) throw accountRules.invalidOwner();
  requireAmount(command.initialDeposit, { allowZero: true });
  return [
    {
      type: 'AccountCreated',
      data: { accountId: command.accountId, owner, initialDeposit: command.initialDeposit },
    },
  ];
}

function depositMoney(command: DepositMoney, state: AccountState): readonly AccountEvent[] {
  const account = requireOpen(command.accountId, state);
  requireAmount(command.amount);
  if (account.balance + command.amount > MAX_BALANCE_CENTS)
    throw accountRules.balanceLimit(command.accountId);
  return [{ type: 'MoneyDeposited', data: { amount: command.amount } }];
}

function withdrawMoney(command: WithdrawMoney, state: AccountState): readonly AccountEvent[] {
  const account = requireOpen(command.accountId, state);
  requireAmount(command.amount);
  if (command.amount > account.balance) {
    throw accountRules.insufficientFunds(command.accountId, account.balance, command.amount);
  }
  return [{ type: 'MoneyWithdrawn', data: { amount: command.amount } }];
}

function closeAccount(command: CloseAccount, state: AccountState): readonly AccountEvent[] {
  const account = requireOpen(command.accountId, state);
  if (account.balance !== 0) throw accountRules.balanceNotZero(command.accountId, account.balance);
  return [{ type: 'AccountClosed', data: {} }];
}

function requireOpen(accountId: OpenState['accountId'], state: AccountState): OpenState {
  if (state.status === 'empty') throw accountRules.notFound(accountId);
  if (state.status === 'closed') throw accountRules.closed(accountId);
  return state;
}

/** Commands may come from anywhere (imports, other tabs), so the amount's shape is re-checked here. */
function requireAmount(amount: Cents, { allowZero = false } = {}): void {
  const valid =
    Number.isSafeInteger(amount) && amount <= MAX_AMOUNT_CENTS && (allowZero ? amount >= 0 : amount > 0);
  if (!valid) {
    throw accountRules.invalidAmount(
      allowZero ? 'The initial deposit must be zero or more.' : 'The amount must be more than zero.',
    );
  }
}
