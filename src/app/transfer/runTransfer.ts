import type { EventFact } from '../../commands/transfer/transferPolicy';
import { driveTransfer, type IssueCommand } from '../../commands/transfer/driveTransfer';
import {
  afterWithdrawal,
  startTransfer,
  type TransferRequest,
  type TransferState,
} from '../../commands/transfer/transferPolicy';
import type { LedgerSession } from '../ledgerSession';

type TransferSession = Pick<LedgerSession, 'dispatch' | 'store' | 'newCommandId' | 'transferJournal' | 'now'>;

/**
 * Runs a transfer through the session, as the person acting: each command the policy asks for is
 * dispatched with the policy's id and links, and the events it appended are read back from the store (a
 * bounded read of the positions the append reported) so that the policy can react to them, ids and metadata
 * included.
 *
 * The transfer is noted in the session's journal before its withdrawal is issued and struck off when it
 * has finished. If the tab closes in between, the withdrawal may stand alone: `resumeTransfers` finishes it
 * later, and the follow-ups' fixed ids make sure it is finished once, whoever does it.
 */
export async function runTransfer(
  session: TransferSession,
  request: TransferRequest,
  actor?: string,
): Promise<TransferState> {
  const withdrawalCommandId = session.newCommandId();
  session.transferJournal.note({
    withdrawalCommandId,
    ...request,
    ...(actor !== undefined && { actor }),
    startedAt: session.now(),
  });
  try {
    return await driveTransfer(startTransfer(request, withdrawalCommandId), issueThrough(session, actor));
  } finally {
    session.transferJournal.strike(withdrawalCommandId);
  }
}

/**
 * A transfer noted more than this long ago with no withdrawal in the store never withdrew anything (its tab
 * closed before): it is struck off. A younger one may belong to a tab about to withdraw, and is left.
 */
const NEVER_STARTED_AFTER_MS = 60_000;

/**
 * Finishes the transfers of the journal that were interrupted after their withdrawal (their tab closed, or
 * this one was reloaded): each deposits into its target, or refunds, exactly as it would have. A transfer
 * still running in another tab is finished twice over to the same effect: the store carries out a command
 * id once. Resolves with the states of those it finished.
 */
export async function resumeTransfers(session: TransferSession): Promise<TransferState[]> {
  const finished: TransferState[] = [];
  for (const pending of session.transferJournal.pending()) {
    const { withdrawalCommandId, actor, ...request } = pending;
    const record = await session.store.findCommand(withdrawalCommandId);
    if (record?.kind !== 'appended') {
      // Refused (nothing moved), or never issued: nothing to finish.
      if (record || session.now() - pending.startedAt > NEVER_STARTED_AFTER_MS)
        session.transferJournal.strike(withdrawalCommandId);
      continue;
    }
    const { firstPosition, lastPosition } = record.result;
    const events = await session.store.readAll({ from: firstPosition, to: lastPosition });
    const withdrawal = events.find((event) => event.type === 'MoneyWithdrawn');
    if (!withdrawal) {
      session.transferJournal.strike(withdrawalCommandId);
      continue;
    }
    const { from, to, amount } = request;
    finished.push(
      await driveTransfer(afterWithdrawal({ from, to, amount }, withdrawal), issueThrough(session, actor)),
    );
    session.transferJournal.strike(withdrawalCommandId);
  }
  return finished;
}

function issueThrough(session: TransferSession, actor: string | undefined): IssueCommand {
  return async ({ command, links, commandId }) => {
    const outcome = await session.dispatch(command, {
      ...(actor !== undefined && { actor }),
      ...links,
      commandId,
    });
    if (outcome.status === 'refused') {
      const { code, message } = outcome.violation;
      return { refused: { code, message } };
    }
    const { firstPosition, lastPosition } = outcome.result;
    const accepted: readonly EventFact[] = await session.store.readAll({
      from: firstPosition,
      to: lastPosition,
    });
    return { accepted };
  };
}
