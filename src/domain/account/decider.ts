import type { Decider } from '../decider';
import type { AccountCommand } from './commands';
import { decideAccount } from './decide';
import type { AccountEvent } from './events';
import { evolveAccount } from './evolve';
import { EMPTY_ACCOUNT, type AccountState } from './state';

export const accountDecider: Decider<AccountCommand, AccountEvent, AccountState> = {
  initialState: EMPTY_ACCOUNT,
  decide: decideAccount,
  evolve: evolveAccount,
};
