import { logLock } from '../logLock';
import { holdingLock, ifLockFree } from '../webLocks';

/** The lock of one transfer (named by its withdrawal's command id), across every tab of the origin. */
export interface TransferLocks {
  /** Runs `work` holding the lock, waiting for it if need be. */
  whileHolding<Result>(withdrawalCommandId: string, work: () => Promise<Result>): Promise<Result>;
  /** Runs `work` holding the lock if it is free; resolves null at once when it is held. */
  ifFree<Result>(withdrawalCommandId: string, work: () => Promise<Result>): Promise<Result | null>;
}

const lockName = (withdrawalCommandId: string) => `chronoledger.transfer.${withdrawalCommandId}`;

/**
 * The browser's Web Locks. Inside its own lock, a transfer's work also holds the log's lock as a writer
 * (`logLock`), so that no import replaces the log between its steps. Where there are no Web Locks (an old
 * browser, the unit tests' Node), the work runs unlocked: a running transfer is then not told apart from an
 * interrupted one, but the store still carries out each of its command ids once.
 */
export const webTransferLocks: TransferLocks = {
  whileHolding<Result>(id: string, work: () => Promise<Result>) {
    return holdingLock(lockName(id), {}, () => logLock.whileWriting(work));
  },
  ifFree<Result>(id: string, work: () => Promise<Result>) {
    return ifLockFree(lockName(id), () => logLock.whileWriting(work));
  },
};
