import { driveTransfer } from '../../commands/transfer/driveTransfer';
import type { TransferRequest, TransferState } from '../../commands/transfer/transferPolicy';
import type { LedgerSession } from '../ledgerSession';

/**
 * Runs a transfer through the session, as the person acting: each command the policy asks for is
 * dispatched with the policy's links, and the events it appended are read back from the store (a bounded
 * read of the positions the append reported) so that the policy can react to them, ids and metadata
 * included.
 *
 * The manager lives in the tab that issued the transfer. The log has no event that records a transfer's
 * intent, so if the tab is closed in the moment between the withdrawal and the deposit, the withdrawal
 * stands alone; the audit trail shows it as a chain without a consequence.
 */
export function runTransfer(
  session: Pick<LedgerSession, 'dispatch' | 'store'>,
  request: TransferRequest,
  actor?: string,
): Promise<TransferState> {
  return driveTransfer(request, async ({ command, links }) => {
    const outcome = await session.dispatch(command, { ...(actor !== undefined && { actor }), ...links });
    if (outcome.status === 'refused') {
      const { code, message } = outcome.violation;
      return { refused: { code, message } };
    }
    const { firstPosition, lastPosition } = outcome.result;
    return { accepted: await session.store.readAll({ from: firstPosition, to: lastPosition }) };
  });
}
