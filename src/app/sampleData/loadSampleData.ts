import type { AccountCommandRequest } from '../../commands/account/dispatchAccountCommand';
import { nextFreeAccountId, parseAccountId, type AccountId } from '../../domain/account';
import { parseAmount } from '../../domain/money';
import type { LedgerSession } from '../ledgerSession';
import { runTransfer } from '../transfer/runTransfer';
import type { SampleWriter } from './sampleWriters';

export interface RandomLedgerRequest {
  readonly events: number;
  /** The range of recorded times, ms since the epoch. */
  readonly from: number;
  readonly to: number;
  readonly seed?: number;
}

/**
 * Appends a random valid ledger after whatever the log holds, with new account numbers. The session folds
 * each committed batch as it arrives. Stopping keeps what was already committed: a log is append-only.
 * Resolves with the number of events written.
 */
export async function loadRandomLedger(
  session: LedgerSession,
  write: SampleWriter,
  request: RandomLedgerRequest,
  onProgress: (written: number) => void,
  signal?: AbortSignal,
): Promise<number> {
  const existing = [...session.timeline.present.models.balances.keys()];
  const firstAccountNumber = Number(nextFreeAccountId(existing).slice('ACC-'.length));
  const ingest = session.beginBulkIngest();
  try {
    return await write(
      { ...request, firstAccountNumber },
      {
        ...(signal && { signal }),
        onBatch: (written, chunk) => {
          ingest.accept(chunk);
          onProgress(written);
        },
      },
    );
  } finally {
    await ingest.finish();
  }
}

/**
 * The two worked examples of the textbooks, issued as commands like a person would, then Bob's transfer of
 * 250.00 to Alice: a withdrawal and the deposit it caused, so that the audit trail has a chain to follow.
 */
export async function loadTextbookStories(session: LedgerSession): Promise<void> {
  const accounts: AccountId[] = [];
  const story = async (
    owner: string,
    initial: string,
    moves: readonly ['DepositMoney' | 'WithdrawMoney', string][],
  ) => {
    const opened = await session.dispatch(
      { type: 'OpenAccount', owner, initialDeposit: parseAmount(initial, { allowZero: true }) },
      { actor: 'teacher' },
    );
    if (opened.status !== 'accepted') throw opened.violation;
    const accountId = parseAccountId(opened.result.streamId.slice('account-'.length));
    accounts.push(accountId);
    for (const [type, amount] of moves) {
      const request: AccountCommandRequest = { type, accountId, amount: parseAmount(amount) };
      const outcome = await session.dispatch(request, { actor: 'teacher' });
      if (outcome.status !== 'accepted') throw outcome.violation;
    }
  };
  await story('Alice', '0', [
    ['DepositMoney', '1000'],
    ['WithdrawMoney', '200'],
    ['WithdrawMoney', '50'],
  ]);
  await story('Bob', '1000', [
    ['DepositMoney', '500'],
    ['WithdrawMoney', '200'],
  ]);
  const [alice, bob] = accounts as [AccountId, AccountId];
  const transfer = await runTransfer(
    session,
    { from: bob, to: alice, amount: parseAmount('250') },
    'teacher',
  );
  if (transfer.step !== 'completed') throw new Error(`The textbook transfer ended ${transfer.step}.`);
}
