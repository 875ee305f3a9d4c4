/**
 * The corpus of malformed and hostile files: every one is refused with a reason naming its line, and the
 * store it was imported into is left exactly as it was, with nothing written at all.
 */
import { describe, expect, it, vi } from 'vitest';
import { createInMemoryEventStore } from '../eventStore/inMemoryEventStore';
import { textbookStory } from '../testing/ledgerFixtures';
import { BASE_EVENTS, file } from './corpus/build';
import { headerCases } from './corpus/headerCases';
import { limitCases, lineCases } from './corpus/lineCases';
import { ruleCases } from './corpus/ruleCases';
import { valueCases } from './corpus/valueCases';
import { isImportRefused } from './ImportRefused';
import { importNdjson } from './importNdjson';

const corpus = [...headerCases, ...lineCases, ...limitCases, ...valueCases, ...ruleCases];

/** A store holding the textbook story, with every write spied on. */
async function existingLedger() {
  const store = createInMemoryEventStore();
  await store.replaceLog(textbookStory());
  const before = await store.readAll();
  const writes = ['append', 'appendBatch', 'replaceLog', 'recordRefusal', 'saveReadModelSnapshot'] as const;
  const spies = writes.map((method) => vi.spyOn(store, method));
  return { store, before, spies };
}

/** Splits text into chunks of `size` characters, as a file stream would deliver it. */
function* chunked(text: string, size: number): Generator<string> {
  for (let start = 0; start < text.length; start += size) yield text.slice(start, start + size);
}

describe('the import corpus', () => {
  it('holds at least 50 malformed or hostile files, each named once', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(50);
    expect(new Set(corpus.map((entry) => entry.name)).size).toBe(corpus.length);
  });

  it('starts from a base file that imports', async () => {
    const store = createInMemoryEventStore();
    expect(await importNdjson([file(BASE_EVENTS)], store)).toEqual({
      eventCount: 7,
      exportedAt: '2026-05-01T12:00:00.000Z',
    });
    expect(await store.headPosition()).toBe(7);
  });

  it.each(corpus.map((entry) => [entry.name, entry] as const))(
    'refuses %s with its reason and writes nothing',
    async (_, { text, line, reason }) => {
      const { store, before, spies } = await existingLedger();
      let refusal: unknown;
      try {
        await importNdjson(chunked(text, 1000), store);
      } catch (error) {
        refusal = error;
      }
      expect(isImportRefused(refusal)).toBe(true);
      expect(refusal).toMatchObject({ line, reason: expect.stringMatching(reason) });
      for (const spy of spies) expect(spy).not.toHaveBeenCalled();
      expect(await store.readAll()).toStrictEqual(before);
      expect(await store.headPosition()).toBe(before.length);
    },
  );

  it('names the line in the message shown to people', async () => {
    const { store } = await existingLedger();
    const overdraft = ruleCases.find((entry) => entry.name === 'an overdraft');
    await expect(importNdjson([overdraft?.text ?? ''], store)).rejects.toThrowError(
      /^Line 5: MoneyWithdrawn breaks a rule of the ledger: Insufficient funds/,
    );
  });
});
