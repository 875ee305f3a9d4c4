import { beforeEach, describe, expect, it, vi } from 'vitest';
import { rememberedOutcome, rememberOutcome, watchOutcome } from './outcome';
import { asImportOfThisTab, REPLACED_ELSEWHERE, restartOnReplacedLog } from './replacedLog';

const failingRestart = () => Promise.reject(new Error('QuotaExceededError'));

beforeEach(() => rememberOutcome(null));

describe('restartOnReplacedLog', () => {
  it('restarts, saying the ledger was replaced elsewhere, and tells the watchers of the outcome', async () => {
    const restart = vi.fn(async () => undefined);
    const watcher = vi.fn();
    const unwatch = watchOutcome(watcher);
    await restartOnReplacedLog(restart);
    unwatch();
    expect(restart).toHaveBeenCalledOnce();
    expect(rememberedOutcome()).toEqual({ kind: 'note', message: REPLACED_ELSEWHERE });
    expect(watcher).toHaveBeenCalledOnce();
  });

  it('says to reload when the new ledger cannot be loaded', async () => {
    await restartOnReplacedLog(failingRestart);
    expect(rememberedOutcome()).toEqual({
      kind: 'failed',
      message:
        'The ledger was replaced in another tab, and loading the new ledger here failed (QuotaExceededError): reload the page.',
    });
  });

  it("leaves the message to this tab's import while one runs, failure included", async () => {
    const restart = vi.fn(async () => undefined);
    await asImportOfThisTab(async () => {
      await restartOnReplacedLog(restart);
      await restartOnReplacedLog(failingRestart);
    });
    expect(restart).toHaveBeenCalledOnce();
    expect(rememberedOutcome()).toBeNull();
    // Once the import is over, a replace is someone else's again.
    await restartOnReplacedLog(restart);
    expect(rememberedOutcome()).toEqual({ kind: 'note', message: REPLACED_ELSEWHERE });
  });
});
