/**
 * Contract: reads stay exact across segment boundaries (for stores without segments these are plain appends).
 * Every case crosses boundaries by single appends, by single commands straddling one, and by batches, and then
 * checks every kind of read against what was appended.
 */
import { describe, expect, it } from 'vitest';
import type { EventStore } from '../EventStore';
import type { AppendRequest, AppendResult, StoredEvent } from '../types';
import { appendRequest, range } from './fixtures';

const STREAMS = ['account-a', 'account-b', 'transfer-1'];

/** What was appended, to check the store against. */
class Appended {
  readonly ids: string[] = [];
  readonly streams: string[] = [];
  readonly commands = new Map<string, AppendResult>();
  private next = 0;

  /** Requests of `sizes` events each, round-robin over the streams. */
  requests(sizes: readonly number[]): AppendRequest[] {
    return sizes.map((size) =>
      appendRequest(STREAMS[(this.next += 1) % STREAMS.length] ?? 'account-a', size),
    );
  }

  record(requests: readonly AppendRequest[], results: readonly AppendResult[]): void {
    requests.forEach((request, index) => {
      this.ids.push(...request.events.map((event) => event.id));
      this.streams.push(...request.events.map(() => request.streamId));
      const result = results[index];
      if (result) this.commands.set(request.commandId, result);
    });
  }
}

async function appendOneByOne(store: EventStore, appended: Appended, sizes: readonly number[]) {
  for (const request of appended.requests(sizes)) appended.record([request], [await store.append(request)]);
}

async function appendAsBatch(store: EventStore, appended: Appended, sizes: readonly number[]) {
  const requests = appended.requests(sizes);
  appended.record(requests, await store.appendBatch(requests));
}

const ids = (events: readonly StoredEvent[]) => events.map((event) => event.id);

/** Command sizes of at most `largest` events that add up to `total`. */
function sizesSummingTo(total: number, largest: number): number[] {
  const sizes: number[] = [];
  for (let left = total; left > 0; left -= largest) sizes.push(Math.min(largest, left));
  return sizes;
}

async function expectExactReads(store: EventStore, appended: Appended, segmentSize: number): Promise<void> {
  const head = appended.ids.length;
  const log = await store.readAll();
  expect(ids(log)).toEqual(appended.ids);
  expect(log.map((event) => event.position)).toEqual(range(1, head));
  expect(await store.headPosition()).toBe(head);
  for (let boundary = segmentSize; boundary <= head + 1; boundary += segmentSize) {
    for (const [from, to] of [
      [boundary, boundary],
      [boundary + 1, boundary + 1],
      [boundary - 1, boundary + 2],
      [boundary - segmentSize + 2, boundary + segmentSize - 1],
      [boundary + 1, head + 5],
      [1, boundary],
    ] as const) {
      expect(ids(await store.readAll({ from, to }))).toEqual(appended.ids.slice(from - 1, to));
    }
  }
  for (const streamId of STREAMS) {
    const expected = appended.ids.filter((_, index) => appended.streams[index] === streamId);
    expect(ids(await store.readStream(streamId))).toEqual(expected);
    const middle = Math.ceil(expected.length / 2);
    expect(ids(await store.readStream(streamId, { fromVersion: 2, toVersion: middle }))).toEqual(
      expected.slice(1, middle),
    );
    expect(ids(await store.readStream(streamId, { fromVersion: middle }))).toEqual(
      expected.slice(middle - 1),
    );
  }
  for (const [commandId, result] of appended.commands) {
    expect(await store.findCommand(commandId)).toEqual({ commandId, kind: 'appended', result });
  }
}

export function describeSealingCases(store: () => EventStore, segmentSize: number): void {
  describe(`segment boundaries (segment size ${segmentSize})`, () => {
    it('stays exact when single appends cross a boundary', async () => {
      const appended = new Appended();
      await appendAsBatch(store(), appended, sizesSummingTo(segmentSize - 3, Math.ceil(segmentSize / 16)));
      await appendOneByOne(store(), appended, [1, 1, 1, 1, 1, 2, 1]);
      await expectExactReads(store(), appended, segmentSize);
    });

    it('stays exact when one command straddles a boundary, appended alone or in a batch', async () => {
      const appended = new Appended();
      await appendAsBatch(store(), appended, [segmentSize - 2]);
      await appendOneByOne(store(), appended, [5]);
      await appendAsBatch(store(), appended, [segmentSize - 6, 4, 2]);
      await expectExactReads(store(), appended, segmentSize);
      expect(appended.commands.size).toBe(5);
    });

    it('stays exact when batches fill the tail, write whole segments and leave a remainder', async () => {
      const appended = new Appended();
      await appendOneByOne(store(), appended, [Math.floor(segmentSize / 2) + 1]);
      await appendAsBatch(store(), appended, [segmentSize, 3, segmentSize + 1, 2, segmentSize]);
      // Ends exactly on a boundary: the tail is sealed and left empty.
      await appendAsBatch(store(), appended, [segmentSize - (appended.ids.length % segmentSize)]);
      await appendAsBatch(store(), appended, [segmentSize, 1]);
      await appendOneByOne(store(), appended, [1, 3]);
      await expectExactReads(store(), appended, segmentSize);
    });
  });
}
