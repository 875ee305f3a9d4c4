import { useCallback, useState } from 'react';
import type { AccountCommandRequest } from '../../commands/account/dispatchAccountCommand';
import type { CommandOutcome } from '../../commands/handleCommand';
import { describeTransfer } from '../../commands/transfer/describeTransfer';
import type { TransferRequest } from '../../commands/transfer/transferPolicy';
import { runTransfer } from '../../app/transfer/runTransfer';
import { isDomainRuleViolation } from '../../domain/DomainRuleViolation';
import { isConcurrencyError } from '../../eventStore/errors';
import { useSession } from '../SessionContext';

/**
 * The last command's result, in words: a refusal by the rules, a storage failure, what was recorded, or
 * (only for a transfer whose refund failed too) money that needs a person's attention.
 */
export type Feedback = {
  readonly kind: 'refused' | 'failed' | 'done' | 'attention';
  readonly message: string;
  /** For a recorded command: the position of its last event, so the feedback can say while it is pending. */
  readonly position?: number;
};

export interface CommandRunner {
  readonly feedback: Feedback | null;
  readonly busy: boolean;
  /**
   * Builds the command (parsing input may itself be refused) and dispatches it. Resolves true when it was
   * accepted, so that a form can clear its fields.
   */
  run(build: () => AccountCommandRequest, describe: (outcome: AcceptedOutcome) => string): Promise<boolean>;
  /**
   * Builds a transfer and runs it to its end (withdrawal, then deposit or refund). Resolves true only when
   * the money arrived; the feedback says where the money is in every case.
   */
  transfer(build: () => TransferRequest): Promise<boolean>;
}

export type AcceptedOutcome = Extract<CommandOutcome, { status: 'accepted' }>;

const TRANSFER_FEEDBACK = { done: 'done', refused: 'refused', stranded: 'attention' } as const;

export function useCommandRunner(actor: string): CommandRunner {
  const session = useSession();
  const [feedback, setFeedback] = useState<Feedback | null>(null);
  const [busy, setBusy] = useState(false);

  /** Runs `work` while busy and shows its feedback, or the error's. Resolves true when it succeeded. */
  const settle = useCallback(async (work: () => Promise<Feedback>): Promise<boolean> => {
    setBusy(true);
    try {
      const result = await work();
      setFeedback(result);
      return result.kind === 'done';
    } catch (error) {
      setFeedback(toFeedback(error));
      return false;
    } finally {
      setBusy(false);
    }
  }, []);

  const run = useCallback<CommandRunner['run']>(
    (build, describe) =>
      settle(async () => {
        const outcome = await session.dispatch(build(), { actor });
        return outcome.status === 'refused'
          ? { kind: 'refused', message: outcome.violation.message }
          : { kind: 'done', message: describe(outcome), position: outcome.result.lastPosition };
      }),
    [session, actor, settle],
  );

  const transfer = useCallback<CommandRunner['transfer']>(
    (build) =>
      settle(async () => {
        const state = await runTransfer(session, build(), actor);
        const outcome = describeTransfer(state);
        // A completed transfer's last event is its deposit: the feedback says while it is pending.
        const position = state.step === 'completed' ? { position: state.deposit.position } : {};
        return { kind: TRANSFER_FEEDBACK[outcome.kind], message: outcome.message, ...position };
      }),
    [session, actor, settle],
  );
  return { feedback, busy, run, transfer };
}

function toFeedback(error: unknown): Feedback {
  if (isDomainRuleViolation(error)) return { kind: 'refused', message: error.message };
  if (isConcurrencyError(error)) {
    return {
      kind: 'failed',
      message: 'Someone else changed this account at the same moment. Nothing was saved; try again.',
    };
  }
  const detail = error instanceof Error ? error.message : String(error);
  return { kind: 'failed', message: `The ledger could not be saved, so nothing was recorded. ${detail}` };
}
