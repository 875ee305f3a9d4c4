/** Contract: every expected-state outcome, and that a mismatch appends nothing. */
import { describe, expect, it } from 'vitest';
import { ConcurrencyError } from '../errors';
import type { EventStore } from '../EventStore';
import type { ExpectedVersion } from '../types';
import { appendRequest, rejectionOf, seed } from './fixtures';

export function describeExpectedVersionCases(store: () => EventStore): void {
  async function expectAccepted(streamId: string, expected: ExpectedVersion, versionBefore: number) {
    const result = await store().append(appendRequest(streamId, 1, expected));
    expect(result.nextExpectedVersion).toBe(versionBefore + 1);
    expect(await store().streamVersion(streamId)).toBe(versionBefore + 1);
  }

  async function expectConcurrencyError(streamId: string, expected: ExpectedVersion, actual: number) {
    const headBefore = await store().headPosition();
    const error = await rejectionOf(store().append(appendRequest(streamId, 3, expected)));
    expect(error).toBeInstanceOf(ConcurrencyError);
    expect(error).toMatchObject({ name: 'ConcurrencyError', streamId, expected, actual });
    expect(await store().headPosition()).toBe(headBefore);
    expect(await store().streamVersion(streamId)).toBe(actual);
  }

  describe('expected version', () => {
    it('any: appends to a new stream', async () => {
      await expectAccepted('account-new', 'any', 0);
    });

    it('any: appends to an existing stream', async () => {
      await seed(store(), { 'account-a': 2 });
      await expectAccepted('account-a', 'any', 2);
    });

    it('no_stream: appends to a new stream', async () => {
      await expectAccepted('account-new', 'no_stream', 0);
    });

    it('no_stream: refuses an existing stream with its actual version', async () => {
      await seed(store(), { 'account-a': 2 });
      await expectConcurrencyError('account-a', 'no_stream', 2);
    });

    it('stream_exists: appends to an existing stream', async () => {
      await seed(store(), { 'account-a': 1 });
      await expectAccepted('account-a', 'stream_exists', 1);
    });

    it('stream_exists: refuses a new stream with actual version 0', async () => {
      await seed(store(), { 'account-other': 1 });
      await expectConcurrencyError('account-new', 'stream_exists', 0);
    });

    it('exact version: appends when the stream is at that version, 0 meaning empty', async () => {
      await expectAccepted('account-a', 0, 0);
      await seed(store(), { 'account-a': 2 });
      await expectAccepted('account-a', 3, 3);
    });

    it('exact version: refuses a stream at another version, writing none of the events', async () => {
      await seed(store(), { 'account-a': 2, 'account-b': 1 });
      await expectConcurrencyError('account-a', 1, 2);
      await expectConcurrencyError('account-a', 3, 2);
      await expectConcurrencyError('account-c', 1, 0);
      expect((await store().readAll()).map((event) => event.position)).toEqual([1, 2, 3]);
    });

    it('a failed check does not consume positions: the next append continues gap-free', async () => {
      await seed(store(), { 'account-a': 1 });
      await rejectionOf(store().append(appendRequest('account-a', 2, 'no_stream')));
      const result = await store().append(appendRequest('account-b', 2));
      expect(result).toEqual({
        streamId: 'account-b',
        firstPosition: 2,
        lastPosition: 3,
        nextExpectedVersion: 2,
      });
    });
  });
}
