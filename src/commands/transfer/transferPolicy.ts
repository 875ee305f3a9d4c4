/**
 * A transfer between two accounts as a small process manager. The account aggregate knows nothing of
 * transfers (and the log has no transfer event type), so a transfer is three ordinary commands joined by
 * their metadata:
 *
 *   1. WithdrawMoney on the source: a fresh command C, so its correlation and causation are C.
 *   2. Reacting to the MoneyWithdrawn event W: DepositMoney on the target, correlated to C and caused by W.
 *   3. If that deposit is refused (the target is closed, missing or at its limit) or cannot be stored:
 *      a refund, DepositMoney on the source, correlated to C and caused by W as well.
 *
 * The refund's cause: a refusal writes no event, so it cannot be a cause in the log. The refund names the
 * event that triggered the refused deposit, the withdrawal W. The chain then reads C → W → refund: the money's
 * path out and back, every step an event one can jump to. The refused deposit itself lives on in the store's
 * command records and in the outcome shown to the user.
 *
 * Pure: it decides what to issue next from what happened; `runTransfer` (app layer) issues the commands.
 */
import { DomainRuleViolation } from '../../domain/DomainRuleViolation';
import type { AccountId, DepositMoney, WithdrawMoney } from '../../domain/account';
import type { Cents } from '../../domain/money';
import { correlationOf } from '../../eventStore/correlation';
import type { StoredEvent } from '../../eventStore/types';

export interface TransferRequest {
  readonly from: AccountId;
  readonly to: AccountId;
  readonly amount: Cents;
}

/** What the policy needs to know of an appended event. */
export type EventFact = Pick<StoredEvent, 'id' | 'position' | 'streamId' | 'type' | 'metadata'>;

/** Why a command was not carried out: a rule's refusal, or a storage failure (code "NotStored"). */
export interface Refusal {
  readonly code: string;
  readonly message: string;
}

export type TransferState =
  | { readonly step: 'withdrawing'; readonly request: TransferRequest }
  | { readonly step: 'depositing'; readonly request: TransferRequest; readonly withdrawal: EventFact }
  | {
      readonly step: 'refunding';
      readonly request: TransferRequest;
      readonly withdrawal: EventFact;
      readonly depositRefusal: Refusal;
    }
  /** Finished: both legs are in the log. */
  | {
      readonly step: 'completed';
      readonly request: TransferRequest;
      readonly withdrawal: EventFact;
      readonly deposit: EventFact;
    }
  /** Finished: the withdrawal was refused, so nothing moved. */
  | { readonly step: 'refused'; readonly request: TransferRequest; readonly refusal: Refusal }
  /** Finished: the deposit was refused and the money went back to the source. */
  | {
      readonly step: 'refunded';
      readonly request: TransferRequest;
      readonly withdrawal: EventFact;
      readonly depositRefusal: Refusal;
      readonly refund: EventFact;
    }
  /** Finished badly: the refund was refused too; the withdrawn money needs a person (rare, see describe). */
  | {
      readonly step: 'stranded';
      readonly request: TransferRequest;
      readonly withdrawal: EventFact;
      readonly depositRefusal: Refusal;
      readonly refundRefusal: Refusal;
    };

/** The links a command records: what it belongs to and what it follows from. Empty for a fresh command. */
export interface CommandLinks {
  readonly correlationId?: string;
  readonly causationId?: string;
}

export interface NextCommand {
  readonly command: WithdrawMoney | DepositMoney;
  readonly links: CommandLinks;
  /**
   * The command's id, fixed by the policy: the withdrawal's is chosen by the caller before it is issued;
   * a follow-up's is derived from the withdrawal event, so that a transfer resumed after an interruption
   * (or run by two tabs) issues the very same commands, which the store carries out once.
   */
  readonly commandId: string;
}

/** The state after an observation, and the command to issue next (none once the transfer has finished). */
export interface TransferStep {
  readonly state: TransferState;
  readonly next: NextCommand | null;
}

/** The one refusal of the policy itself; every other rule is the account decider's. */
export const SAME_ACCOUNT = 'TransferToSameAccount';

/** Starts a transfer: first, withdraw from the source as a fresh command, with the id given. */
export function startTransfer(request: TransferRequest, withdrawalCommandId: string): TransferStep {
  if (request.from === request.to) {
    throw new DomainRuleViolation(SAME_ACCOUNT, 'Choose another account to transfer to.');
  }
  const { from, amount } = request;
  return {
    state: { step: 'withdrawing', request },
    next: {
      command: { type: 'WithdrawMoney', accountId: from, amount },
      links: {},
      commandId: withdrawalCommandId,
    },
  };
}

/** The id of a follow-up of `withdrawal`: the same whoever issues it, and whenever. */
export function followUpCommandId(withdrawal: EventFact, followUp: 'deposit' | 'refund'): string {
  return `${withdrawal.id}:${followUp}`;
}

/**
 * Where a transfer stands once its withdrawal is in the log: it deposits into the target next. Also where
 * one interrupted after its withdrawal resumes (whatever followed is found again by the follow-up's id).
 */
export function afterWithdrawal(request: TransferRequest, withdrawal: EventFact): TransferStep {
  const deposit: DepositMoney = { type: 'DepositMoney', accountId: request.to, amount: request.amount };
  return {
    state: { step: 'depositing', request, withdrawal },
    next: {
      command: deposit,
      links: linksCausedBy(withdrawal),
      commandId: followUpCommandId(withdrawal, 'deposit'),
    },
  };
}

/**
 * A follow-up command inherits the correlation of the event it reacts to and names that event as its
 * cause: the rule that makes chains traceable from any of their events.
 */
export function linksCausedBy(event: EventFact): Required<CommandLinks> {
  return { correlationId: correlationOf(event), causationId: event.id };
}

/** The command issued last was accepted and appended these events. */
export function onAccepted(state: TransferState, events: readonly EventFact[]): TransferStep {
  const { request } = state;
  switch (state.step) {
    case 'withdrawing':
      return afterWithdrawal(request, eventOf(events, 'MoneyWithdrawn'));
    case 'depositing':
      return finished({ ...state, step: 'completed', deposit: eventOf(events, 'MoneyDeposited') });
    case 'refunding':
      return finished({ ...state, step: 'refunded', refund: eventOf(events, 'MoneyDeposited') });
    default:
      throw new Error(`The transfer has finished (${state.step}); nothing more was issued.`);
  }
}

/** The command issued last was refused by the rules, or could not be stored. */
export function onRefused(state: TransferState, refusal: Refusal): TransferStep {
  const { request } = state;
  switch (state.step) {
    case 'withdrawing':
      return finished({ step: 'refused', request, refusal });
    case 'depositing': {
      const refund: DepositMoney = { type: 'DepositMoney', accountId: request.from, amount: request.amount };
      return {
        state: { ...state, step: 'refunding', depositRefusal: refusal },
        // Caused by the refused deposit's trigger, the withdrawal (see the module comment).
        next: {
          command: refund,
          links: linksCausedBy(state.withdrawal),
          commandId: followUpCommandId(state.withdrawal, 'refund'),
        },
      };
    }
    case 'refunding':
      return finished({ ...state, step: 'stranded', refundRefusal: refusal });
    default:
      throw new Error(`The transfer has finished (${state.step}); nothing more was issued.`);
  }
}

const finished = (state: TransferState): TransferStep => ({ state, next: null });

function eventOf(events: readonly EventFact[], type: string): EventFact {
  const event = events.find((candidate) => candidate.type === type);
  if (!event) throw new Error(`The accepted command appended no ${type} event.`);
  return event;
}
