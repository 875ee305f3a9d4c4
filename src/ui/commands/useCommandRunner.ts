import { useCallback, useState } from 'react';
import type { AccountCommandRequest } from '../../commands/account/dispatchAccountCommand';
import type { CommandOutcome } from '../../commands/handleCommand';
import { isDomainRuleViolation } from '../../domain/DomainRuleViolation';
import { isConcurrencyError } from '../../eventStore/errors';
import { useSession } from '../SessionContext';

/** The last command's result, in words: a refusal by the rules, a storage failure, or what was recorded. */
export type Feedback =
  | { readonly kind: 'refused'; readonly message: string }
  | { readonly kind: 'failed'; readonly message: string }
  | { readonly kind: 'done'; readonly message: string };

export interface CommandRunner {
  readonly feedback: Feedback | null;
  readonly busy: boolean;
  /**
   * Builds the command (parsing input may itself be refused) and dispatches it. Resolves true when it was
   * accepted, so that a form can clear its fields.
   */
  run(build: () => AccountCommandRequest, describe: (outcome: AcceptedOutcome) => string): Promise<boolean>;
}

export type AcceptedOutcome = Extract<CommandOutcome, { status: 'accepted' }>;

export function useCommandRunner(actor: string): CommandRunner {
  const session = useSession();
  const [feedback, setFeedback] = useState<Feedback | null>(null);
  const [busy, setBusy] = useState(false);

  const run = useCallback<CommandRunner['run']>(
    async (build, describe) => {
      setBusy(true);
      try {
        const outcome = await session.dispatch(build(), { actor });
        if (outcome.status === 'refused') {
          setFeedback({ kind: 'refused', message: outcome.violation.message });
          return false;
        }
        setFeedback({ kind: 'done', message: describe(outcome) });
        return true;
      } catch (error) {
        setFeedback(toFeedback(error));
        return false;
      } finally {
        setBusy(false);
      }
    },
    [session, actor],
  );
  return { feedback, busy, run };
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
