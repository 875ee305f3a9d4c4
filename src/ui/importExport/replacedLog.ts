/**
 * What a tab does when the log it shows is replaced under it, mostly by an import in another tab: it restarts
 * its session on the new log, exactly as after an import of its own, and says why the ledger changed.
 *
 * While an import of this tab runs, the replace is most likely that import's: the restart still happens (the
 * notice can overtake the import's answer, and a restart asked twice is done once), but the message is left
 * to the import, which says more (how many events, from which file).
 */
import { rememberOutcome } from './outcome';

let importsRunning = 0;

/** Runs an import of this tab, its restart included: a replace noticed meanwhile is taken for its own. */
export async function asImportOfThisTab<T>(work: () => Promise<T>): Promise<T> {
  importsRunning += 1;
  try {
    return await work();
  } finally {
    importsRunning -= 1;
  }
}

export const REPLACED_ELSEWHERE =
  'The ledger was replaced in another tab (an import). This tab now shows the new ledger.';

/** The store told of a replaced log: restart on it, and say so unless this tab's own import did it. */
export async function restartOnReplacedLog(restart: () => Promise<void>): Promise<void> {
  const elsewhere = importsRunning === 0;
  if (elsewhere) rememberOutcome({ kind: 'note', message: REPLACED_ELSEWHERE });
  try {
    await restart();
  } catch (error) {
    // This tab's import reports its own failed restart (it awaits the same one).
    if (!elsewhere) return;
    const detail = error instanceof Error ? error.message : String(error);
    rememberOutcome({
      kind: 'failed',
      message: `The ledger was replaced in another tab, and loading the new ledger here failed (${detail}): reload the page.`,
    });
  }
}
