import { formatMoney } from '../../domain/money';
import type { TransferState } from './transferPolicy';

/**
 * How a finished transfer ended, for people: "done" when the money arrived, "refused" when it did not but
 * nothing was lost (refused outright, or refunded), "stranded" when the refund failed too and a person must
 * act. Every message says where the money is now and which events to look at.
 */
export interface TransferOutcome {
  readonly kind: 'done' | 'refused' | 'stranded';
  readonly message: string;
}

export function describeTransfer(state: TransferState): TransferOutcome {
  const { from, to, amount } = state.request;
  const money = formatMoney(amount);
  switch (state.step) {
    case 'completed':
      return {
        kind: 'done',
        message: `Transferred ${money} from ${from} to ${to} (events #${state.withdrawal.position} and #${state.deposit.position}).`,
      };
    case 'refused':
      return {
        kind: 'refused',
        message: `Transfer refused: ${state.refusal.message} Nothing was moved.`,
      };
    case 'refunded':
      return {
        kind: 'refused',
        message:
          `Transfer refused: ${state.depositRefusal.message} The ${money} withdrawn from ${from} ` +
          `(event #${state.withdrawal.position}) was refunded to it (event #${state.refund.position}); nothing was lost.`,
      };
    case 'stranded':
      return {
        kind: 'stranded',
        message:
          `Transfer stopped halfway: ${state.depositRefusal.message} The refund to ${from} failed too: ` +
          `${state.refundRefusal.message} The ${money} withdrawn at event #${state.withdrawal.position} ` +
          `is in no account: deposit it back to ${from} by hand.`,
      };
    default:
      throw new Error(`The transfer has not finished yet (${state.step}).`);
  }
}
