import {
  ACCOUNT_STREAM_PREFIX,
  accountIdOfStream,
  nextFreeAccountId,
  type AccountCommand,
  type AccountId,
  type OpenAccount,
} from '../../domain/account';
import {
  handleCommand,
  type CommandContext,
  type CommandDependencies,
  type CommandOutcome,
} from '../handleCommand';
import { accountAggregate } from './accountAggregate';

/** OpenAccount as the UI issues it: the id may be left out. */
export type OpenAccountRequest = Omit<OpenAccount, 'accountId'> & { readonly accountId?: AccountId };
export type AccountCommandRequest = Exclude<AccountCommand, OpenAccount> | OpenAccountRequest;

/**
 * Fills in a missing account id with the next free "ACC-NNN" (from the streams in the store, which never
 * lag behind like a read model can), then handles the command.
 */
export async function dispatchAccountCommand(
  deps: CommandDependencies,
  request: AccountCommandRequest,
  context: CommandContext,
): Promise<CommandOutcome> {
  const command = await withAccountId(deps, request);
  return handleCommand(deps, accountAggregate, command, context);
}

async function withAccountId(
  deps: CommandDependencies,
  request: AccountCommandRequest,
): Promise<AccountCommand> {
  if (request.accountId !== undefined) return request as AccountCommand;
  const streams = await deps.store.streamIds(ACCOUNT_STREAM_PREFIX);
  return { ...request, accountId: nextFreeAccountId(streams.map(accountIdOfStream)) } as OpenAccount;
}
