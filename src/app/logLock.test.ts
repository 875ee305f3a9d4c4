import { afterEach, describe, expect, it, vi } from 'vitest';
import type { AccountId } from '../domain/account';
import { parseAmount } from '../domain/money';
import type { EventStore } from '../eventStore/EventStore';
import { createInMemoryEventStore } from '../eventStore/inMemoryEventStore';
import { BASE_EVENTS, file } from '../importExport/corpus/build';
import { runImport } from './importExport/runImport';
import { createLedgerSession } from './ledgerSession';
import { LOG_LOCK, logLock } from './logLock';
import { runTransfer } from './transfer/runTransfer';

/** A LockManager that grants every request at once and tells which locks are held at any moment. */
function recordingLocks() {
  const held: string[] = [];
  const signals: (AbortSignal | undefined)[] = [];
  const locks = {
    async request(name: string, options: LockOptions, callback: (lock: Lock) => Promise<unknown>) {
      const entry = `${name} ${options.mode ?? 'exclusive'}`;
      signals.push(options.signal);
      held.push(entry);
      try {
        return await callback({ name, mode: options.mode ?? 'exclusive' });
      } finally {
        held.splice(held.indexOf(entry), 1);
      }
    },
  };
  vi.stubGlobal('navigator', { locks });
  return { held: () => [...held], signals };
}

/** Notes, at each call of the store's `method`, which locks are held then. */
function heldAtEachCall(store: EventStore, method: 'replaceLog' | 'appendBatch', held: () => string[]) {
  const seen: string[][] = [];
  const original = store[method].bind(store) as (...args: unknown[]) => unknown;
  Object.assign(store, {
    [method]: (...args: unknown[]) => {
      seen.push(held());
      return original(...args);
    },
  });
  return seen;
}

afterEach(() => vi.unstubAllGlobals());

describe("the log's lock", () => {
  it('is held alone while an import replaces the log, and the import can give up waiting for it', async () => {
    const locks = recordingLocks();
    const store = createInMemoryEventStore();
    const heldWhileReplacing = heldAtEachCall(store, 'replaceLog', locks.held);
    const cancel = new AbortController();

    await runImport(new Blob([file(BASE_EVENTS)]), store, { signal: cancel.signal });

    expect(heldWhileReplacing).toEqual([[`${LOG_LOCK} exclusive`]]);
    expect(locks.signals).toEqual([cancel.signal]);
    expect(await store.headPosition()).toBe(BASE_EVENTS.length);
  });

  it("is held as a writer, inside the transfer's own lock, by every append of a transfer", async () => {
    const store = createInMemoryEventStore();
    const session = createLedgerSession({ eventStore: store });
    await session.start();
    await session.dispatch({ type: 'OpenAccount', owner: 'Ada', initialDeposit: parseAmount('500') });
    await session.dispatch({ type: 'OpenAccount', owner: 'Bo', initialDeposit: parseAmount('1') });
    const locks = recordingLocks();
    const heldWhileAppending = heldAtEachCall(store, 'appendBatch', locks.held);

    const amount = parseAmount('120');
    const state = await runTransfer(session, {
      from: 'ACC-001' as AccountId,
      to: 'ACC-002' as AccountId,
      amount,
    });

    expect(state.step).toBe('completed');
    expect(heldWhileAppending).toHaveLength(2);
    for (const held of heldWhileAppending) {
      expect(held).toEqual([
        expect.stringMatching(/^chronoledger\.transfer\.\S+ exclusive$/),
        `${LOG_LOCK} shared`,
      ]);
    }
  });

  it('lets the work run unlocked where there are no Web Locks', async () => {
    vi.stubGlobal('navigator', undefined);
    await expect(logLock.whileWriting(async () => 'written')).resolves.toBe('written');
    await expect(logLock.whileReplacing(async () => 'replaced')).resolves.toBe('replaced');
  });
});
