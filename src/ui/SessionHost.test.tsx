// @vitest-environment happy-dom
// The session host and a replaced log. Another connection to the same database (another tab, the import
// worker) replaces the log: the host restarts its session from the store and the page shows the new ledger,
// with a note saying why. This tab's own import asks for the restart too: the two requests open one session.
import { useEffect } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createLedgerSession, type LedgerSession } from '../app/ledgerSession';
import { openDexieEventStore } from '../eventStore/dexie/dexieEventStore';
import { registerTestDatabases } from '../eventStore/dexie/testDatabases';
import { textbookStory } from '../testing/ledgerFixtures';
import { rememberedOutcome, rememberOutcome } from './importExport/outcome';
import { asImportOfThisTab, REPLACED_ELSEWHERE } from './importExport/replacedLog';
import { useView } from './SessionContext';
import { SessionHost, useRestartSession } from './SessionHost';

const databases = registerTestDatabases();
let root: Root;
let container: HTMLElement;
let opened: LedgerSession[];
let restartOfPage: () => Promise<void>;

/** What the page shows of its ledger, and a handle on the restart its import would use. */
function LedgerHead() {
  const restart = useRestartSession();
  useEffect(() => {
    restartOfPage = restart;
  }, [restart]);
  const status = useView((view) => view.status);
  const head = useView((view) => view.head);
  return <p>{`${status}: ${head} events`}</p>;
}

/** Opens the page on `name` as the browser does: a session over its own connection, started at once. */
async function openPage(name: string): Promise<void> {
  const open = async () => {
    const eventStore = await openDexieEventStore({ databaseName: name });
    const session = createLedgerSession({ eventStore, ownsStore: true });
    opened.push(session);
    void session.start();
    return session;
  };
  const first = await open();
  root.render(
    <SessionHost first={first} open={open}>
      <LedgerHead />
    </SessionHost>,
  );
}

const story = textbookStory();
const shows = (text: string) => vi.waitFor(() => expect(container.textContent).toBe(text));

beforeEach(() => {
  opened = [];
  rememberOutcome(null);
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
});

afterEach(() => {
  root.unmount();
  container.remove();
  for (const session of opened) session.dispose();
});

describe('SessionHost when the log is replaced', () => {
  it('shows the ledger another tab imported, and says why the ledger changed', async () => {
    const name = databases.newName();
    const otherTab = await databases.open(name);
    await otherTab.replaceLog(story.slice(0, 3));
    await openPage(name);
    await shows('ready: 3 events');

    await otherTab.replaceLog(story);
    await shows(`ready: ${story.length} events`);
    expect(opened).toHaveLength(2);
    await expect((opened[0] as LedgerSession).store.headPosition()).rejects.toThrow();
    expect(rememberedOutcome()).toEqual({ kind: 'note', message: REPLACED_ELSEWHERE });

    // The new session hears of the next replace in turn.
    await otherTab.replaceLog(story.slice(0, 2));
    await shows('ready: 2 events');
    expect(opened).toHaveLength(3);
  });

  it.each(['before', 'after'])(
    "restarts once for this tab's own import, whose restart comes %s the store's notice",
    async (importRestarts) => {
      const name = databases.newName();
      const importer = await databases.open(name);
      await openPage(name);
      await shows('ready: 0 events');
      // The import holds the restart of the session it started in, as useImportExport does.
      const restartAfterImport = restartOfPage;

      await asImportOfThisTab(async () => {
        await importer.replaceLog(story.slice(0, 4));
        if (importRestarts === 'after') await vi.waitFor(() => expect(opened).toHaveLength(2));
        await restartAfterImport();
      });
      await shows('ready: 4 events');
      expect(opened).toHaveLength(2);
      // The import says what it imported; the notice adds nothing of its own.
      expect(rememberedOutcome()).toBeNull();
    },
  );
});
