/**
 * The import and export of the browser's ledger (the IndexedDB database the app runs on). Loaded on demand
 * by the toolbar, so none of it weighs on the first load. Each operation opens its own connection to the
 * database and closes it after; the session then restarts from the store to show the new log.
 */
import { openDexieEventStore } from '../../eventStore/dexie/dexieEventStore';
import { DEFAULT_DATABASE_NAME } from '../../eventStore/dexie/schema';
import type { PositionSpan } from '../../importExport/exportEvents';
import { exportBranchFile } from './exportBranch';
import { downloadFile, type ExportRun, exportLogFile } from './exportLog';
import { type Importer, inThreadImporter, workerImporter } from './importers';

const openStore = () => openDexieEventStore({ databaseName: DEFAULT_DATABASE_NAME });

export const importIntoBrowserLedger: Importer =
  typeof Worker === 'undefined' ? inThreadImporter(openStore) : workerImporter(DEFAULT_DATABASE_NAME);

/** Exports positions `range` of the browser's log and starts the download of the file. */
export async function exportBrowserLedger(
  range: Partial<PositionSpan>,
  run: ExportRun = {},
): Promise<{ readonly eventCount: number; readonly fileName: string }> {
  const store = await openStore();
  try {
    const file = await exportLogFile(store, range, run);
    downloadFile(file);
    return { eventCount: file.eventCount, fileName: file.fileName };
  } finally {
    store.close();
  }
}

/** Exports a what-if branch (the real prefix plus the branch's events) and starts the download. */
export async function exportBrowserBranch(
  branch: Parameters<typeof exportBranchFile>[1],
): Promise<{ readonly eventCount: number; readonly fileName: string }> {
  const store = await openStore();
  try {
    const file = await exportBranchFile(store, branch);
    downloadFile(file);
    return { eventCount: file.eventCount, fileName: file.fileName };
  } finally {
    store.close();
  }
}
