import {
  driveTransfer,
  notStored,
  type IssueCommand,
  type Observation,
} from '../../commands/transfer/driveTransfer';
import {
  afterWithdrawal,
  startTransfer,
  type TransferRequest,
  type TransferState,
} from '../../commands/transfer/transferPolicy';
import { settleRefusal } from '../../commands/handleCommand';
import { accountStreamId } from '../../domain/account';
import { DomainRuleViolation } from '../../domain/DomainRuleViolation';
import { factFromStored } from '../../projections/ledgerFact';
import type { StoredEvent } from '../../eventStore/types';
import type { LedgerSession } from '../ledgerSession';
import { webTransferLocks, type TransferLocks } from './transferLocks';
import type { PendingTransfer } from './transferJournal';

type TransferSession = Pick<LedgerSession, 'dispatch' | 'store' | 'newCommandId' | 'transferJournal' | 'now'>;

/**
 * Runs a transfer through the session, as the person acting: each command the policy asks for is
 * dispatched with the policy's id and links, and the events it appended are read back from the store (a
 * bounded read of the positions the append reported) so that the policy can react to them, ids and metadata
 * included.
 *
 * The transfer is noted in the session's journal before its withdrawal is issued, and struck off when it has
 * finished; it holds its lock meanwhile, so that no resume takes it for an interrupted one. If the tab closes
 * in between, the withdrawal may stand alone: `resumeTransfers` finishes it later, with the same command ids,
 * which the store carries out once.
 */
export async function runTransfer(
  session: TransferSession,
  request: TransferRequest,
  actor?: string,
): Promise<TransferState> {
  const withdrawalCommandId = session.newCommandId();
  const pending = {
    withdrawalCommandId,
    ...request,
    ...(actor !== undefined && { actor }),
    startedAt: session.now(),
  };
  return webTransferLocks.whileHolding(withdrawalCommandId, async () => {
    session.transferJournal.note(pending);
    try {
      return await driveTransfer(startTransfer(request, withdrawalCommandId), issueThrough(session, actor));
    } finally {
      session.transferJournal.strike(withdrawalCommandId);
    }
  });
}

/**
 * A noted transfer with no withdrawal in the store this long after (or before: a clock moved) it was noted
 * never withdrew anything (its tab closed first): it is struck off. A younger one may belong to a tab about
 * to withdraw, and is left.
 */
const NEVER_STARTED_AFTER_MS = 60_000;

/**
 * Finishes the transfers of the journal that were interrupted after their withdrawal (their tab closed, or
 * this one was reloaded): each deposits into its target, or refunds, exactly as it would have. One whose
 * lock is held is running (here or in another tab) and is left alone. An entry that does not match its
 * withdrawal (another account or amount: the journal is browser storage, not the log) is struck off, not
 * acted on. Resolves with the states of those it finished.
 */
export async function resumeTransfers(
  session: TransferSession,
  locks: TransferLocks = webTransferLocks,
): Promise<TransferState[]> {
  const finished: TransferState[] = [];
  for (const pending of session.transferJournal.pending()) {
    const state = await locks.ifFree(pending.withdrawalCommandId, () => resumeOne(session, pending));
    if (state) finished.push(state);
  }
  return finished;
}

async function resumeOne(session: TransferSession, pending: PendingTransfer): Promise<TransferState | null> {
  const { withdrawalCommandId, actor, from, to, amount } = pending;
  const strike = () => session.transferJournal.strike(withdrawalCommandId);
  const record = await session.store.findCommand(withdrawalCommandId);
  if (record?.kind !== 'appended') {
    // Refused (nothing moved), or never issued: nothing to finish.
    if (record || Math.abs(session.now() - pending.startedAt) > NEVER_STARTED_AFTER_MS) strike();
    return null;
  }
  const withdrawal = (await readResult(session, record.result)).find(
    (event) => event.type === 'MoneyWithdrawn',
  );
  if (!withdrawal || !isWithdrawalOf(withdrawal, from, amount)) {
    strike();
    return null;
  }
  try {
    return await driveTransfer(
      afterWithdrawal({ from, to, amount }, withdrawal),
      issueThrough(session, actor),
    );
  } finally {
    strike();
  }
}

/** Whether the stored event withdrew `amount` from `from` (an event that cannot be read did not). */
function isWithdrawalOf(event: StoredEvent, from: string, amount: number): boolean {
  try {
    const fact = factFromStored(event);
    return fact.accountId === from && fact.amount === amount;
  } catch {
    return false;
  }
}

const readResult = (session: TransferSession, result: { firstPosition: number; lastPosition: number }) =>
  session.store.readAll({ from: result.firstPosition, to: result.lastPosition });

/**
 * Issues the policy's commands. A follow-up that could not be stored is settled for good before the policy
 * reacts: its id is recorded as refused (unless it was appended after all, which the store then says), so
 * that no later run can still carry out a deposit the transfer has refunded meanwhile. A command id the log
 * already holds for another account (an imported log, say) is refused, not taken for this command.
 */
function issueThrough(session: TransferSession, actor: string | undefined): IssueCommand {
  return async ({ command, links, commandId }) => {
    let outcome;
    try {
      outcome = await session.dispatch(command, {
        ...(actor !== undefined && { actor }),
        ...links,
        commandId,
      });
    } catch (error) {
      if (command.type === 'WithdrawMoney') throw error;
      return settleUnstored(session, commandId, error);
    }
    if (outcome.status === 'refused') {
      const { code, message } = outcome.violation;
      return { refused: { code, message } };
    }
    if (outcome.duplicate && outcome.result.streamId !== accountStreamId(command.accountId))
      return {
        refused: {
          code: 'CommandIdTaken',
          message: `The command id ${commandId} belongs to another account's command.`,
        },
      };
    return { accepted: await readResult(session, outcome.result) };
  };
}

async function settleUnstored(
  session: TransferSession,
  commandId: string,
  error: unknown,
): Promise<Observation> {
  const { code: notStoredCode, message } = notStored(error);
  const outcome = await settleRefusal(
    session.store,
    commandId,
    new DomainRuleViolation(notStoredCode, message),
  );
  if (outcome.status === 'accepted') return { accepted: await readResult(session, outcome.result) };
  const { code, message: said } = outcome.violation;
  return { refused: { code, message: said } };
}
