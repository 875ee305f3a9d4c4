import { describe, expect, it } from 'vitest';
import { StorageError } from '../../eventStore/errors';
import { createInMemoryEventStore } from '../../eventStore/inMemoryEventStore';
import { BASE_EVENTS, file } from '../../importExport/corpus/build';
import { ImportRefused } from '../../importExport/ImportRefused';
import { IMPORT_LIMITS } from '../../importExport/importLimits';
import { textbookStory } from '../../testing/ledgerFixtures';
import { endOfError, summaryOfEnd } from './importOutcome';
import { runImport, type ImportProgress } from './runImport';

async function existingStore() {
  const store = createInMemoryEventStore();
  await store.replaceLog(textbookStory());
  return { store, before: await store.readAll() };
}

describe('runImport', () => {
  it('reads a file as UTF-8, byte-order mark or not, and reports bytes, then events written', async () => {
    const { store } = await existingStore();
    const text = file(BASE_EVENTS);
    const progress: ImportProgress[] = [];
    const bom = new Uint8Array([0xef, 0xbb, 0xbf]);
    const blob = new Blob([bom, text]);
    const summary = await runImport(blob, store, { onProgress: (step) => progress.push(step) });
    expect(summary.eventCount).toBe(7);
    expect(await store.headPosition()).toBe(7);
    expect(progress.at(-1)).toEqual({ phase: 'writing', done: 7, total: 7 });
  });

  it('refuses a file over the size limit before reading it', async () => {
    const { store, before } = await existingStore();
    const limits = { ...IMPORT_LIMITS, maxFileBytes: 1024 * 1024 };
    const blob = new Blob([new Uint8Array(1024 * 1024 + 1)]);
    await expect(runImport(blob, store, { limits })).rejects.toMatchObject({
      line: 0,
      reason: expect.stringMatching(/The file is 2 MiB; at most 1 MiB can be imported/),
    });
    expect(await store.readAll()).toStrictEqual(before);
  });

  it('refuses bytes that are not UTF-8, leaving the ledger as it was', async () => {
    const { store, before } = await existingStore();
    const blob = new Blob([file(BASE_EVENTS).slice(0, 200), new Uint8Array([0xff, 0xfe, 0x80]), '\n']);
    await expect(runImport(blob, store)).rejects.toThrowError(/not UTF-8 text/);
    expect(await store.readAll()).toStrictEqual(before);
  });

  it('refuses an event limit smaller than the file, naming the header line', async () => {
    const { store } = await existingStore();
    const limits = { ...IMPORT_LIMITS, maxEvents: 5 };
    await expect(runImport(new Blob([file(BASE_EVENTS)]), store, { limits })).rejects.toMatchObject({
      line: 1,
      reason: expect.stringMatching(/7 events; at most 5 can be imported/),
    });
  });
});

describe('the end of an import, across the worker boundary', () => {
  it('turns every outcome into a message and back into the same kind of answer', () => {
    const summary = { eventCount: 3, exportedAt: '2026-05-01T12:00:00.000Z' };
    expect(summaryOfEnd({ kind: 'done', summary })).toBe(summary);
    const refused = endOfError(new ImportRefused(4, 'bad'));
    expect(() => summaryOfEnd(refused)).toThrowError(new ImportRefused(4, 'bad'));
    expect(() => summaryOfEnd(refused)).toThrowError(ImportRefused);
    const cancelled = endOfError(new DOMException('stop', 'AbortError'));
    expect(cancelled).toEqual({ kind: 'cancelled' });
    expect(() => summaryOfEnd(cancelled)).toThrowError(expect.objectContaining({ name: 'AbortError' }));
    const storage = endOfError(new StorageError('Quota exceeded'));
    expect(() => summaryOfEnd(storage)).toThrowError(StorageError);
    expect(endOfError('odd')).toEqual({ kind: 'failed', message: 'odd', storage: false });
  });
});
