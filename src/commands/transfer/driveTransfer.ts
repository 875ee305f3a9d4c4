import {
  onAccepted,
  onRefused,
  type EventFact,
  type NextCommand,
  type Refusal,
  type TransferState,
  type TransferStep,
} from './transferPolicy';

/** What became of one issued command: the events it appended, or why it was not carried out. */
export type Observation =
  { readonly accepted: readonly EventFact[] } | { readonly refused: Refusal; readonly accepted?: undefined };

/** Issues one command with its links and reports what became of it; may throw on a storage failure. */
export type IssueCommand = (next: NextCommand) => Promise<Observation>;

/**
 * Runs a transfer to its end from `first` (`startTransfer`, or `afterWithdrawal` to resume one), one command
 * at a time, and resolves with the finished state.
 *
 * A storage failure of the withdrawal is thrown: nothing was written. Once money has left the source, a
 * failure is never thrown: a deposit that could not be stored is treated like a refused one (the money is
 * refunded), and a refund that could not be stored ends the transfer "stranded", which `describeTransfer`
 * reports with the event to repair. So the caller always learns where the money is.
 */
export async function driveTransfer(first: TransferStep, issue: IssueCommand): Promise<TransferState> {
  let { state, next } = first;
  while (next) {
    const observation = await observe(state, next, issue);
    ({ state, next } =
      observation.accepted !== undefined
        ? onAccepted(state, observation.accepted)
        : onRefused(state, observation.refused));
  }
  return state;
}

async function observe(state: TransferState, next: NextCommand, issue: IssueCommand): Promise<Observation> {
  if (state.step === 'withdrawing') return issue(next);
  try {
    return await issue(next);
  } catch (error) {
    return { refused: notStored(error) };
  }
}

/** The refusal a follow-up stands for when storing it failed with `error`. */
export function notStored(error: unknown): { readonly code: 'NotStored'; readonly message: string } {
  const detail = error instanceof Error ? error.message : String(error);
  return { code: 'NotStored', message: `It could not be stored (${detail}).` };
}
