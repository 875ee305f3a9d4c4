/** Contract: command ids make appends idempotent and remember refusals. */
import { describe, expect, it } from 'vitest';
import { CommandAlreadyRefusedError, isCommandAlreadyRefused } from '../commandErrors';
import { isConcurrencyError } from '../errors';
import type { EventStore } from '../EventStore';
import { appendRequest, rejectionOf, seed } from './fixtures';

export function describeCommandCases(store: () => EventStore): void {
  describe('command ids', () => {
    it('answers a repeated command id with the original result and appends nothing', async () => {
      await seed(store(), { 'account-a': 1 });
      const original = await store().append(
        appendRequest('account-b', 2, 'no_stream', { commandId: 'cmd-1' }),
      );
      const log = await store().readAll();
      // The retry's expected version no longer holds; the recorded outcome is still the answer.
      const retried = await store().append(
        appendRequest('account-b', 2, 'no_stream', { commandId: 'cmd-1' }),
      );
      expect(retried).toEqual(original);
      expect(await store().readAll()).toEqual(log);
      expect(await store().findCommand('cmd-1')).toEqual({
        commandId: 'cmd-1',
        kind: 'appended',
        result: original,
      });
    });

    it('throws CommandAlreadyRefusedError for a command id recorded as refused', async () => {
      await store().recordRefusal('cmd-2', 'INSUFFICIENT_FUNDS', 'Balance 10.00 EUR is below 25.00 EUR.');
      const error = await rejectionOf(
        store().append(appendRequest('account-a', 1, 'any', { commandId: 'cmd-2' })),
      );
      expect(error).toBeInstanceOf(CommandAlreadyRefusedError);
      expect(isCommandAlreadyRefused(error)).toBe(true);
      expect(error).toMatchObject({
        name: 'CommandAlreadyRefusedError',
        commandId: 'cmd-2',
        code: 'INSUFFICIENT_FUNDS',
        message: 'Balance 10.00 EUR is below 25.00 EUR.',
      });
      expect(await store().headPosition()).toBe(0);
      expect(await store().findCommand('cmd-2')).toEqual({
        commandId: 'cmd-2',
        kind: 'refused',
        code: 'INSUFFICIENT_FUNDS',
        message: 'Balance 10.00 EUR is below 25.00 EUR.',
      });
    });

    it('keeps the first outcome of a command id', async () => {
      const result = await store().append(appendRequest('account-a', 1, 'any', { commandId: 'cmd-3' }));
      await store().recordRefusal('cmd-3', 'LATE', 'Refused after the fact.');
      await store().recordRefusal('cmd-4', 'FIRST', 'First refusal.');
      await store().recordRefusal('cmd-4', 'SECOND', 'Second refusal.');
      expect(await store().findCommand('cmd-3')).toEqual({ commandId: 'cmd-3', kind: 'appended', result });
      expect(await store().findCommand('cmd-4')).toMatchObject({ kind: 'refused', code: 'FIRST' });
    });

    it('does not record a command whose append failed the version check, so it can be retried', async () => {
      await seed(store(), { 'account-a': 1 });
      const error = await rejectionOf(
        store().append(appendRequest('account-a', 1, 0, { commandId: 'cmd-5' })),
      );
      expect(isConcurrencyError(error)).toBe(true);
      expect(await store().findCommand('cmd-5')).toBeUndefined();
      const result = await store().append(appendRequest('account-a', 1, 1, { commandId: 'cmd-5' }));
      expect(result.nextExpectedVersion).toBe(2);
    });

    it('finds nothing for an unknown command id', async () => {
      expect(await store().findCommand('cmd-unknown')).toBeUndefined();
    });
  });
}
