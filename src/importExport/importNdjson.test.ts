import { describe, expect, it } from 'vitest';
import { createInMemoryEventStore } from '../eventStore/inMemoryEventStore';
import { textbookStory } from '../testing/ledgerFixtures';
import { BASE_EVENTS, event, file, header } from './corpus/build';
import { importNdjson, type ImportPhase } from './importNdjson';

async function storeWithTextbookStory() {
  const store = createInMemoryEventStore({ segmentSize: 2 });
  await store.replaceLog(textbookStory());
  return { store, before: await store.readAll() };
}

/** A valid ledger of many events: one account, then deposits. */
function longFile(deposits: number): string {
  const events = [
    event(1, 'ACC-001', 1, 'AccountCreated', { accountId: 'ACC-001', owner: 'Ada', initialDeposit: 0 }),
  ];
  for (let position = 2; position <= deposits + 1; position += 1)
    events.push(event(position, 'ACC-001', position, 'MoneyDeposited', { amount: 100 }));
  return file(events);
}

describe('importNdjson', () => {
  it('replaces an existing ledger with the file, reporting checking and then writing', async () => {
    const { store } = await storeWithTextbookStory();
    const phases = new Set<ImportPhase>();
    const summary = await importNdjson([file(BASE_EVENTS)], store, {
      onProgress: (phase) => phases.add(phase),
      pause: async () => undefined,
    });
    expect(summary.eventCount).toBe(7);
    expect((await store.readAll()).map((stored) => stored.id)).toEqual(BASE_EVENTS.map((line) => line['id']));
    expect(phases).toContain('writing');
  });

  it('imports a file of no events as an empty ledger', async () => {
    const { store } = await storeWithTextbookStory();
    await importNdjson([file([], header(0))], store);
    expect(await store.headPosition()).toBe(0);
  });

  it('treats markup and script in strings as data, storing them as text', async () => {
    const store = createInMemoryEventStore();
    const owner = '<img src=x onerror="alert(1)"><script>alert(2)</script>';
    const text = file([
      {
        ...event(1, 'ACC-001', 1, 'AccountCreated', { accountId: 'ACC-001', owner, initialDeposit: 0 }),
        metadata: { recordedAt: '2026-01-01T00:00:00Z', actor: '{{constructor.constructor("alert(3)")()}}' },
      },
    ]);
    await importNdjson([text], store);
    const [stored] = await store.readAll();
    expect(stored?.data).toEqual({ accountId: 'ACC-001', owner, initialDeposit: 0 });
    expect(stored?.metadata.actor).toBe('{{constructor.constructor("alert(3)")()}}');
  });

  it('leaves nothing behind when cancelled while checking', async () => {
    const { store, before } = await storeWithTextbookStory();
    const controller = new AbortController();
    let pauses = 0;
    const importing = importNdjson([longFile(300)], store, {
      signal: controller.signal,
      pauseEveryMs: 0,
      pause: async () => {
        pauses += 1;
        controller.abort();
      },
    });
    await expect(importing).rejects.toMatchObject({ name: 'AbortError' });
    expect(pauses).toBe(1);
    expect(await store.readAll()).toStrictEqual(before);
  });

  it('leaves nothing behind when cancelled while writing', async () => {
    const { store, before } = await storeWithTextbookStory();
    const controller = new AbortController();
    const importing = importNdjson([longFile(20)], store, {
      signal: controller.signal,
      onProgress: (phase, done) => phase === 'writing' && done >= 4 && controller.abort(),
    });
    await expect(importing).rejects.toMatchObject({ name: 'AbortError' });
    expect(await store.readAll()).toStrictEqual(before);
  });
});
