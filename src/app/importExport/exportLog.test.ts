import { describe, expect, it } from 'vitest';
import { createInMemoryEventStore } from '../../eventStore/inMemoryEventStore';
import { importNdjson } from '../../importExport/importNdjson';
import { textbookStory } from '../../testing/ledgerFixtures';
import { exportLogFile } from './exportLog';

const now = () => new Date('2026-05-01T12:00:00.000Z');

describe('exportLogFile', () => {
  it('exports the whole log as a file that imports into a fresh ledger', async () => {
    const store = createInMemoryEventStore();
    await store.replaceLog(textbookStory());
    const progress: [number, number][] = [];
    const file = await exportLogFile(
      store,
      {},
      { now, onProgress: (done, total) => progress.push([done, total]) },
    );
    expect(file).toMatchObject({ fileName: 'chronoledger-events-2026-05-01-1-4.ndjson', eventCount: 4 });
    expect(file.blob.type).toBe('application/x-ndjson');
    const text = await file.blob.text();
    const [header, ...lines] = text.trimEnd().split('\n');
    expect(JSON.parse(header ?? '')).toEqual({
      format: 'chronoledger-events',
      formatVersion: 1,
      exportedAt: '2026-05-01T12:00:00.000Z',
      eventCount: 4,
    });
    expect(lines.map((line) => JSON.parse(line))).toEqual(textbookStory());
    expect(progress).toEqual([[4, 4]]);
    const fresh = createInMemoryEventStore();
    await importNdjson([text], fresh);
    expect(await fresh.readAll()).toStrictEqual(await store.readAll());
  });

  it('exports a position range, clamped to the log', async () => {
    const store = createInMemoryEventStore();
    await store.replaceLog(textbookStory());
    const file = await exportLogFile(store, { from: 2, to: 99 }, { now });
    expect(file).toMatchObject({ fileName: 'chronoledger-events-2026-05-01-2-4.ndjson', eventCount: 3 });
    const lines = (await file.blob.text()).trimEnd().split('\n').slice(1);
    expect(lines.map((line) => JSON.parse(line).position)).toEqual([2, 3, 4]);
  });

  it('exports an empty log as a header of no events', async () => {
    const file = await exportLogFile(createInMemoryEventStore(), {}, { now });
    expect(file.fileName).toBe('chronoledger-events-2026-05-01-empty.ndjson');
    expect(await file.blob.text()).toMatch(/"eventCount":0}\n$/);
  });
});
