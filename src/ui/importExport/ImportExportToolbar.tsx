import { lazy, Suspense, useId, useState, type ChangeEvent } from 'react';
import { useView } from '../SessionContext';
import { OperationProgress } from './OperationProgress';
import { OutcomeMessage } from './OutcomeMessage';
import { useImportExport } from './useImportExport';
import './importExport.css';

// The dialogs load only when opened; the work behind the buttons loads on first use (useImportExport).
const ReplaceLedgerDialog = lazy(() => import('./ReplaceLedgerDialog'));
const ExportRangeDialog = lazy(() => import('./ExportRangeDialog'));

const ACCEPT = '.ndjson,.jsonl,.json,.txt,application/x-ndjson,application/json,text/plain';

/** Export the log (whole or a range) as a file, and import such a file in place of the ledger. */
export function ImportExportToolbar() {
  const id = useId();
  const head = useView((view) => view.head);
  const { operation, outcome, setOutcome, exportEvents, importFile, cancel } = useImportExport();
  const [pending, setPending] = useState<File | null>(null);
  const [rangeOpen, setRangeOpen] = useState(false);
  const busy = operation !== null;

  const exportAll = () => {
    if (head === 0) {
      setOutcome({
        kind: 'note',
        message:
          'The ledger is empty, so there is nothing to export yet. Open an account or load sample data first.',
      });
      return;
    }
    void exportEvents({}, head);
  };

  const chooseFile = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    // Cleared, so that choosing the same file again (after fixing it) is a change too.
    event.target.value = '';
    if (file === undefined) return;
    if (head > 0) setPending(file);
    else void importFile(file);
  };

  return (
    <div role="group" aria-label="Import and export" className="import-export">
      <button type="button" onClick={exportAll} disabled={busy}>
        Export events
      </button>
      <button type="button" onClick={() => setRangeOpen(true)} disabled={busy}>
        Export a range…
      </button>
      <span className="import-file">
        <label htmlFor={`${id}-file`}>Import events</label>
        <input id={`${id}-file`} type="file" accept={ACCEPT} onChange={chooseFile} disabled={busy} />
      </span>
      {operation && (
        <OperationProgress
          label={operation.kind === 'import' ? 'Import progress' : 'Export progress'}
          state={operation.state}
          onCancel={cancel}
        />
      )}
      <OutcomeMessage outcome={outcome} />
      <Suspense fallback={<span role="status">Opening…</span>}>
        {pending && (
          <ReplaceLedgerDialog
            fileName={pending.name}
            eventCount={head}
            onReplace={() => void importFile(pending)}
            onKeep={() =>
              setOutcome({ kind: 'note', message: 'Nothing was imported. The ledger is unchanged.' })
            }
            onClose={() => setPending(null)}
          />
        )}
        {rangeOpen && (
          <ExportRangeDialog
            head={head}
            onExport={(range) => void exportEvents(range, head)}
            onClose={() => setRangeOpen(false)}
          />
        )}
      </Suspense>
    </div>
  );
}
