import { describe, expect, it } from 'vitest';
import { createInMemoryEventStore } from '../eventStore/inMemoryEventStore';
import type { StoredEvent } from '../eventStore/types';
import { textbookStory } from '../testing/ledgerFixtures';
import { chunksOf, clampRange, exportToText, readLogChunks, writeEventLines } from './exportEvents';
import { exportFileName, headerLine } from './format';

const EXPORTED_AT = new Date('2026-05-01T12:00:00.000Z');

describe('export', () => {
  it('writes the header, then one event per line exactly as stored, keys in a fixed order', async () => {
    const event: StoredEvent = {
      metadata: { actor: 'teller', recordedAt: '2026-01-01T09:00:00.000Z', commandId: 'cmd-1' },
      data: { accountId: 'ACC-001', owner: 'Ada <b>', initialDeposit: 0 },
      type: 'AccountCreated',
      schemaVersion: 2,
      version: 1,
      streamId: 'account-ACC-001',
      position: 1,
      id: 'evt-1',
    };
    expect(await exportToText([[event]], EXPORTED_AT)).toBe(
      '{"format":"chronoledger-events","formatVersion":1,"exportedAt":"2026-05-01T12:00:00.000Z","eventCount":1}\n' +
        '{"id":"evt-1","position":1,"streamId":"account-ACC-001","version":1,"type":"AccountCreated",' +
        '"schemaVersion":2,"data":{"accountId":"ACC-001","owner":"Ada <b>","initialDeposit":0},' +
        '"metadata":{"recordedAt":"2026-01-01T09:00:00.000Z","commandId":"cmd-1","actor":"teller"}}\n',
    );
  });

  it('exports an empty source as a header of 0 events', async () => {
    expect(await exportToText([], EXPORTED_AT)).toBe(headerLine(0, EXPORTED_AT));
  });

  it('reads the store in ranges of the chunk size, within the range asked for', async () => {
    const store = createInMemoryEventStore();
    await store.replaceLog(textbookStory());
    const chunks = [];
    for await (const chunk of readLogChunks(store, { from: 2, to: 4 }, 2))
      chunks.push(chunk.map((e) => e.position));
    expect(chunks).toEqual([[2, 3], [4]]);
    expect(clampRange(4)).toEqual({ from: 1, to: 4 });
    expect(clampRange(4, { from: 0, to: 9 })).toEqual({ from: 1, to: 4 });
    expect(clampRange(0)).toEqual({ from: 1, to: 0 });
  });

  it('takes any iterable of events, in chunks, pausing and reporting progress after each', async () => {
    const events = textbookStory();
    const texts: string[] = [];
    const progress: number[] = [];
    let pauses = 0;
    const count = await writeEventLines(chunksOf(events, 3), (text) => texts.push(text), {
      onProgress: (written) => progress.push(written),
      pause: async () => void (pauses += 1),
    });
    expect(count).toBe(4);
    expect(texts.map((text) => text.split('\n').length - 1)).toEqual([3, 1]);
    expect(progress).toEqual([3, 4]);
    expect(pauses).toBe(2);
  });

  it('stops with an AbortError when cancelled, writing no further chunk', async () => {
    const controller = new AbortController();
    const texts: string[] = [];
    const writing = writeEventLines(chunksOf(textbookStory(), 1), (text) => texts.push(text), {
      onProgress: (written) => written === 2 && controller.abort(),
      signal: controller.signal,
      pause: async () => undefined,
    });
    await expect(writing).rejects.toMatchObject({ name: 'AbortError' });
    expect(texts).toHaveLength(2);
  });

  it('names files after the day and the range', () => {
    expect(exportFileName(EXPORTED_AT, 1, 250)).toBe('chronoledger-events-2026-05-01-1-250.ndjson');
    expect(exportFileName(EXPORTED_AT, 1, 0)).toBe('chronoledger-events-2026-05-01-empty.ndjson');
  });
});
