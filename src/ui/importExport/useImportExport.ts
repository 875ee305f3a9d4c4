/**
 * The import and export operations of the toolbar: one at a time, each with progress and a way to cancel,
 * and an outcome that says what happened and what to do. The code that does the work is loaded on first
 * use, so the first load of the app stays small.
 */
import { useRef, useState, useSyncExternalStore } from 'react';
import type { PositionSpan } from '../../importExport/exportEvents';
import { useRestartSession } from '../SessionHost';
import type { OperationState } from './OperationProgress';
import { type Outcome, outcomeOfError, rememberedOutcome, rememberOutcome, watchOutcome } from './outcome';
import { asImportOfThisTab } from './replacedLog';

export interface Operation {
  readonly kind: 'import' | 'export';
  readonly state: OperationState;
}

const loadWork = () => import('../../app/importExport/browserImportExport');
const count = (value: number) => value.toLocaleString('en-US');
const spanSize = (range: Partial<PositionSpan>, head: number) =>
  Math.max(0, Math.min(range.to ?? head, head) - Math.max(range.from ?? 1, 1) + 1);

export function useImportExport() {
  const restart = useRestartSession();
  const [operation, setOperation] = useState<Operation | null>(null);
  const outcome = useSyncExternalStore(watchOutcome, rememberedOutcome);
  const controller = useRef<AbortController | null>(null);

  const run = async (
    kind: Operation['kind'],
    first: OperationState,
    work: (signal: AbortSignal, report: (state: OperationState) => void) => Promise<Outcome>,
  ) => {
    const abort = new AbortController();
    controller.current = abort;
    rememberOutcome(null);
    setOperation({ kind, state: first });
    try {
      const working = () => work(abort.signal, (state) => setOperation({ kind, state }));
      rememberOutcome(await (kind === 'import' ? asImportOfThisTab(working) : working()));
    } catch (error) {
      rememberOutcome(outcomeOfError(error, kind));
    } finally {
      controller.current = null;
      setOperation(null);
    }
  };

  const exportEvents = (range: Partial<PositionSpan>, head: number) =>
    run('export', { phase: 'exporting', done: 0, total: spanSize(range, head) }, async (signal, report) => {
      const { exportBrowserLedger } = await loadWork();
      const file = await exportBrowserLedger(range, {
        signal,
        onProgress: (done, total) => report({ phase: 'exporting', done, total }),
      });
      return { kind: 'done', message: `Exported ${count(file.eventCount)} events to ${file.fileName}.` };
    });

  const importFile = (file: File) =>
    run('import', { phase: 'checking', done: 0, total: file.size }, async (signal, report) => {
      const { importIntoBrowserLedger } = await loadWork();
      const summary = await importIntoBrowserLedger(file, { signal, onProgress: report });
      const done: Outcome = {
        kind: 'done',
        message: `Imported ${count(summary.eventCount)} events from ${file.name}. The ledger now holds exactly these events.`,
      };
      // Remembered before the restart, which unmounts the toolbar while the new log loads.
      rememberOutcome(done);
      try {
        await restart();
      } catch (error) {
        const detail = error instanceof Error ? error.message : String(error);
        return {
          kind: 'failed',
          message: `${done.message} Showing them failed (${detail}): reload the page.`,
        };
      }
      return done;
    });

  return {
    operation,
    outcome,
    setOutcome: rememberOutcome,
    exportEvents,
    importFile,
    cancel: () => controller.current?.abort(),
  };
}
