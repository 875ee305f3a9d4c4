import { holdingLock } from './webLocks';

/** The lock's name, for every tab and worker of the origin. */
export const LOG_LOCK = 'chronoledger.log';

/**
 * The log's lock: an import replaces the log only while no transfer is under way, and a transfer starts
 * only while no replacement is. A transfer is two appends (its withdrawal, then its deposit or refund): a
 * log replaced between them would keep one half without the other, or take in a deposit whose withdrawal it
 * never had. A tab restarting on a replaced log takes it alone too, before it closes its session's store, so
 * that a transfer of its own that started after the replacement is not cut either. A plain command takes no
 * lock: it is one append, which a replacement takes in whole or not at all.
 *
 * Without Web Locks both run unlocked (see `webLocks`): then only the tab's own order guards them.
 */
export const logLock = {
  /** Runs `work` while the log cannot be replaced; any number of writers hold the lock together. */
  whileWriting<Result>(work: () => Promise<Result>): Promise<Result> {
    return holdingLock(LOG_LOCK, { mode: 'shared' }, work);
  },
  /**
   * Runs `work` once no writer holds the lock, alone meanwhile. `signal` gives up the wait (rejecting with
   * its reason, an AbortError): a cancelled import must not wait for a transfer to finish.
   */
  whileReplacing<Result>(work: () => Promise<Result>, signal?: AbortSignal): Promise<Result> {
    return holdingLock(LOG_LOCK, { mode: 'exclusive', ...(signal && { signal }) }, work);
  },
};
